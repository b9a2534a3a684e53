// Every requested (indicator, year) aggregated over several sets of area codes in ONE query: the comparison page's
// dot plot (latest year of each indicator) and its time series (every year of one indicator) both ask this.
// Semantics match groupingAggregate: ratio of summed counts, missing areas counted, sums withheld when incomplete,
// means and medians population-weighted and flagged; the finishing step is shared with the pure model.
import type { Connector, Param } from '../connector.ts';
import type { Level } from '../../types/dataset.ts';
import { finishCell, type AggregateSpec, type CodeSet, type CompareCell } from '../../model/compareAggregate.ts';
import { encodeCodes } from './codes.ts';

const SEP = '|';
const ID = /^[a-z0-9_]{0,80}$/;

/** Indicator ids joined for string_split; anything but a plain id is refused (ids never come from the URL raw). */
function joinIds(ids: readonly string[]): string {
	for (const id of ids) if (!ID.test(id)) throw new Error(`invalid indicator id: ${JSON.stringify(id).slice(0, 60)}`);
	return ids.join(SEP);
}

export interface CompareAllParams {
	level: Level;
	specs: readonly AggregateSpec[];
	sets: readonly CodeSet[];
}

/** cells[i][j] is specs[i] over sets[j]. */
export type CompareMatrix = CompareCell[][];

interface Row extends Record<string, unknown> {
	si: number;
	s: number;
	n_areas: number;
	n_missing: number;
	num: number | null;
	den: number | null;
	total: number | null;
	wsum: number | null;
	wvalsum: number | null;
	pop_covered: number | null;
	pop_total: number | null;
	min: number | null;
	max: number | null;
	any_approx: boolean | null;
	any_derived: boolean | null;
}

const EMPTY = {
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

export async function compareAll(c: Connector, p: CompareAllParams): Promise<CompareMatrix> {
	const out: CompareMatrix = p.specs.map((s) => p.sets.map(() => finishCell(s.aggregation, EMPTY)));
	const sets = p.sets.map((s, i) => ({ i, codes: encodeCodes(s.codes) })).filter((s) => s.codes !== '');
	if (!p.specs.length || !sets.length) return out;

	// Everything travels as a few bound '|'-joined lists (zipped by unnest): one prepared statement with hundreds of
	// placeholders costs more than the query itself.
	const params: Param[] = [
		p.specs.length,
		joinIds(p.specs.map((s) => s.indicator)),
		p.specs.map((s) => String(s.year)).join(SEP),
		p.specs.map((s) => s.aggregation.kind).join(SEP),
		p.specs.map((s) => String(s.aggregation.kind === 'ratio' ? s.aggregation.scale : 1)).join(SEP),
		joinIds(p.specs.map((s) => s.weight?.indicator ?? '')),
		p.specs.map((s) => (s.weight ? String(s.weight.year) : '')).join(SEP),
		joinIds(p.specs.map((s) => s.population?.indicator ?? '')),
		p.specs.map((s) => (s.population ? String(s.population.year) : '')).join(SEP),
		sets.map((s) => s.codes.split(SEP).map(() => String(s.i)).join(SEP)).join(SEP),
		sets.map((s) => s.codes).join(SEP),
		p.level
	];

	const rows = await c.query<Row>(
		`WITH spec AS (
		   SELECT unnest(range(?::INTEGER))::INTEGER AS si,
		     unnest(string_split(?::VARCHAR, '|')) AS indicator,
		     unnest(string_split(?::VARCHAR, '|'))::INTEGER AS year,
		     unnest(string_split(?::VARCHAR, '|')) AS kind,
		     unnest(string_split(?::VARCHAR, '|'))::DOUBLE AS scale,
		     NULLIF(unnest(string_split(?::VARCHAR, '|')), '') AS weight,
		     TRY_CAST(unnest(string_split(?::VARCHAR, '|')) AS INTEGER) AS wyear,
		     NULLIF(unnest(string_split(?::VARCHAR, '|')), '') AS pop,
		     TRY_CAST(unnest(string_split(?::VARCHAR, '|')) AS INTEGER) AS pyear
		 ),
		 sets AS (
		   SELECT DISTINCT s, code FROM (
		     SELECT unnest(string_split(?::VARCHAR, '|'))::INTEGER AS s, unnest(string_split(?::VARCHAR, '|')) AS code
		   ) WHERE code <> ''
		 ),
		 lv AS (
		   SELECT indicator, code, year, value, numerator, denominator, status FROM observations
		   WHERE level = ? AND indicator IN (SELECT indicator FROM spec UNION SELECT weight FROM spec UNION SELECT pop FROM spec)
		 ),
		 cells AS (
		   SELECT spec.si, sets.s, spec.kind, o.value, o.numerator, o.denominator, o.status,
		          w.value AS weight, p.value AS pop
		   FROM spec CROSS JOIN sets
		   LEFT JOIN lv o ON o.indicator = spec.indicator AND o.year = spec.year AND o.code = sets.code
		   LEFT JOIN lv w ON w.indicator = spec.weight AND w.year = spec.wyear AND w.code = sets.code
		   LEFT JOIN lv p ON p.indicator = spec.pop AND p.year = spec.pyear AND p.code = sets.code
		 ),
		 flagged AS (
		   SELECT *, (value IS NOT NULL
		     AND (kind <> 'ratio' OR (numerator IS NOT NULL AND denominator IS NOT NULL))
		     AND (kind NOT IN ('weighted_mean', 'not_aggregable') OR weight IS NOT NULL)) AS has
		   FROM cells
		 )
		 SELECT si, s,
		   count(*)::INTEGER AS n_areas,
		   count(*) FILTER (WHERE NOT has)::INTEGER AS n_missing,
		   sum(numerator) FILTER (WHERE has)::DOUBLE AS num,
		   sum(denominator) FILTER (WHERE has)::DOUBLE AS den,
		   sum(value) FILTER (WHERE has)::DOUBLE AS total,
		   sum(weight) FILTER (WHERE has)::DOUBLE AS wsum,
		   sum(value * weight) FILTER (WHERE has)::DOUBLE AS wvalsum,
		   sum(pop) FILTER (WHERE has)::DOUBLE AS pop_covered,
		   sum(pop)::DOUBLE AS pop_total,
		   min(value) FILTER (WHERE has)::DOUBLE AS min,
		   max(value) FILTER (WHERE has)::DOUBLE AS max,
		   bool_or(status = 'approximate') FILTER (WHERE has) AS any_approx,
		   bool_or(status = 'derived') FILTER (WHERE has) AS any_derived
		 FROM flagged GROUP BY si, s`,
		params
	);
	for (const r of rows) {
		const spec = p.specs[r.si];
		const row = out[r.si];
		if (!spec || !row) continue;
		row[r.s] = finishCell(spec.aggregation, {
			nAreas: r.n_areas,
			nMissing: r.n_missing,
			num: r.num,
			den: r.den,
			total: r.total,
			wsum: r.wsum,
			wvalsum: r.wvalsum,
			popCovered: r.pop_covered,
			popTotal: r.pop_total,
			min: r.min,
			max: r.max,
			anyApprox: r.any_approx === true,
			anyDerived: r.any_derived === true
		});
	}
	return out;
}
