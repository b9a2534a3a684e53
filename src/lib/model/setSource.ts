// Where a set's figure at a coarse level comes from. Rows at stadsdel and stadsdelsområde level are carried whole from
// RegSO or DeSO by primary parent (each fine area's counts go to the coarse area holding most of its land), so one
// coarse area's row is approximate. A set of coarse areas (a grouping, the rest of the city, the whole city) may still
// be an exact union of those fine areas: then its figure is the one aggregate (model/aggregate.ts) over the fine
// areas' own rows — Σnumerator/Σdenominator of the source — and is exactly as approximate as they are (a median stays
// approximate, a ratio of counts does not). A fine area with a real part of its land on each side of the set's boundary
// makes the figure approximate, and is named as the reason; the figure is then that of the fine areas whose primary
// parent is in the set (what the carried rows add up), so a fine area without data still counts as missing.
import type { Indicator, Level } from '../types/dataset.ts';
import { aggregatePure, type AggregateSpec, type CodeSet, type CompareCell, type RowLookup } from './aggregate.ts';
import { specFor, type IndicatorLite, type SpecCatalogue } from './compareSpecs.ts';

/**
 * fine level → coarse level → fine code → the coarse areas holding a real part of its land, its primary parent first.
 * UNKNOWN_PART stands for land the crosswalk tables could not place.
 */
export type AreaParts = Partial<Record<Level, Partial<Record<Level, Record<string, string[]>>>>>;
export const UNKNOWN_PART = '?';

export type SetSource =
	/** Aggregate the level's own rows (they are the source, or no crosswalk tells how they nest). */
	| { kind: 'level' }
	/** An exact union of these fine areas: aggregate their rows. */
	| { kind: 'nested'; level: Level; codes: string[] }
	/**
	 * Not a union of fine areas: the fine areas whose primary parent is in the set (exactly what the level's carried
	 * rows add up, so the figure is theirs, and a fine area without data is counted as missing), flagged approximate
	 * because of the `split` fine areas.
	 */
	| { kind: 'split'; level: Level; codes: string[]; split: string[] };

/** How a set of `level` areas is made of the `from` areas its rows were carried from. */
export function setSource(parts: AreaParts, from: Level | undefined, level: Level, codes: readonly string[]): SetSource {
	const table = from ? parts[from]?.[level] : undefined;
	if (!from || !table || !codes.length) return { kind: 'level' };
	const inSet = new Set(codes);
	const nested: string[] = [];
	const primary: string[] = [];
	const split: string[] = [];
	for (const [fine, coarse] of Object.entries(table)) {
		const inside = coarse.filter((c) => inSet.has(c)).length;
		if (inside === coarse.length) nested.push(fine);
		else if (inside > 0) split.push(fine);
		if (inSet.has(coarse[0]!)) primary.push(fine);
	}
	return split.length ? { kind: 'split', level: from, codes: primary.sort(), split: split.sort() } : { kind: 'nested', level: from, codes: nested.sort() };
}

/** The indicators a plan may meet: each with the fine level its rows at a coarse level were carried from. */
export type NestingIndicator = IndicatorLite & Pick<Indicator, 'carriedFrom'>;

export interface NestingContext extends SpecCatalogue {
	indicators: NestingIndicator[];
	parts: AreaParts;
}

/** One request to an aggregate engine (the SQL query or its pure twin). */
export interface Batch {
	level: Level;
	specs: AggregateSpec[];
	sets: CodeSet[];
}

export interface Plan {
	batches: Batch[];
	/** Puts the engine's answers (one matrix per batch) together as specs × sets at the requested level. */
	assemble(results: readonly CompareCell[][][]): CompareCell[][];
}

/**
 * The requests that settle `specs` over `sets` at `level`: the level itself, plus one per fine level for the sets that
 * are exact unions of fine areas. The first batch is the request as asked (it answers every other cell).
 */
export function planSets(ctx: NestingContext, level: Level, specs: readonly AggregateSpec[], sets: readonly CodeSet[]): Plan {
	const batches: Batch[] = [{ level, specs: [...specs], sets: [...sets] }];
	const fine = new Map<Level, { batch: number; specs: Map<string, number>; sets: Map<string, number> }>();
	const sources = new Map<string, SetSource>();
	type Place = { batch: number; spec: number; set: number; split?: string[] } | null;
	const places: Place[][] = specs.map((spec) => {
		const ind = ctx.indicators.find((i) => i.id === spec.indicator);
		const from = ind?.carriedFrom?.[level];
		return sets.map((set, j) => {
			if (!ind || !from) return null;
			const key = `${from}|${j}`;
			let src = sources.get(key);
			if (!src) sources.set(key, (src = setSource(ctx.parts, from, level, set.codes)));
			if (src.kind === 'level') return null;
			let f = fine.get(src.level);
			if (!f) {
				f = { batch: batches.length, specs: new Map(), sets: new Map() };
				batches.push({ level: src.level, specs: [], sets: [] });
				fine.set(src.level, f);
			}
			const b = batches[f.batch]!;
			const specKey = `${spec.indicator}@${spec.year}`;
			if (!f.specs.has(specKey)) f.specs.set(specKey, b.specs.push(specFor(ctx, src.level, ind, spec.year)) - 1);
			const setKey = src.codes.join(',');
			if (!f.sets.has(setKey)) f.sets.set(setKey, b.sets.push({ key: set.key, codes: src.codes }) - 1);
			const place = { batch: f.batch, spec: f.specs.get(specKey)!, set: f.sets.get(setKey)! };
			return src.kind === 'split' ? { ...place, split: src.split } : place;
		});
	});
	return {
		batches,
		assemble: (results) =>
			places.map((row, i) =>
				row.map((p, j) => {
					const asked = { ...results[0]![i]![j]!, populationYear: specs[i]!.population?.year ?? null };
					if (p === null) return asked;
					const fine = { ...results[p.batch]![p.spec]![p.set]!, populationYear: batches[p.batch]!.specs[p.spec]!.population?.year ?? null };
					// With nothing missing at either level, coverage and a median's range read in the areas the page shows;
					// where a source area lacks data, its own coverage says how much is missing (its population, of its year).
					const { nAreas, nMissing, populationCovered, populationTotal, populationYear, min, max } = asked;
					const cell = fine.nMissing > 0 || asked.nMissing > 0 ? fine : { ...fine, nAreas, nMissing, populationCovered, populationTotal, populationYear, min, max };
					return p.split ? { ...cell, approximate: true, split: p.split } : cell;
				})
			)
	};
}

/** specs × sets at `level` through an engine that answers one batch at a time (the SQL query in the browser). */
export async function aggregateSets(
	engine: (b: Batch) => Promise<CompareCell[][]>,
	ctx: NestingContext,
	level: Level,
	specs: readonly AggregateSpec[],
	sets: readonly CodeSet[]
): Promise<CompareCell[][]> {
	const plan = planSets(ctx, level, specs, sets);
	return plan.assemble(await Promise.all(plan.batches.map(engine)));
}

/** The same through the pure twin, over rows looked up per level (prerender, factsheets). */
export function aggregateSetsPure(
	lookupAt: (level: Level) => RowLookup,
	ctx: NestingContext,
	level: Level,
	specs: readonly AggregateSpec[],
	sets: readonly CodeSet[]
): CompareCell[][] {
	const plan = planSets(ctx, level, specs, sets);
	return plan.assemble(plan.batches.map((b) => b.specs.map((s) => b.sets.map((set) => aggregatePure(s, set, lookupAt(b.level))))));
}
