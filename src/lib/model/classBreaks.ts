// Class limits for a classed choropleth: quantiles or natural breaks (Jenks via Ckmeans), missing values excluded.
import { ckmeans } from 'simple-statistics';
import { quantileSorted } from 'd3-array';

export type ClassMethod = 'quantile' | 'jenks';

/**
 * Returns the inner thresholds (k − 1 of them at most) that split `values` into at most `k` classes.
 * Nulls and non-finite values are ignored; duplicates collapse so no class is empty.
 */
export function classBreaks(values: readonly (number | null)[], k: number, method: ClassMethod): number[] {
	const xs = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
	const distinct = new Set(xs).size;
	const n = Math.min(k, distinct);
	if (n < 2) return [];
	// With no more distinct values than classes, each distinct value is its own class.
	if (distinct <= k) return [...new Set(xs)].slice(1);
	let limits: number[];
	if (method === 'jenks') {
		limits = ckmeans(xs, n)
			.slice(1)
			.map((cluster) => cluster[0]!);
	} else {
		limits = Array.from({ length: n - 1 }, (_, i) => quantileSorted(xs, (i + 1) / n)!);
	}
	return occupiedClasses(xs, limits).thresholds;
}

/**
 * Drops the classes of `thresholds` that hold none of `values` (a quantile between two equal values, a limit below the
 * smallest value or above the largest), so there are never more classes than distinct values and no class's range is
 * empty. `kept` are the indices of the remaining classes among the thresholds.length + 1 given, so a caller can keep the
 * colour each had; `thresholds` the limits between them. Between two kept classes any of the dropped limits would part
 * the values alike: `pivot` (the city value of a diverging map) is kept when it is one of them, so no class reaches across
 * it; otherwise the lower limit of the upper class.
 */
export function occupiedClasses(values: readonly (number | null)[], thresholds: readonly number[], pivot?: number): { thresholds: number[]; kept: number[] } {
	const held = new Set<number>();
	for (const v of values) {
		const i = classOf(v, thresholds);
		if (i !== null) held.add(i);
	}
	const kept = [...held].sort((a, b) => a - b);
	const limits = kept.slice(1).map((upper, j) => {
		const between = thresholds.slice(kept[j]!, upper);
		return pivot !== undefined && between.includes(pivot) ? pivot : between[between.length - 1]!;
	});
	return { thresholds: limits, kept };
}

/** The class index (0-based) of a value given thresholds; null for a missing value. */
export function classOf(value: number | null, thresholds: readonly number[]): number | null {
	if (value === null || !Number.isFinite(value)) return null;
	let i = 0;
	while (i < thresholds.length && value >= thresholds[i]!) i++;
	return i;
}
