// Issue 17's first-paint and DuckDB figures as ratios to the floor measured in the same run (absolute times on a
// shared machine vary two-fold from day to day), and the pages' compressed sizes. A figure that cannot be measured is
// printed as "not measured" with the reason, never left out.
import type { Raw, Summary } from './report.ts';
import type { PageSizes, SizeCheck } from './pageSizes.ts';
import { median, quantile, count } from './stats.ts';

export const PAINT_TARGETS = { dataPaintedOverFloorFcp: 1.25, readyOverFloor: 1.1, changeBeforeReadyP95: 300 } as const;

/**
 * Data painted, as the issue defines it: the map and the table are in the DOM and the page has had its first paint;
 * and, stricter, a frame has been rendered since they reached the DOM (`dataFrame`, when measured). Without that, a
 * page that paints its header first and parses the map just after would count as painted before the map was.
 */
export function firstDataPainted(fcp: number | null, dataInDom: number | null, dataFrame: number | null = null): number | null {
	if (fcp === null || dataInDom === null) return null;
	return Math.max(fcp, dataFrame ?? dataInDom);
}

export function ratio(a: number | null, b: number | null): number | null {
	return a === null || b === null || !(b > 0) ? null : a / b;
}

export interface Figure {
	name: string;
	target: string;
	/** The figure as printed, or null when not measured. */
	value: string | null;
	met: boolean | null;
	/** Detail when measured; the reason when not. */
	detail: string;
}

const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v)} ms`);
const kB = (v: number | null) => (v === null ? '–' : `${(v / 1000).toFixed(1)} kB`);
const spread = (xs: (number | null)[]) => `n=${count(xs)}, ${ms(quantile(xs, 0))}–${ms(quantile(xs, 1))}`;

function sizeFigure(name: string, c: SizeCheck, every: boolean): Figure {
	const target = `≤ ${c.limit / 1000} kB brotli${every ? ' each' : ''}`;
	if (c.max === null)
		return { name, target, value: null, met: null, detail: c.missing.length ? `no .br twin for ${c.missing.length} pages (run scripts/precompress.ts)` : 'no such page in build/' };
	const missing = c.missing.length ? `; ${c.missing.length} without a .br twin, not measured` : '';
	return {
		name,
		target,
		value: `max ${kB(c.max)}`,
		met: c.over === 0 && !c.missing.length,
		detail: `${c.n} pages, ${c.over} over, largest ${c.worst}${missing}`
	};
}

/** The first change's p95 per kind, or why a kind was not measured. */
function byKind(s: Summary): string {
	return (['indicator', 'year', 'level'] as const)
		.map((kind) => {
			const b = s.firstChangeBeforeReady.byKind[kind];
			return b.n ? `${kind} p95 ${ms(b.p95)} (n=${b.n})` : `${kind} not measured (none before ready)`;
		})
		.join(', ');
}

/** `pages`: the build's page sizes, or why they could not be read. */
export function paintFigures(raw: Raw, s: Summary, pages: PageSizes | string) {
	const painted = raw.passive.map((l) => firstDataPainted(l.fcp, l.dataInDom ?? null, l.dataFrame ?? null));
	const floorFcp = raw.floor.map((f) => f.fcp ?? null);
	const paintedP50 = median(painted);
	const floorFcpP50 = median(floorFcp);
	const paintRatio = ratio(paintedP50, floorFcpP50);
	const figures: Figure[] = [
		{
			name: 'first data painted / floor FCP (medians)',
			target: `≤ ${PAINT_TARGETS.dataPaintedOverFloorFcp}`,
			value: paintRatio === null ? null : paintRatio.toFixed(2),
			met: paintRatio === null ? null : paintRatio <= PAINT_TARGETS.dataPaintedOverFloorFcp,
			detail:
				paintRatio !== null
					? `${ms(paintedP50)} / ${ms(floorFcpP50)}`
					: paintedP50 === null
						? 'no app load had both the map and the table in the DOM and a first contentful paint'
						: 'the floor page reported no first contentful paint'
		},
		{
			name: 'DuckDB ready / floor ready (medians)',
			target: `≤ ${PAINT_TARGETS.readyOverFloor}`,
			value: s.readyOverFloor === null ? null : s.readyOverFloor.toFixed(2),
			met: s.readyOverFloor === null ? null : s.readyOverFloor <= PAINT_TARGETS.readyOverFloor,
			detail:
				s.readyOverFloor !== null
					? `${ms(s.duckdbReady.p50)} / ${ms(s.floor.ready.p50)}`
					: s.duckdbReady.n === 0
						? 'the app never marked duckdb:ready (see errors)'
						: 'the floor never became ready (see errors)'
		},
		{
			name: 'first change before ready (p95)',
			target: `≤ ${PAINT_TARGETS.changeBeforeReadyP95} ms`,
			value: s.firstChangeBeforeReady.p95 === null ? null : ms(s.firstChangeBeforeReady.p95),
			met: s.firstChangeBeforeReady.p95 === null ? null : s.firstChangeBeforeReady.p95 <= PAINT_TARGETS.changeBeforeReadyP95,
			detail:
				s.firstChangeBeforeReady.n > 0
					? `p50 ${ms(s.firstChangeBeforeReady.p50)}, n=${s.firstChangeBeforeReady.n}; ${byKind(s)}`
					: `none of ${s.firstChangeBeforeReady.loads} timed first changes happened before DuckDB was ready`
		},
		...(typeof pages !== 'string'
			? [
					sizeFigure('landing HTML (sv, en)', pages.landing, false),
					sizeFigure('area pages HTML', pages.area, true),
					sizeFigure('factsheets HTML', pages.factsheet, true)
				]
			: ['landing HTML', 'area pages HTML', 'factsheets HTML'].map((name) => ({
					name,
					target: 'brotli',
					value: null,
					met: null,
					detail: pages
				})))
	];
	return {
		firstDataPainted: { p50: paintedP50, p95: quantile(painted, 0.95), n: count(painted), spread: spread(painted) },
		floorFcp: { p50: floorFcpP50, n: count(floorFcp), spread: spread(floorFcp) },
		figures,
		pages: typeof pages === 'string' ? null : pages
	};
}

export type PaintFigures = ReturnType<typeof paintFigures>;

export function paintRows(f: PaintFigures): string[][] {
	return [
		['first data painted (median)', ms(f.firstDataPainted.p50), `map + table in the DOM, first paint, and a frame rendered since; ${f.firstDataPainted.spread}`],
		['floor first contentful paint (median)', ms(f.floorFcp.p50), f.floorFcp.spread],
		...f.figures.map((x) => [
			`${x.name} ${x.target}`,
			x.value === null ? 'not measured' : `${x.value} ${x.met ? '(met)' : '(NOT met)'}`,
			x.detail
		])
	];
}
