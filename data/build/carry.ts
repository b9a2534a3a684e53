// Carries every indicator from the level(s) its source gives to each coarser level reachable through the crosswalks,
// breadth-first (direct links before chains), never overwriting a level the source itself reports.
import type { Indicator, Level, Observation } from '../../src/lib/types/dataset.ts';
import type { Crosswalk, TracedObservation } from '../types.ts';
import { aggregateObservations } from '../aggregate.ts';

const ORDER: Record<Indicator['aggregation']['kind'], number> = { sum: 0, ratio: 1, weighted_mean: 2, not_aggregable: 3 };

/** A weight lookup by indicator at one level: the same year, else the nearest year the weight exists for. */
function weightLookup(all: Observation[], id: string, level: Level) {
	const byCode = new Map<string, Map<number, number>>();
	for (const o of all)
		if (o.indicator === id && o.level === level && o.value !== null) {
			const m = byCode.get(o.code) ?? new Map<number, number>();
			byCode.set(o.code, m.set(o.year, o.value));
		}
	return (code: string, year: number): number | null => {
		const m = byCode.get(code);
		if (!m) return null;
		if (m.has(year)) return m.get(year)!;
		let best: number | null = null;
		for (const y of m.keys()) if (best === null || Math.abs(y - year) < Math.abs(best - year)) best = y;
		return best === null ? null : m.get(best)!;
	};
}

/** One carry: the years of an indicator that went from one level to another through a crosswalk. */
interface Carry {
	indicator: string;
	from: Level;
	to: Level;
	method: Crosswalk['method'];
	years: Set<number>;
}

/**
 * Per indicator, the levels whose every year was carried whole by primary parent from one finer level (the source
 * reports none of them itself): a set of those areas may then be computed from the finer areas (model/setSource.ts).
 */
function carriedWhole(indicators: Indicator[], all: Observation[], carries: Carry[]): Map<string, Partial<Record<Level, Level>>> {
	const out = new Map<string, Partial<Record<Level, Level>>>();
	for (const ind of indicators) {
		const yearsAt = new Map<Level, Set<number>>();
		for (const o of all) if (o.indicator === ind.id) yearsAt.set(o.level, (yearsAt.get(o.level) ?? new Set()).add(o.year));
		const whole: Partial<Record<Level, Level>> = {};
		for (const [level, years] of yearsAt) {
			const into = carries.filter((c) => c.indicator === ind.id && c.to === level);
			const from = into[0]?.from;
			const covered = new Set(into.flatMap((c) => [...c.years]));
			if (from && into.every((c) => c.method === 'primary' && c.from === from) && [...years].every((y) => covered.has(y))) whole[level] = from;
		}
		if (Object.keys(whole).length) out.set(ind.id, whole);
	}
	return out;
}

export function carryUp(
	indicators: Indicator[],
	observations: TracedObservation[],
	crosswalks: Crosswalk[],
	log: (s: string) => void
): { observations: TracedObservation[]; warnings: string[]; carriedFrom: Map<string, Partial<Record<Level, Level>>> } {
	const all: TracedObservation[] = [...observations];
	const warnings: string[] = [];
	const carries: Carry[] = [];
	const sorted = [...indicators].sort((a, b) => ORDER[a.aggregation.kind] - ORDER[b.aggregation.kind]);
	for (const ind of sorted) {
		const queue: Level[] = [...new Set(all.filter((o) => o.indicator === ind.id).map((o) => o.level))];
		while (queue.length) {
			const from = queue.shift()!;
			for (const cw of crosswalks.filter((c) => c.from === from)) {
				// Per year: a level the source reports for a year is never overwritten, but other years may still be
				// carried there (e.g. valdistrikt 2018 and valdistrikt 2022 both feed DeSO, each for its own years).
				const targetYears = new Set(all.filter((o) => o.indicator === ind.id && o.level === cw.to).map((o) => o.year));
				const input = all.filter((o) => o.indicator === ind.id && o.level === from && !targetYears.has(o.year));
				if (!input.length) continue;
				const agg = ind.aggregation;
				const weighted = agg.kind === 'weighted_mean' || agg.kind === 'not_aggregable';
				const weightId = agg.kind === 'weighted_mean' || agg.kind === 'not_aggregable' ? agg.weight : null;
				// A mean over areas needs a weight: the comparison weighs such an indicator by the level's population,
				// so a carry without one would compute the same figure a second way.
				if (weighted && !weightId) throw new Error(`${ind.id}: a ${ind.aggregation.kind} carried from ${from} to ${cw.to} needs a weight indicator`);
				const weights = weightId ? weightLookup(all, weightId, from) : undefined;
				const { observations: out, unlinkedCodes } = aggregateObservations(input, ind, cw, weights);
				if (unlinkedCodes.length)
					warnings.push(`${ind.id}: ${unlinkedCodes.length} ${from} area(s) have no link to ${cw.to}: ${unlinkedCodes.slice(0, 5).join(', ')}`);
				if (!out.length) continue;
				carries.push({ indicator: ind.id, from, to: cw.to, method: cw.method, years: new Set(out.map((o) => o.year)) });
				all.push(...out);
				queue.push(cw.to);
			}
		}
	}
	log(`carried ${all.length - observations.length} observations to coarser levels`);
	return { observations: all, warnings, carriedFrom: carriedWhole(indicators, all, carries) };
}
