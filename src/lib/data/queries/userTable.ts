// A user's own table in DuckDB: `user_observations` has the columns of `observations` (status 'user') plus n and
// margin of error. Values only ever travel as bound parameters. Also the user indicator's values for the map and
// its aggregate over a set of areas (Σnumerator/Σdenominator when given, else a population-weighted mean, approximate).
import type { Connector, Param } from '../connector.ts';
import type { Aggregation, Level } from '../../types/dataset.ts';
import type { UserObservation } from '../../byo/types.ts';
import { encodeCodes, SPLIT_CODES_SQL } from './codes.ts';

/** One row of `user_observations`: the parsed table's observation, as the byo module defines it. */
export type UserObservationRow = UserObservation;

export interface UserAreaValue {
	code: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	status: 'user';
	n: number | null;
	moe: number | null;
}

const CREATE = `CREATE TABLE IF NOT EXISTS user_observations (
	indicator VARCHAR, level VARCHAR, code VARCHAR, year INTEGER,
	value DOUBLE, numerator DOUBLE, denominator DOUBLE, status VARCHAR,
	n DOUBLE, moe DOUBLE
)`;
const COLUMNS = 10;
/** Rows per INSERT: keeps each statement's parameter count modest. */
const BATCH = 100;

export async function ensureUserTable(c: Connector): Promise<void> {
	await c.query(CREATE);
}

/** Drops the given indicators' rows (the ids are checked like area codes: letters, digits, _ and - only). */
export async function removeUserIndicators(c: Connector, ids: readonly string[]): Promise<void> {
	if (!ids.length) return;
	await ensureUserTable(c);
	await c.query(`DELETE FROM user_observations WHERE indicator IN (SELECT unnest(string_split(?, '|')))`, [encodeCodes(ids)]);
}

/** Replaces the rows of every indicator present in `rows` (re-adding a dataset never doubles it). */
export async function loadUserObservations(c: Connector, rows: readonly UserObservationRow[]): Promise<number> {
	await ensureUserTable(c);
	await removeUserIndicators(c, [...new Set(rows.map((r) => r.indicator))]);
	for (let i = 0; i < rows.length; i += BATCH) {
		const batch = rows.slice(i, i + BATCH);
		const params: Param[] = [];
		for (const r of batch) params.push(r.indicator, r.level, r.code, r.year, r.value, r.numerator, r.denominator, 'user', r.n, r.moe);
		const tuple = `(?, ?, ?, ?::INTEGER, ?::DOUBLE, ?::DOUBLE, ?::DOUBLE, ?, ?::DOUBLE, ?::DOUBLE)`;
		await c.query(`INSERT INTO user_observations VALUES ${batch.map(() => tuple).join(', ')}`, params);
	}
	const [row] = await c.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM user_observations`);
	return row?.n ?? 0;
}

export async function userIndicatorValues(c: Connector, p: { indicator: string; level: Level; year: number }): Promise<UserAreaValue[]> {
	await ensureUserTable(c);
	return c.query<UserAreaValue & Record<string, unknown>>(
		`SELECT code, value, numerator, denominator, status, n, moe
		 FROM user_observations
		 WHERE indicator = ? AND level = ? AND year = ?
		 ORDER BY code`,
		[p.indicator, p.level, p.year]
	);
}

export interface UserAggregate {
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	nAreas: number;
	nMissing: number;
	/** Σn over the areas with a value, where every one has n. */
	n: number | null;
	/** True for a population-weighted mean (no counts given). */
	approximate: boolean;
}

export async function userGroupingAggregate(
	c: Connector,
	p: { indicator: string; aggregation: Aggregation; level: Level; year: number; codes: readonly string[]; population: { indicator: string; year: number } | null }
): Promise<UserAggregate> {
	await ensureUserTable(c);
	const [row] = await c.query<{
		n_areas: number;
		n_missing: number;
		numerator: number | null;
		denominator: number | null;
		all_counts: boolean | null;
		wsum: number | null;
		wvalsum: number | null;
		n: number | null;
		all_n: boolean | null;
	}>(
		`WITH sel AS (${SPLIT_CODES_SQL}),
		 obs AS (
		   SELECT sel.code, u.value, u.numerator, u.denominator, u.n
		   FROM sel LEFT JOIN user_observations u ON u.code = sel.code AND u.indicator = ? AND u.level = ? AND u.year = ?
		 ),
		 pop AS (SELECT code, value AS weight FROM observations WHERE indicator = ? AND level = ? AND year = ?)
		 SELECT
		   count(*)::INTEGER AS n_areas,
		   count(*) FILTER (WHERE obs.value IS NULL)::INTEGER AS n_missing,
		   sum(numerator) FILTER (WHERE obs.value IS NOT NULL)::DOUBLE AS numerator,
		   sum(denominator) FILTER (WHERE obs.value IS NOT NULL)::DOUBLE AS denominator,
		   bool_and(numerator IS NOT NULL AND denominator IS NOT NULL) FILTER (WHERE obs.value IS NOT NULL) AS all_counts,
		   sum(weight) FILTER (WHERE obs.value IS NOT NULL)::DOUBLE AS wsum,
		   sum(obs.value * weight)::DOUBLE AS wvalsum,
		   sum(obs.n) FILTER (WHERE obs.value IS NOT NULL)::DOUBLE AS n,
		   bool_and(obs.n IS NOT NULL) FILTER (WHERE obs.value IS NOT NULL) AS all_n
		 FROM obs LEFT JOIN pop USING (code)`,
		[encodeCodes(p.codes), p.indicator, p.level, p.year, p.population?.indicator ?? '', p.level, p.population?.year ?? p.year]
	);
	if (!row) throw new Error('aggregate returned no row');
	const base = { nAreas: row.n_areas, nMissing: row.n_missing, n: row.all_n ? row.n : null };
	if (p.aggregation.kind === 'ratio' && row.all_counts && row.denominator !== null && row.denominator > 0 && row.numerator !== null)
		return { ...base, value: (p.aggregation.scale * row.numerator) / row.denominator, numerator: row.numerator, denominator: row.denominator, approximate: false };
	// A weighted mean needs a weight for every area with a value; otherwise there is no figure to give.
	const ok = row.wsum !== null && row.wsum > 0 && row.wvalsum !== null && row.n_missing < row.n_areas;
	return { ...base, value: ok ? row.wvalsum! / row.wsum! : null, numerator: null, denominator: null, approximate: true };
}
