// A grouping's value of one indicator in one year, from counts: ratio = scale × Σnumerator / Σdenominator over the
// areas with values; a sum is withheld when any area lacks data; means and medians are population-weighted and
// flagged approximate. The same finishing step serves the DuckDB query (compareAll.ts) and this pure version, which
// computes the prerendered first view at build; tests hold the two to the same answers.
import type { Aggregation, ObservationStatus } from '../types/dataset.ts';

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
	min: number | null;
	max: number | null;
	approximate: boolean;
	derived: boolean;
}

/** The sums both implementations produce before the aggregation kind decides what they mean. */
export interface RawSums {
	nAreas: number;
	nMissing: number;
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

export function finishCell(a: Aggregation, s: RawSums): CompareCell {
	const base = {
		nAreas: s.nAreas,
		nMissing: s.nMissing,
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
				approximate: s.anyApprox
			};
		}
		case 'sum':
			// A sum over a set with a hole would be an undercount: say nothing instead.
			return {
				...base,
				value: s.nAreas > 0 && s.nMissing === 0 ? s.total : null,
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
				approximate: a.kind === 'not_aggregable' || a.approximate || s.anyApprox
			};
		}
	}
}

export interface ObsRow {
	code: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	status: ObservationStatus;
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
		nMissing: 0,
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

/** The pure twin of compareAll's SQL for one spec and one set of codes. */
export function aggregatePure(spec: AggregateSpec, set: CodeSet, lookup: RowLookup): CompareCell {
	const rows = lookup(spec.indicator, spec.year);
	const weights = spec.weight ? lookup(spec.weight.indicator, spec.weight.year) : null;
	const pops = spec.population ? lookup(spec.population.indicator, spec.population.year) : null;
	const s = emptySums();
	for (const code of new Set(set.codes)) {
		if (code === '') continue;
		s.nAreas++;
		const r = rows.get(code);
		const w = weights?.get(code)?.value ?? null;
		const p = pops?.get(code)?.value ?? null;
		s.popTotal = add(s.popTotal, p);
		const has =
			r !== undefined &&
			r.value !== null &&
			(spec.aggregation.kind !== 'ratio' || (r.numerator !== null && r.denominator !== null)) &&
			(!weighted(spec.aggregation) || w !== null);
		if (!has) {
			s.nMissing++;
			continue;
		}
		const v = r.value!;
		s.num = add(s.num, r.numerator);
		s.den = add(s.den, r.denominator);
		s.total = add(s.total, v);
		if (w !== null) {
			s.wsum = add(s.wsum, w);
			s.wvalsum = add(s.wvalsum, v * w);
		}
		s.popCovered = add(s.popCovered, p);
		s.min = s.min === null ? v : Math.min(s.min, v);
		s.max = s.max === null ? v : Math.max(s.max, v);
		if (r.status === 'approximate') s.anyApprox = true;
		if (r.status === 'derived') s.anyDerived = true;
	}
	return finishCell(spec.aggregation, s);
}

/** Builds a RowLookup over rows shaped like static/data/ind/<id>.json, restricted to one level. */
export function lookupFromFiles(
	level: string,
	file: (indicator: string) => readonly (readonly [string, string, number, number | null, number | null, number | null, ObservationStatus])[]
): RowLookup {
	const cache = new Map<string, Map<string, ObsRow>>();
	return (indicator, year) => {
		const key = `${indicator}@${year}`;
		let m = cache.get(key);
		if (!m) {
			m = new Map();
			for (const [lv, code, y, value, numerator, denominator, status] of file(indicator))
				if (lv === level && y === year) m.set(code, { code, value, numerator, denominator, status });
			cache.set(key, m);
		}
		return m;
	};
}
