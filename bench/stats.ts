// Small order statistics for the benchmark (linear interpolation between closest ranks).

export function quantile(values: (number | null | undefined)[], q: number): number | null {
	const xs = values.filter((v): v is number => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
	if (!xs.length) return null;
	const pos = (xs.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return xs[lo]! + (xs[hi]! - xs[lo]!) * (pos - lo);
}

export const median = (values: (number | null | undefined)[]) => quantile(values, 0.5);

export function count(values: (number | null | undefined)[]): number {
	return values.filter((v) => typeof v === 'number' && Number.isFinite(v)).length;
}

/** p50, p95, min, max and n of the numbers among values. */
export function spread(values: (number | null | undefined)[]) {
	return { p50: quantile(values, 0.5), p95: quantile(values, 0.95), min: quantile(values, 0), max: quantile(values, 1), n: count(values) };
}
