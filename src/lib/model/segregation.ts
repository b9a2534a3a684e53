// Two-group residential segregation indices from counts per area: dissimilarity D (Duncan & Duncan 1955), isolation
// xPx and exposure xPy (Massey & Denton 1988), the entropy-based Theil H (Theil 1972; Reardon & Firebaugh 2002), each
// area's contribution to D, and a set of areas' share of the minority against its share of the population. Pure.

/** One area's counts: the minority group (e.g. foreign-born) and everyone living there. */
export interface AreaCounts {
	code: string;
	/** null when the source has no count for the area. */
	minority: number | null;
	total: number | null;
}

export interface AreaContribution {
	code: string;
	minority: number;
	total: number;
	/** a_i / A: the area's share of the city's minority. */
	minorityShare: number;
	/** b_i / B: the area's share of the city's majority. */
	majorityShare: number;
	/** (a_i/A − b_i/B) / 2: positive where the area holds more of the minority than of the majority. Σ|signed| = D. */
	signed: number;
	/** |a_i/A − b_i/B| / 2: the area's part of D. */
	contribution: number;
}

export interface SegregationIndices {
	/** Dissimilarity, 0 (even) … 1 (complete separation). */
	dissimilarity: number;
	/** xPx: the minority share in the area of the average minority member. */
	isolation: number;
	/** xPy: the majority share in the area of the average minority member (= 1 − xPx with two groups). */
	exposure: number;
	/** Theil's H: the mean shortfall of the areas' entropy from the city's, relative to the city's; 0 … 1. */
	theilH: number;
	/** The city's minority share, A / T. */
	minorityProportion: number;
	minority: number;
	total: number;
	/** Areas used (with counts and people living there). */
	nAreas: number;
	/** Areas without counts, left out (missing stays missing, never zero). */
	nMissing: number;
	contributions: AreaContribution[];
}

export type SegregationFailure =
	| { kind: 'no_areas' }
	| { kind: 'one_group_only' }
	| { kind: 'invalid_counts'; code: string };

export type SegregationResult = { ok: true; value: SegregationIndices } | { ok: false; failure: SegregationFailure };

/** Binary entropy in natural log; 0·ln(1/0) is taken as 0. */
export function entropy(p: number): number {
	const term = (x: number) => (x > 0 ? x * Math.log(1 / x) : 0);
	return term(p) + term(1 - p);
}

/**
 * Computes every index over the areas that have both counts. Areas with a population of zero hold nobody and
 * add nothing; a minority below zero or above the total is refused with the area's code.
 */
export function segregationIndices(rows: readonly AreaCounts[]): SegregationResult {
	const used: { code: string; a: number; t: number }[] = [];
	let nMissing = 0;
	for (const r of rows) {
		if (r.minority === null || r.total === null || !Number.isFinite(r.minority) || !Number.isFinite(r.total)) {
			nMissing++;
			continue;
		}
		// Counts derived from rounded shares can overshoot by a fraction of a person; more than that is an error.
		if (r.total < 0 || r.minority < -0.5 || r.minority > r.total + 0.5)
			return { ok: false, failure: { kind: 'invalid_counts', code: r.code } };
		if (r.total === 0) continue;
		used.push({ code: r.code, a: Math.min(Math.max(r.minority, 0), r.total), t: r.total });
	}
	if (!used.length) return { ok: false, failure: { kind: 'no_areas' } };
	const A = used.reduce((s, r) => s + r.a, 0);
	const T = used.reduce((s, r) => s + r.t, 0);
	const B = T - A;
	if (A <= 0 || B <= 0) return { ok: false, failure: { kind: 'one_group_only' } };

	const P = A / T;
	const E = entropy(P);
	let isolation = 0;
	let exposure = 0;
	let entropyGap = 0;
	const contributions: AreaContribution[] = used.map(({ code, a, t }) => {
		const b = t - a;
		isolation += (a / A) * (a / t);
		exposure += (a / A) * (b / t);
		entropyGap += t * (E - entropy(a / t));
		const signed = (a / A - b / B) / 2;
		return { code, minority: a, total: t, minorityShare: a / A, majorityShare: b / B, signed, contribution: Math.abs(signed) };
	});
	const dissimilarity = contributions.reduce((s, c) => s + c.contribution, 0);
	return {
		ok: true,
		value: {
			dissimilarity,
			isolation,
			exposure,
			theilH: entropyGap / (T * E),
			minorityProportion: P,
			minority: A,
			total: T,
			nAreas: used.length,
			nMissing,
			contributions
		}
	};
}

export interface GroupShare {
	/** Share of the city's minority living in the set, Σa / A. */
	minorityShare: number;
	/** Share of the city's population living in the set, Σt / T. */
	populationShare: number;
	/** Members found among the areas used. */
	nAreas: number;
}

/** A set of areas' share of the city's minority against its share of the population, from the index's own areas. */
export function groupShare(index: SegregationIndices, codes: Iterable<string>): GroupShare {
	const set = new Set(codes);
	let a = 0;
	let t = 0;
	let n = 0;
	for (const c of index.contributions)
		if (set.has(c.code)) {
			a += c.minority;
			t += c.total;
			n++;
		}
	return { minorityShare: a / index.minority, populationShare: t / index.total, nAreas: n };
}
