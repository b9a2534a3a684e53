// How a set of areas becomes one figure, for every aggregation kind: the one definition the map summary, the
// comparison, factsheets, area pages and the build-time carry all use. The DuckDB query (data/queries/compareAll.ts)
// computes the same sums in SQL and hands them to finishCell; a property test holds the two to equal answers.
//
// - ratio: scale × Σnumerator / Σdenominator over the areas with counts (never a mean of percentages);
// - sum: Σvalue, withheld (null) when any area's share of the population is not covered — a partial total is an
//   undercount, not an estimate;
// - weighted_mean: Σ(value × weight) / Σweight, flagged approximate when the indicator says so;
// - not_aggregable (medians, categories): the same population-weighted mean, always flagged approximate, with the
//   range (min, max) beside it.
// A missing or suppressed value stays missing, never 0. Coverage is measured by population: an area with neither a
// row of its own nor a population row (e.g. a stadsdel without a RegSO of its own, whose residents are counted in a
// neighbouring one) is not missing when the set's population is known; without population, every area without a
// usable value counts as missing. An area whose own value the build carried from finer areas, some of them without
// data, counts only the covered part of its population (its row's `coverage`), so coverage holds through a chain of
// carries (DeSO 2025 → DeSO → stadsdel). `coveredShare` is the one place that turns the sums into a share.
import type { Aggregation } from '../types/dataset.ts';
import { areaRows, type AreaRow, type FileRow } from './areaRows.ts';

/** One aggregate to compute: an indicator in a year, with the weight and population rows to use beside it. */
export interface AggregateSpec {
	indicator: string;
	year: number;
	aggregation: Aggregation;
	/** Weight for means and medians (indicator and year); null for ratios and sums. */
	weight: { indicator: string; year: number } | null;
	/** Population reported as covered (indicator and year), or null where the level has none. */
	population: { indicator: string; year: number } | null;
}

export interface CodeSet {
	/** The grouping's id (or 'hela_staden', 'egen'). */
	key: string;
	codes: readonly string[];
}

export interface CompareCell {
	/** null when no area has usable data, or (for sums) when any area lacks it. */
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	nAreas: number;
	/** Areas in the set without a usable value (no value, no counts for a ratio, no weight for a mean). */
	nMissing: number;
	/** Population of the areas that have data, and of every area in the set. */
	populationCovered: number | null;
	populationTotal: number | null;
	/**
	 * The year of the population rows those two count (set by model/setSource.ts's plan): a figure carried from finer
	 * areas may count their population, of another year than the shown level's.
	 */
	populationYear?: number | null;
	min: number | null;
	max: number | null;
	approximate: boolean;
	derived: boolean;
	/** Source areas (codes) cut by the set's boundary, where that makes the figure approximate (model/setSource.ts). */
	split?: string[];
}

/** The sums both implementations produce before the aggregation kind decides what they mean. */
export interface RawSums {
	/** Distinct areas in the set. */
	nAreas: number;
	/** Areas with a row (of the indicator or of the population) but no usable value. */
	nUnusable: number;
	/** Areas with neither a row of the indicator nor a population row. */
	nAbsent: number;
	num: number | null;
	den: number | null;
	total: number | null;
	wsum: number | null;
	wvalsum: number | null;
	popCovered: number | null;
	popTotal: number | null;
	min: number | null;
	max: number | null;
	anyApprox: boolean;
	anyDerived: boolean;
}

/**
 * Values over several areas in `year` flagged approximate by the indicator alone (before looking at the inputs):
 * medians and categories, means weighted by a stand-in, and ratios of counts estimated in every year or in that one.
 */
export function approximateByKind(a: Aggregation, year: number): boolean {
	switch (a.kind) {
		case 'not_aggregable':
			return true;
		case 'weighted_mean':
			return a.approximate;
		case 'ratio':
			return a.approximate === true || (a.estimatedYears?.includes(year) ?? false);
		case 'sum':
			return false;
	}
}

/**
 * Areas that count as missing: those with a row but no usable value, and — only where the set's population is
 * unknown — those with no row at all. With population known, an area without any row holds no one at this level.
 */
export function missingAreas(s: Pick<RawSums, 'nUnusable' | 'nAbsent' | 'popTotal'>): number {
	return s.nUnusable + (s.popTotal === null ? s.nAbsent : 0);
}

/** The cell of `year` from its sums: the value the aggregation kind makes of them, and whether it is approximate. */
export function finishCell(a: Aggregation, year: number, s: RawSums): CompareCell {
	const nMissing = missingAreas(s);
	const base = {
		nAreas: s.nAreas,
		nMissing,
		populationCovered: s.popCovered,
		populationTotal: s.popTotal,
		min: s.min,
		max: s.max,
		derived: s.anyDerived
	};
	switch (a.kind) {
		case 'ratio': {
			const ok = s.den !== null && s.den > 0 && s.num !== null;
			return {
				...base,
				value: ok ? (a.scale * s.num!) / s.den! : null,
				numerator: ok ? s.num : null,
				denominator: ok ? s.den : null,
				approximate: approximateByKind(a, year) || s.anyApprox
			};
		}
		case 'sum':
			// A sum over a set with a hole would be an undercount: say nothing instead.
			return {
				...base,
				value: s.nAreas > 0 && nMissing === 0 ? s.total : null,
				numerator: null,
				denominator: null,
				approximate: s.anyApprox
			};
		case 'weighted_mean':
		case 'not_aggregable': {
			const ok = s.wsum !== null && s.wsum > 0 && s.wvalsum !== null;
			return {
				...base,
				value: ok ? s.wvalsum! / s.wsum! : null,
				numerator: null,
				denominator: null,
				approximate: approximateByKind(a, year) || s.anyApprox
			};
		}
	}
}

/** One area's row of the indicator (value, counts for a ratio, status, coverage where carried). */
export type ObsRow = AreaRow;

/**
 * The share (0–1) of a set's population that lives in areas with data: what the comparison shows as "population in
 * areas with data" against the set's population, and what the build stores as a carried row's `coverage`. null where
 * the population is unknown.
 */
export function coveredShare(c: Pick<CompareCell, 'populationCovered' | 'populationTotal'>): number | null {
	if (c.populationTotal === null || !(c.populationTotal > 0)) return null;
	return (c.populationCovered ?? 0) / c.populationTotal;
}

/** Rows of one indicator in one year at the comparison level, by code. */
export type RowLookup = (indicator: string, year: number) => ReadonlyMap<string, ObsRow>;

const weighted = (a: Aggregation) => a.kind === 'weighted_mean' || a.kind === 'not_aggregable';

function add(x: number | null, y: number | null): number | null {
	if (y === null) return x;
	return (x ?? 0) + y;
}

/** Sums over no areas at all: the starting point of both implementations. */
export function emptySums(): RawSums {
	return {
		nAreas: 0,
		nUnusable: 0,
		nAbsent: 0,
		num: null,
		den: null,
		total: null,
		wsum: null,
		wvalsum: null,
		popCovered: null,
		popTotal: null,
		min: null,
		max: null,
		anyApprox: false,
		anyDerived: false
	};
}

/** One area of a set, with the part of it that belongs to the set (crosswalk links split areas; whole areas: 1). */
export interface Member {
	row: ObsRow | undefined;
	/** The weight for means and medians; null when unknown. */
	weight: number | null;
	/** The area's population, and whether a population row exists at all (its value may be missing). */
	pop: number | null;
	popRow: boolean;
	share: number;
}

/** Whether an area's row can enter the aggregate: a value, counts for a ratio, a weight for a mean. */
export function usable(a: Aggregation, m: Member): m is Member & { row: ObsRow & { value: number } } {
	const r = m.row;
	if (!r || r.value === null || r.status === 'missing' || r.status === 'suppressed' || !(m.share > 0)) return false;
	if (a.kind === 'ratio' && (r.numerator === null || r.denominator === null)) return false;
	return !weighted(a) || m.weight !== null;
}

/** Adds one area to the running sums (mutates `s`). */
export function addMember(a: Aggregation, s: RawSums, m: Member): void {
	s.nAreas++;
	const pop = m.pop === null ? null : m.pop * m.share;
	s.popTotal = add(s.popTotal, pop);
	if (!usable(a, m)) {
		if (m.row === undefined && !m.popRow) s.nAbsent++;
		else s.nUnusable++;
		return;
	}
	const r = m.row;
	const v = r.value;
	s.num = add(s.num, r.numerator === null ? null : r.numerator * m.share);
	s.den = add(s.den, r.denominator === null ? null : r.denominator * m.share);
	s.total = add(s.total, v * m.share);
	if (m.weight !== null) {
		const w = m.weight * m.share;
		s.wsum = add(s.wsum, w);
		s.wvalsum = add(s.wvalsum, v * w);
	}
	// A row carried from finer areas covers only the population of those that had data (coverage < 1).
	s.popCovered = add(s.popCovered, pop === null ? null : pop * (r.coverage ?? 1));
	s.min = s.min === null ? v : Math.min(s.min, v);
	s.max = s.max === null ? v : Math.max(s.max, v);
	if (r.status === 'approximate') s.anyApprox = true;
	if (r.status === 'derived') s.anyDerived = true;
}

/** The pure twin of compareAll's SQL for one spec and one set of codes. */
export function aggregatePure(spec: AggregateSpec, set: CodeSet, lookup: RowLookup): CompareCell {
	const rows = lookup(spec.indicator, spec.year);
	const weights = spec.weight ? lookup(spec.weight.indicator, spec.weight.year) : null;
	const pops = spec.population ? lookup(spec.population.indicator, spec.population.year) : null;
	const s = emptySums();
	for (const code of new Set(set.codes)) {
		if (code === '') continue;
		const p = pops?.get(code);
		addMember(spec.aggregation, s, { row: rows.get(code), weight: weights?.get(code)?.value ?? null, pop: p?.value ?? null, popRow: p !== undefined, share: 1 });
	}
	return finishCell(spec.aggregation, spec.year, s);
}

/** Builds a RowLookup over rows shaped like static/data/ind/<id>.json, restricted to one level. */
export function lookupFromFiles(level: string, file: (indicator: string) => readonly FileRow[]): RowLookup {
	const cache = new Map<string, Map<string, ObsRow>>();
	return (indicator, year) => {
		const key = `${indicator}@${year}`;
		let m = cache.get(key);
		if (!m) {
			m = new Map(areaRows(file(indicator), level, year).map((r) => [r.code, r]));
			cache.set(key, m);
		}
		return m;
	};
}
