// Pearson's correlation (simple-statistics) across areas that have both values; n is the number of such areas.
import { sampleCorrelation } from 'simple-statistics';

export interface Pair {
	x: number | null;
	y: number | null;
}

export interface Correlation {
	/** null when fewer than three pairs or one variable does not vary: no r is stated then. */
	r: number | null;
	/** Areas with both values (the pairs r is computed from). */
	n: number;
}

export const MIN_PAIRS = 3;

export function pearson(pairs: readonly Pair[]): Correlation {
	const both = pairs.filter((p): p is { x: number; y: number } => Number.isFinite(p.x) && Number.isFinite(p.y) && p.x !== null && p.y !== null);
	const n = both.length;
	if (n < MIN_PAIRS) return { r: null, n };
	const xs = both.map((p) => p.x);
	const ys = both.map((p) => p.y);
	// No r where a variable does not vary (simple-statistics would divide by zero).
	if (xs.every((x) => x === xs[0]) || ys.every((y) => y === ys[0])) return { r: null, n };
	return { r: sampleCorrelation(xs, ys), n };
}

/** Plain-language strength for |r| (Cohen's conventional cut-offs), never a claim about cause or individuals. */
export function strength(r: number): 'none' | 'weak' | 'moderate' | 'strong' {
	const a = Math.abs(r);
	return a < 0.1 ? 'none' : a < 0.3 ? 'weak' : a < 0.5 ? 'moderate' : 'strong';
}
