// Carries every indicator from the level(s) its source gives to each coarser level reachable through the crosswalks,
// breadth-first (direct links before chains), never overwriting a level the source itself reports. Each carried row
// records how much of its finer areas' population had data (coverage, data/aggregate.ts), and each year a level got by
// area weighting (directly or through a chain) is recorded per indicator: its counts are estimates.
import type { Indicator, Level, Observation } from '../../src/lib/types/dataset.ts';
import type { Crosswalk, TracedObservation } from '../types.ts';
import { aggregateObservations } from '../aggregate.ts';

const ORDER: Record<Indicator['aggregation']['kind'], number> = { sum: 0, ratio: 1, weighted_mean: 2, not_aggregable: 3 };

/**
 * The population indicators, in order of preference: a level's population is the first of these it has (the
 * catalogue's populationByLevel, the carry's coverage). Sums, so carried before any share that needs them.
 */
export const POPULATION_IDS = ['folkmangd', 'folkmangd_deso2025', 'folkmangd_31dec'] as const;

/** A level's population as a lookup (same year, else the nearest), from the first population indicator it has. */
function populationLookup(all: Observation[], level: Level) {
	const id = POPULATION_IDS.find((p) => all.some((o) => o.indicator === p && o.level === level && o.value !== null));
	return id ? weightLookup(all, id, level) : undefined;
}

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
): {
	observations: TracedObservation[];
	warnings: string[];
	carriedFrom: Map<string, Partial<Record<Level, Level>>>;
	areaWeighted: Map<string, Partial<Record<Level, number[]>>>;
} {
	const all: TracedObservation[] = [...observations];
	const warnings: string[] = [];
	const carries: Carry[] = [];
	const areaWeighted = new Map<string, Partial<Record<Level, number[]>>>();
	const populations = new Map<Level, ReturnType<typeof populationLookup>>();
	// Populations first (every other carry measures its coverage by them), then sums before shares before means.
	const isPopulation = (i: Indicator) => (POPULATION_IDS as readonly string[]).includes(i.id);
	const sorted = [...indicators].sort((a, b) => Number(isPopulation(b)) - Number(isPopulation(a)) || ORDER[a.aggregation.kind] - ORDER[b.aggregation.kind]);
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
				// Looked up once per level, after every population has been carried (populations are carried first).
				if (isPopulation(ind)) populations.clear();
				else if (!populations.has(from)) populations.set(from, populationLookup(all, from));
				const { observations: out, unlinkedCodes } = aggregateObservations(input, ind, cw, weights, populations.get(from));
				if (unlinkedCodes.length)
					warnings.push(`${ind.id}: ${unlinkedCodes.length} ${from} area(s) have no link to ${cw.to}: ${unlinkedCodes.slice(0, 5).join(', ')}`);
				if (!out.length) continue;
				carries.push({ indicator: ind.id, from, to: cw.to, method: cw.method, years: new Set(out.map((o) => o.year)) });
				const estimated = areaWeighted.get(ind.id) ?? {};
				const before = new Set(estimated[from] ?? []);
				const years = [...new Set(out.filter((o) => o.value !== null).map((o) => o.year))].filter((y) => cw.method === 'area_weighted' || before.has(y));
				if (years.length) areaWeighted.set(ind.id, { ...estimated, [cw.to]: [...new Set([...(estimated[cw.to] ?? []), ...years])].sort((a, b) => a - b) });
				all.push(...out);
				queue.push(cw.to);
			}
		}
	}
	log(`carried ${all.length - observations.length} observations to coarser levels`);
	return { observations: all, warnings, carriedFrom: carriedWhole(indicators, all, carries), areaWeighted };
}
