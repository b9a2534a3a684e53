// Build-time data for the samband (scatter) page: the indicators and quoted survey measures that can be set against
// each other per level, groupings, area names, and the prerendered default view.
import type { LangRun, Level, Localised, Unit } from '$lib/types/dataset';
import { loadCatalogue, loadIndicatorFile } from '$lib/server/dataset';
import { MIN_PAIRS } from '$lib/model/correlation';
import { loadTrygghet } from './trygghetPage.server';
import { fileSide, sambandPoints, type SideValue } from './sambandPoints';
import { SCATTER_LEVELS, type SambandState } from '$lib/state/sambandState';
import { primaryGroupings } from '$lib/model/groupingRegistry';


export interface SambandIndicator {
	id: string;
	name: Localised;
	unit: Unit | string;
	decimals: number;
	levels: Level[];
	/** Years with at least one value at each level (read from the built values, not the catalogue's union). */
	yearsByLevel: Partial<Record<Level, number[]>>;
	source: string;
	/** Texts in `source` in a known language (a table's title), marked with it where it is not the page's (markRuns). */
	sourceLangs?: LangRun[];
	/** The source's licence where the catalogue states one (quoted evidence has none of ours to state). */
	licence?: string;
	/**
	 * 'evidence': a quoted survey figure (values below), shown with its source type; never merged across wordings.
	 * 'own': a column of the visitor's own table (values below), added in the browser, never in the page's data.
	 */
	kind: 'indicator' | 'evidence' | 'own';
	/** For evidence: [level, code, year, value] (value null where two sources disagree: never averaged); for own data: its rows. */
	values?: [Level, string, number, number | null][];
	/** For own data: "level|code|year" of the values with fewer respondents than the table's threshold. */
	lowN?: { threshold: number; keys: string[] };
}

export const DEFAULT_SAMBAND: SambandState = {
	level: 'stadsdelsomrade',
	x: 'utrikes_fodda_andel',
	// The 2022 riksdag election against foreign-born residents at the end of the same year.
	yearX: 2022,
	y: 'valdeltagande_riksdag',
	yearY: 2022,
	grouping: 'stadsdelslyftet'
};

/** Quoted survey measures with at least MIN_PAIRS areas at one level and year: one option per survey + wording. */
function evidenceIndicators(): SambandIndicator[] {
	const groups = new Map<string, { rows: ReturnType<typeof loadTrygghet>['evidence'] }>();
	for (const r of loadTrygghet().evidence) {
		if (r.year === null || r.level === null || r.code === null || !SCATTER_LEVELS.includes(r.level)) continue;
		const id = `enkat:${r.family}:${r.measure}`;
		(groups.get(id) ?? groups.set(id, { rows: [] }).get(id)!).rows.push(r);
	}
	const out: SambandIndicator[] = [];
	for (const [id, { rows }] of groups) {
		const cells = new Map<string, [Level, string, number, number | null]>();
		for (const r of rows) {
			const key = `${r.level}|${r.code}|${r.year}`;
			const prev = cells.get(key);
			cells.set(key, [r.level!, r.code!, r.year!, prev && prev[3] !== r.value ? null : r.value]);
		}
		const values = [...cells.values()];
		const perLevelYear = new Map<string, number>();
		for (const [l, , y, v] of values) if (v !== null) perLevelYear.set(`${l}|${y}`, (perLevelYear.get(`${l}|${y}`) ?? 0) + 1);
		const usable = [...perLevelYear].filter(([, n]) => n >= MIN_PAIRS).map(([k]) => k.split('|'));
		if (!usable.length) continue;
		const first = rows[0]!;
		out.push({
			id,
			name: { sv: `Citerad enkätuppgift: ${first.measureName.sv}`, en: `Quoted survey figure: ${first.measureName.en}` },
			unit: first.unit,
			decimals: 0,
			levels: [...new Set(usable.map(([l]) => l as Level))],
			yearsByLevel: usable.reduce<Partial<Record<Level, number[]>>>((acc, [l, y]) => {
				(acc[l as Level] ??= []).push(Number(y));
				acc[l as Level]!.sort();
				return acc;
			}, {}),
			source: [...new Set(rows.map((r) => `${r.publisher} (${r.sourceType})`))].join(', '),
			kind: 'evidence',
			values: values.filter(([l]) => usable.some(([ul]) => ul === l))
		});
	}
	return out;
}

/** Levels and years where an indicator has at least one non-missing value, from its built file. */
function yearsAtLevels(id: string): { levels: Level[]; yearsByLevel: Partial<Record<Level, number[]>> } {
	const sets = new Map<Level, Set<number>>();
	for (const [level, , year, value] of loadIndicatorFile(id).rows) {
		if (value === null || !SCATTER_LEVELS.includes(level)) continue;
		(sets.get(level) ?? sets.set(level, new Set()).get(level)!).add(year);
	}
	const levels = SCATTER_LEVELS.filter((l) => sets.has(l));
	return { levels, yearsByLevel: Object.fromEntries(levels.map((l) => [l, [...sets.get(l)!].sort()])) };
}

export function sambandPage() {
	const c = loadCatalogue();
	const indicators: SambandIndicator[] = [
		...c.indicators
			.filter((i) => i.unit !== 'category' && i.levels.some((l) => SCATTER_LEVELS.includes(l)))
			.map((i) => ({
				id: i.id,
				name: i.name,
				unit: i.unit,
				decimals: i.decimals,
				...yearsAtLevels(i.id),
				source: `${i.source.publisher}: ${i.source.table}`,
				sourceLangs: [{ text: i.source.table, lang: i.source.tableLang ?? null }],
				licence: i.source.licence,
				kind: 'indicator' as const
			}))
			.filter((i) => i.levels.length > 0),
		...evidenceIndicators()
	];
	// The primary groupings of the catalogue (not their complements: the scatter marks members against the rest).
	const groupings = primaryGroupings(c.groupings).map((g) => ({ id: g.id, name: g.name, memberships: Object.fromEntries(SCATTER_LEVELS.map((l) => [l, g.memberships[l] ?? []])) as Record<Level, string[]> }));
	const areas = Object.fromEntries(
		SCATTER_LEVELS.map((l) => [l, c.areas.filter((a) => a.level === l).map((a) => [a.code, a.name] as [string, string]).sort((a, b) => a[1].localeCompare(b[1], 'sv'))])
	) as Record<Level, [string, string][]>;

	const d = DEFAULT_SAMBAND;
	const side = (id: string, year: number): Map<string, SideValue> => fileSide(loadIndicatorFile(id).rows, d.level, year);
	const members = new Set(groupings.find((g) => g.id === d.grouping)?.memberships[d.level] ?? []);
	const initial = { state: d, ...sambandPoints(areas[d.level], side(d.x, d.yearX), side(d.y, d.yearY), members) };
	return { builtAt: c.builtAt, indicators, groupings, areas, initial };
}

export type SambandPageData = ReturnType<typeof sambandPage>;
