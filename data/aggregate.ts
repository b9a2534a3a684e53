// Carrying observations from fine areas to coarse ones (crosswalks) and combining a set of areas (groupings):
// ratio of sums, sums, weighted means; medians and categories only as a flagged, population-weighted approximation.
//
// Missing inputs (no row, value null, status missing/suppressed, or a ratio without numerator/denominator):
// ratios and means are computed from the areas that have values and marked 'approximate' with nMissing counted;
// a sum with any input missing is itself missing, because a partial total is a biased undercount, not an estimate.
// A missing value is never read as 0.
import type { Indicator, Observation, ObservationStatus } from '../src/lib/types/dataset.ts';
import type { Crosswalk } from './types.ts';

/** A weight per area (e.g. population): by code for one year, or by code and year. */
export type WeightLookup = Map<string, number> | ((code: string, year: number) => number | null | undefined);

export interface GroupResult {
	value: number | null;
	/** Ratio indicators only: Σ numerator and Σ denominator (after link shares). */
	numerator: number | null;
	denominator: number | null;
	/** Σ weight (population) over the areas whose weight is known; null without weights. */
	population: number | null;
	/** Fine areas contributing, and how many of them had no usable value. */
	nAreas: number;
	nMissing: number;
	/** Smallest and largest input value, the honest summary for medians and categories. */
	min: number | null;
	max: number | null;
	status: ObservationStatus;
	approximate: boolean;
}

export type AggregatedObservation = Observation & Omit<GroupResult, 'value' | 'numerator' | 'denominator' | 'status' | 'approximate'>;

interface Contribution {
	code: string;
	obs: Observation | undefined;
	/** Share of the fine area's counts going to this coarse area. */
	share: number;
	weight: number | null;
}

const RANK: Record<'ok' | 'derived' | 'approximate', number> = { ok: 0, derived: 1, approximate: 2 };

function usable(o: Observation | undefined, indicator: Indicator): o is Observation & { value: number } {
	if (!o || o.value === null || o.status === 'missing' || o.status === 'suppressed') return false;
	return indicator.aggregation.kind !== 'ratio' || (o.numerator !== null && o.denominator !== null);
}

function weightOf(weights: WeightLookup | undefined, code: string, year: number): number | null {
	if (!weights) return null;
	const w = weights instanceof Map ? weights.get(code) : weights(code, year);
	return w === undefined || w === null || !Number.isFinite(w) ? null : w;
}

/** Combine contributions for one coarse area and year. `inexact` = the areas only approximately make up the whole. */
function combine(items: Contribution[], indicator: Indicator, inexact: boolean): GroupResult {
	const agg = indicator.aggregation;
	const needsWeight = agg.kind === 'weighted_mean' || (agg.kind === 'not_aggregable' && agg.weight !== null);
	const used = items.filter((c) => usable(c.obs, indicator) && c.share > 0 && (!needsWeight || c.weight !== null));
	const nMissing = items.length - used.length;
	const values = used.map((c) => c.obs!.value!);
	const weighted = items.filter((c) => c.weight !== null);
	const population = weighted.length ? weighted.reduce((s, c) => s + c.weight! * c.share, 0) : null;

	let value: number | null = null;
	let numerator: number | null = null;
	let denominator: number | null = null;
	let approximate = inexact || nMissing > 0;
	if (used.length > 0) {
		switch (agg.kind) {
			case 'ratio':
				numerator = used.reduce((s, c) => s + c.obs!.numerator! * c.share, 0);
				denominator = used.reduce((s, c) => s + c.obs!.denominator! * c.share, 0);
				value = denominator > 0 ? (agg.scale * numerator) / denominator : null;
				break;
			case 'sum':
				value = nMissing > 0 ? null : used.reduce((s, c) => s + c.obs!.value! * c.share, 0);
				break;
			case 'weighted_mean':
			case 'not_aggregable': {
				const w = (c: Contribution) => (needsWeight ? c.weight! : 1) * c.share;
				const total = used.reduce((s, c) => s + w(c), 0);
				value = total > 0 ? used.reduce((s, c) => s + c.obs!.value! * w(c), 0) / total : null;
				const single = used.length === 1 && items.length === 1 && used[0]!.share === 1;
				if (agg.kind === 'not_aggregable' && !single) approximate = true;
				if (agg.kind === 'weighted_mean' && agg.approximate && !single) approximate = true;
				break;
			}
		}
	}
	let status: ObservationStatus = 'missing';
	if (value !== null) {
		let rank = approximate ? RANK.approximate : RANK.ok;
		for (const c of used) rank = Math.max(rank, RANK[c.obs!.status as keyof typeof RANK] ?? RANK.ok);
		status = rank === RANK.approximate ? 'approximate' : rank === RANK.derived ? 'derived' : 'ok';
	}
	return {
		value,
		numerator: value === null ? null : numerator,
		denominator: value === null ? null : denominator,
		population,
		nAreas: items.length,
		nMissing,
		min: values.length ? Math.min(...values) : null,
		max: values.length ? Math.max(...values) : null,
		status,
		approximate: status === 'approximate'
	};
}

/**
 * Carry one indicator's observations at crosswalk.from to crosswalk.to, per year. Every fine area in the crosswalk
 * counts: one without an observation that year is missing. Observations whose code the crosswalk lacks are reported.
 */
export function aggregateObservations(
	obs: Observation[],
	indicator: Indicator,
	crosswalk: Crosswalk,
	weightsByCode?: WeightLookup
): { observations: AggregatedObservation[]; unlinkedCodes: string[] } {
	const mine = obs.filter((o) => o.indicator === indicator.id);
	const wrong = mine.find((o) => o.level !== crosswalk.from);
	if (wrong) throw new Error(`aggregateObservations: ${indicator.id} ${wrong.code} is at level ${wrong.level}, the crosswalk starts at ${crosswalk.from}`);
	const byYear = new Map<number, Map<string, Observation>>();
	for (const o of mine) {
		const codes = byYear.get(o.year) ?? new Map<string, Observation>();
		if (codes.has(o.code)) throw new Error(`aggregateObservations: ${indicator.id} ${o.code} ${o.year} appears twice`);
		byYear.set(o.year, codes.set(o.code, o));
	}
	const unlinked = new Set(mine.map((o) => o.code).filter((c) => !crosswalk.links.has(c)));
	const out: AggregatedObservation[] = [];
	for (const [year, byCode] of [...byYear].sort((a, b) => a[0] - b[0])) {
		const groups = new Map<string, Contribution[]>();
		for (const [fine, links] of crosswalk.links)
			for (const { code, share } of links) {
				const list = groups.get(code) ?? [];
				list.push({ code: fine, obs: byCode.get(fine), share, weight: weightOf(weightsByCode, fine, year) });
				groups.set(code, list);
			}
		for (const [code, items] of groups) {
			const { approximate: _a, ...r } = combine(items, indicator, crosswalk.method !== 'nested');
			out.push({ indicator: indicator.id, level: crosswalk.to, code, year, ...r });
		}
	}
	return { observations: out, unlinkedCodes: [...unlinked].sort() };
}

/**
 * Reference implementation for a grouping (a set of whole areas at one level, one year): what the SQL query layer must
 * reproduce. `rows` holds one observation per member area (missing ones included); `population` weights by code.
 */
export function groupAggregate(rows: Observation[], indicator: Indicator, population?: Map<string, number>): GroupResult {
	const seen = new Set<string>();
	const items = rows.map((o): Contribution => {
		if (seen.has(o.code)) throw new Error(`groupAggregate: ${o.code} appears twice`);
		seen.add(o.code);
		return { code: o.code, obs: o, share: 1, weight: weightOf(population, o.code, o.year) };
	});
	return combine(items, indicator, false);
}

/** Drop the aggregation bookkeeping before writing observations out. */
export function toObservation(a: AggregatedObservation): Observation {
	const { indicator, level, code, year, value, numerator, denominator, status } = a;
	return { indicator, level, code, year, value, numerator, denominator, status };
}
