// One indicator aggregated over a set of areas, computed from counts (Σ numerator / Σ denominator), never as a
// mean of percentages; medians get a range and a population-weighted mean flagged approximate.
import type { Connector } from '../connector.ts';
import type { Aggregation, Level } from '../../types/dataset.ts';
import { encodeCodes, SPLIT_CODES_SQL } from './codes.ts';

export interface GroupingAggregate {
	/** null when no area in the set has a value. */
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	/** Population of all areas in the set (the population indicator at the nearest year), null if unknown. */
	population: number | null;
	nAreas: number;
	nMissing: number;
	min: number | null;
	max: number | null;
	/** True for medians/categories, weight-based means, and inputs that are themselves approximate. */
	approximate: boolean;
	/** True where some counts were derived from rounded shares. */
	derived: boolean;
}

export interface GroupingAggregateParams {
	indicator: string;
	aggregation: Aggregation;
	level: Level;
	year: number;
	codes: readonly string[];
	/** The population indicator and year used for weights and the population covered. */
	population: { indicator: string; year: number } | null;
}

interface Row extends Record<string, unknown> {
	n_areas: number;
	n_missing: number;
	numerator: number | null;
	denominator: number | null;
	total: number | null;
	wsum: number | null;
	wvalsum: number | null;
	population: number | null;
	min: number | null;
	max: number | null;
	any_approx: boolean | null;
	any_derived: boolean | null;
}

export async function groupingAggregate(c: Connector, p: GroupingAggregateParams): Promise<GroupingAggregate> {
	const weightId =
		p.aggregation.kind === 'weighted_mean'
			? p.aggregation.weight
			: p.aggregation.kind === 'not_aggregable'
				? (p.aggregation.weight ?? p.population?.indicator ?? '')
				: (p.population?.indicator ?? '');
	const [row] = await c.query<Row>(
		`WITH sel AS (${SPLIT_CODES_SQL}),
		 obs AS (
		   SELECT sel.code, o.value, o.numerator, o.denominator, o.status
		   FROM sel LEFT JOIN observations o
		     ON o.code = sel.code AND o.indicator = ? AND o.level = ? AND o.year = ?
		 ),
		 w AS (
		   SELECT code, value AS weight FROM observations
		   WHERE indicator = ? AND level = ? AND year = ?
		 ),
		 pop AS (
		   SELECT code, value AS pop FROM observations
		   WHERE indicator = ? AND level = ? AND year = ?
		 )
		 SELECT
		   count(*)::INTEGER AS n_areas,
		   count(*) FILTER (WHERE obs.value IS NULL)::INTEGER AS n_missing,
		   sum(numerator) FILTER (WHERE obs.value IS NOT NULL)::DOUBLE AS numerator,
		   sum(denominator) FILTER (WHERE obs.value IS NOT NULL)::DOUBLE AS denominator,
		   sum(obs.value)::DOUBLE AS total,
		   sum(weight) FILTER (WHERE obs.value IS NOT NULL)::DOUBLE AS wsum,
		   sum(obs.value * weight)::DOUBLE AS wvalsum,
		   sum(pop)::DOUBLE AS population,
		   min(obs.value)::DOUBLE AS min,
		   max(obs.value)::DOUBLE AS max,
		   bool_or(status = 'approximate') AS any_approx,
		   bool_or(status = 'derived') AS any_derived
		 FROM obs LEFT JOIN w USING (code) LEFT JOIN pop USING (code)`,
		[
			encodeCodes(p.codes),
			p.indicator,
			p.level,
			p.year,
			weightId,
			p.level,
			p.population?.year ?? p.year,
			p.population?.indicator ?? '',
			p.level,
			p.population?.year ?? p.year
		]
	);
	if (!row) throw new Error('aggregate returned no row');
	const base = {
		population: row.population,
		nAreas: row.n_areas,
		nMissing: row.n_missing,
		min: row.min,
		max: row.max,
		derived: row.any_derived === true
	};
	const anyApprox = row.any_approx === true;
	const a = p.aggregation;
	switch (a.kind) {
		case 'ratio': {
			const ok = row.denominator !== null && row.denominator > 0 && row.numerator !== null;
			return {
				...base,
				value: ok ? (a.scale * row.numerator!) / row.denominator! : null,
				numerator: ok ? row.numerator : null,
				denominator: ok ? row.denominator : null,
				approximate: anyApprox
			};
		}
		case 'sum':
			return { ...base, value: row.total, numerator: null, denominator: null, approximate: anyApprox };
		case 'weighted_mean':
		case 'not_aggregable': {
			const ok = row.wsum !== null && row.wsum > 0 && row.wvalsum !== null;
			return {
				...base,
				value: ok ? row.wvalsum! / row.wsum! : null,
				numerator: null,
				denominator: null,
				approximate: a.kind === 'not_aggregable' || a.approximate || anyApprox
			};
		}
	}
}
