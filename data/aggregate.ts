// Carrying observations from fine areas to coarse ones (crosswalks), with the one definition of a set's figure
// (src/lib/model/aggregate.ts): each link passes its share of the fine area's counts on to the coarse area.
//
// What the carry adds to that definition: a coarse area with any input missing, or made of parts that only
// approximately fit it (a crosswalk that is not nested), is flagged 'approximate'; a single fine area passed whole to
// one coarse area is a copy, so a median or mean stays exact there. A missing value is never read as 0. Where the fine
// level's population is known, a carried row whose fine areas do not all have data (or were themselves carried with
// some missing) records the share of their population that had data (`coverage`, the comparison's coveredShare).
import type { Indicator, Observation, ObservationStatus } from '../src/lib/types/dataset.ts';
import { addMember, approximateByKind, coveredShare, emptySums, finishCell, usable, type Member } from '../src/lib/model/aggregate.ts';
import type { Crosswalk } from './types.ts';

/** A weight per area (e.g. population): by code for one year, or by code and year. */
export type WeightLookup = Map<string, number> | ((code: string, year: number) => number | null | undefined);

interface Carried {
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	status: ObservationStatus;
	coverage?: number;
}

function weightOf(weights: WeightLookup | undefined, code: string, year: number): number | null {
	if (!weights) return null;
	const w = weights instanceof Map ? weights.get(code) : weights(code, year);
	return w === undefined || w === null || !Number.isFinite(w) ? null : w;
}

/** Combine the links into one coarse area and year. `inexact` = the parts only approximately make up the whole. */
function combine(members: Member[], indicator: Indicator, year: number, inexact: boolean): Carried {
	const a = indicator.aggregation;
	const s = emptySums();
	for (const m of members) addMember(a, s, m);
	// The value and its status as without population: every fine area in the crosswalk without a usable row counts as
	// missing. The population sums only measure the coverage.
	const cell = finishCell(a, year, { ...s, popCovered: null, popTotal: null });
	if (cell.value === null) return { value: null, numerator: null, denominator: null, status: 'missing' };
	const single = members.length === 1 && members[0]!.share === 1 && usable(a, members[0]!);
	const approximate = inexact || cell.nMissing > 0 || s.anyApprox || (approximateByKind(a, year) && !single);
	// Coverage only where every fine area's population is known (a fine area without one would go uncounted).
	const covered = members.every((m) => m.pop !== null) ? coveredShare({ populationCovered: s.popCovered, populationTotal: s.popTotal }) : null;
	return {
		// A copy is the fine area's own figure, not a weighted mean of one (412.7 · w / w can come out 412.69999999999993);
		// a ratio's value is its counts' quotient either way.
		value: single && a.kind !== 'ratio' ? members[0]!.row!.value : cell.value,
		numerator: cell.numerator,
		denominator: cell.denominator,
		status: approximate ? 'approximate' : cell.derived ? 'derived' : 'ok',
		...(covered !== null && covered < 1 - 1e-9 ? { coverage: covered } : {})
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
	weightsByCode?: WeightLookup,
	/** The fine level's population per area (the coverage's measure); without it no coverage is recorded. */
	populationByCode?: WeightLookup
): { observations: Observation[]; unlinkedCodes: string[] } {
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
	const out: Observation[] = [];
	for (const [year, byCode] of [...byYear].sort((a, b) => a[0] - b[0])) {
		const groups = new Map<string, Member[]>();
		for (const [fine, links] of crosswalk.links)
			for (const { code, share } of links) {
				const list = groups.get(code) ?? [];
				const weight = weightOf(weightsByCode, fine, year);
				const pop = weightOf(populationByCode, fine, year);
				list.push({ row: byCode.get(fine), weight, pop, popRow: false, share });
				groups.set(code, list);
			}
		for (const [code, members] of groups)
			out.push({ indicator: indicator.id, level: crosswalk.to, code, year, ...combine(members, indicator, year, crosswalk.method !== 'nested') });
	}
	return { observations: out, unlinkedCodes: [...unlinked].sort() };
}
