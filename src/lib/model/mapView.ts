// Everything the map, legend, table and text summary show for one indicator/year/level, computed from plain rows:
// classes, fills, ranks (1 = highest value), extremes and missing counts. No I/O.
import type { Indicator } from '../types/dataset.ts';
import { classBreaks, occupiedClasses } from './classBreaks.ts';
import { divergingColours, fillFor, sequentialColours } from './colour.ts';

export interface ValueRow {
	code: string;
	value: number | null;
	status?: string;
	/** A carried value's coverage (model/areaRows.ts). */
	coverage?: number | null;
}

export interface MapArea {
	code: string;
	name: string;
	value: number | null;
	rank: number | null;
	status: string;
	/** Where the value was carried from finer areas some of which lack data: the share of their population with data. */
	coverage: number | null;
}

export interface MapView {
	areas: MapArea[];
	fills: Record<string, string>;
	thresholds: number[];
	colours: string[];
	min: number | null;
	max: number | null;
	highest: MapArea | null;
	lowest: MapArea | null;
	missing: number;
	/** Number of areas with a value (the denominator of a rank). */
	ranked: number;
}

const CLASSES = 5;

/**
 * A diverging map's classes around `centre` (the city value): symmetric limits from quantiles of the absolute
 * deviations (up to 3 classes each side), coloured by their place from far below to far above, then only the classes
 * that hold a value, each keeping its colour, so the map's fills and its legend show the same non-empty classes.
 */
export function divergingClasses(values: readonly (number | null)[], centre: number): { thresholds: number[]; colours: string[] } {
	const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
	// Deviations and limits to 12 significant digits: a limit made from a value's own deviation (3.7 − 0.52) must land
	// on that value, not a rounding error beside it, where it would make a class "3,18 – <3,18".
	const exact = (v: number) => Number(v.toPrecision(12));
	const [t1, t2] = classBreaks(
		xs.map((v) => exact(Math.abs(v - centre))),
		3,
		'quantile'
	);
	const offsets = t2 !== undefined ? [-t2, -t1!, 0, t1!, t2] : t1 !== undefined ? [-t1, 0, t1] : [0];
	const all = offsets.map((d) => (d === 0 ? centre : exact(centre + d)));
	const colours = divergingColours(all.length + 1);
	const { thresholds, kept } = occupiedClasses(xs, all, centre);
	return { thresholds, colours: kept.map((i) => colours[i]!) };
}

export function mapView(
	indicator: Pick<Indicator, 'classification' | 'direction'>,
	shapes: readonly { code: string; name: string }[],
	values: readonly ValueRow[],
	opts: { compare: boolean; city: number | null }
): MapView {
	const byCode = new Map(values.map((v) => [v.code, v]));
	const areas: MapArea[] = shapes.map((s) => {
		const v = byCode.get(s.code);
		const value = v?.value ?? null;
		return { code: s.code, name: s.name, value: value !== null && Number.isFinite(value) ? value : null, rank: null, status: v?.status ?? 'missing', coverage: v?.coverage ?? null };
	});
	const withValue = areas.filter((a) => a.value !== null).sort((a, b) => b.value! - a.value!);
	// Sorted highest first: equal values share the rank of the first of them (one pass, not a search per area).
	withValue.forEach((a, i) => (a.rank = i > 0 && withValue[i - 1]!.value === a.value ? withValue[i - 1]!.rank : i + 1));

	const vals = areas.map((a) => a.value);
	let thresholds: number[];
	let colours: string[];
	if (opts.compare && opts.city !== null) {
		({ thresholds, colours } = divergingClasses(vals, opts.city));
	} else {
		thresholds = classBreaks(vals, CLASSES, indicator.classification);
		colours = sequentialColours(thresholds.length + 1, indicator.direction);
	}
	const fills: Record<string, string> = {};
	for (const a of areas) fills[a.code] = fillFor(a.value, thresholds, colours);
	return {
		areas,
		fills,
		thresholds,
		colours,
		min: withValue.length ? withValue[withValue.length - 1]!.value : null,
		max: withValue.length ? withValue[0]!.value : null,
		highest: withValue[0] ?? null,
		lowest: withValue[withValue.length - 1] ?? null,
		missing: areas.length - withValue.length,
		ranked: withValue.length
	};
}
