// Everything the map, legend, table and text summary show for one indicator/year/level, computed from plain rows:
// classes, fills, ranks (1 = highest value), extremes and missing counts. No I/O.
import type { Indicator } from '../types/dataset.ts';
import { classBreaks } from './classBreaks.ts';
import { divergingColours, fillFor, sequentialColours } from './colour.ts';

export interface ValueRow {
	code: string;
	value: number | null;
	status?: string;
}

export interface MapArea {
	code: string;
	name: string;
	value: number | null;
	rank: number | null;
	status: string;
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

/** Symmetric thresholds around `centre` from quantiles of the absolute deviations (3 classes each side). */
export function divergingBreaks(values: readonly (number | null)[], centre: number): number[] {
	const dev = values.filter((v): v is number => v !== null && Number.isFinite(v)).map((v) => Math.abs(v - centre));
	const [t1, t2] = classBreaks(dev, 3, 'quantile');
	if (t1 === undefined) return [centre];
	if (t2 === undefined) return [centre - t1, centre, centre + t1];
	return [centre - t2, centre - t1, centre, centre + t1, centre + t2];
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
		return { code: s.code, name: s.name, value: value !== null && Number.isFinite(value) ? value : null, rank: null, status: v?.status ?? 'missing' };
	});
	const withValue = areas.filter((a) => a.value !== null).sort((a, b) => b.value! - a.value!);
	// Sorted highest first: equal values share the rank of the first of them (one pass, not a search per area).
	withValue.forEach((a, i) => (a.rank = i > 0 && withValue[i - 1]!.value === a.value ? withValue[i - 1]!.rank : i + 1));

	const vals = areas.map((a) => a.value);
	let thresholds: number[];
	let colours: string[];
	if (opts.compare && opts.city !== null) {
		thresholds = divergingBreaks(vals, opts.city);
		colours = divergingColours(thresholds.length + 1);
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
