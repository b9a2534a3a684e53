// Pearson's correlation across areas that have both values; n is the number of such areas. Pure, no I/O.

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
	const mx = both.reduce((s, p) => s + p.x, 0) / n;
	const my = both.reduce((s, p) => s + p.y, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (const p of both) {
		sxy += (p.x - mx) * (p.y - my);
		sxx += (p.x - mx) ** 2;
		syy += (p.y - my) ** 2;
	}
	if (sxx === 0 || syy === 0) return { r: null, n };
	return { r: sxy / Math.sqrt(sxx * syy), n };
}

/** Plain-language strength for |r| (Cohen's conventional cut-offs), never a claim about cause or individuals. */
export function strength(r: number): 'none' | 'weak' | 'moderate' | 'strong' {
	const a = Math.abs(r);
	return a < 0.1 ? 'none' : a < 0.3 ? 'weak' : a < 0.5 ? 'moderate' : 'strong';
}
