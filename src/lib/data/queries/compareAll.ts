// Every requested (indicator, year) aggregated over several sets of area codes: the comparison page's dot plot
// (latest year of each indicator) and its time series (every year of one indicator) in one request.
// The sums are those of model/aggregate.ts (the one definition of a set's figure), computed in SQL; the finishing
// step is shared with the pure model, and a property test holds the two to equal answers.
// An area is in the per-area cells when it has a row of the indicator or a population row; an area with neither is
// 'absent' (see missingAreas). A row carried with some of its finer areas lacking data counts its population times
// its coverage as covered, as addMember does.
// Speed: the per-area cells (value, counts, weight, population) depend on the level and the indicators, not on the
// groupings, so they are materialised once per (level, specs) in a temp table; a changed grouping then costs one
// small join and GROUP BY. A view that will not be regrouped (the map's summary) asks `once`: the same two SQL
// parts in one statement, with no table to create.
import type { Connector, Param } from '../connector.ts';
import type { Level } from '../../types/dataset.ts';
import { emptySums, finishCell, type AggregateSpec, type CodeSet, type CompareCell } from '../../model/aggregate.ts';
import { encodeCodes } from './codes.ts';
import { ensureUserTable } from './userTable.ts';

export interface CompareAllParams {
	level: Level;
	specs: readonly AggregateSpec[];
	sets: readonly CodeSet[];
	/** A view asked for once (no regroup to follow): compute in one statement instead of materialising the cells. */
	once?: boolean;
}

/** cells[i][j] is specs[i] over sets[j]. */
export type CompareMatrix = CompareCell[][];

interface Row extends Record<string, unknown> {
	si: number;
	s: number;
	n_rows: number;
	n_has: number;
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

const SEP = '|';
const ID = /^[a-z0-9_]{0,80}$/;
const MAX_TABLES = 6;

/** Indicator ids joined for string_split; anything but a plain id is refused. */
function joinIds(ids: readonly string[]): string {
	for (const id of ids) if (!ID.test(id)) throw new Error(`invalid indicator id: ${JSON.stringify(id).slice(0, 60)}`);
	return ids.join(SEP);
}

/** The per-area cells of every spec at one level (parameters: cellParams, then the level again). */
const CELLS_SQL = `
	WITH spec AS (
	  SELECT unnest(range(?::INTEGER))::INTEGER AS si,
	    unnest(string_split(?::VARCHAR, '|')) AS indicator,
	    unnest(string_split(?::VARCHAR, '|'))::INTEGER AS year,
	    unnest(string_split(?::VARCHAR, '|')) AS kind,
	    NULLIF(unnest(string_split(?::VARCHAR, '|')), '') AS weight,
	    TRY_CAST(unnest(string_split(?::VARCHAR, '|')) AS INTEGER) AS wyear,
	    NULLIF(unnest(string_split(?::VARCHAR, '|')), '') AS pop,
	    TRY_CAST(unnest(string_split(?::VARCHAR, '|')) AS INTEGER) AS pyear
	),
	ids AS (SELECT indicator FROM spec UNION SELECT weight FROM spec UNION SELECT pop FROM spec),
	lv AS (
	  SELECT indicator, code, year, value, numerator, denominator, status, coverage FROM observations
	  WHERE level = ? AND indicator IN (SELECT indicator FROM ids)
	  UNION ALL
	  SELECT indicator, code, year, value, numerator, denominator, status, NULL::DOUBLE AS coverage FROM user_observations
	  WHERE level = ? AND indicator IN (SELECT indicator FROM ids)
	),
	keyed AS (SELECT spec.*, codes.code FROM spec CROSS JOIN (SELECT DISTINCT code FROM lv) codes)
	SELECT k.si, k.code, o.value, o.numerator, o.denominator, o.status, o.coverage, w.value AS weight, p.value AS pop,
	  coalesce(o.value IS NOT NULL AND coalesce(o.status, '') NOT IN ('missing', 'suppressed')
	    AND (k.kind <> 'ratio' OR (o.numerator IS NOT NULL AND o.denominator IS NOT NULL))
	    AND (k.kind NOT IN ('weighted_mean', 'not_aggregable') OR w.value IS NOT NULL), false) AS has
	FROM keyed k
	LEFT JOIN lv o ON o.indicator = k.indicator AND o.year = k.year AND o.code = k.code
	LEFT JOIN lv w ON w.indicator = k.weight AND w.year = k.wyear AND w.code = k.code
	LEFT JOIN lv p ON p.indicator = k.pop AND p.year = k.pyear AND p.code = k.code
	WHERE o.code IS NOT NULL OR p.code IS NOT NULL`;

/** The sums of model/aggregate.ts over each set, from the per-area cells in `cells` (parameters: setParams). */
const aggregateSql = (cells: string) =>
	`WITH sets AS (
	   SELECT DISTINCT s, code FROM (
	     SELECT unnest(string_split(?::VARCHAR, '|'))::INTEGER AS s, unnest(string_split(?::VARCHAR, '|')) AS code
	   ) WHERE code <> ''
	 )
	 SELECT c.si, sets.s,
	   count(*)::INTEGER AS n_rows,
	   count(*) FILTER (WHERE has)::INTEGER AS n_has,
	   sum(numerator) FILTER (WHERE has)::DOUBLE AS num,
	   sum(denominator) FILTER (WHERE has)::DOUBLE AS den,
	   sum(value) FILTER (WHERE has)::DOUBLE AS total,
	   sum(weight) FILTER (WHERE has)::DOUBLE AS wsum,
	   sum(value * weight) FILTER (WHERE has)::DOUBLE AS wvalsum,
	   sum(pop * coalesce(coverage, 1)) FILTER (WHERE has)::DOUBLE AS pop_covered,
	   sum(pop)::DOUBLE AS pop_total,
	   min(value) FILTER (WHERE has)::DOUBLE AS min,
	   max(value) FILTER (WHERE has)::DOUBLE AS max,
	   bool_or(status = 'approximate') FILTER (WHERE has) AS any_approx,
	   bool_or(status = 'derived') FILTER (WHERE has) AS any_derived
	 FROM sets JOIN ${cells} c USING (code)
	 GROUP BY c.si, sets.s`;

/**
 * The specs and the level as CELLS_SQL's first parameters. Everything travels as a few bound '|'-joined lists (zipped
 * by unnest): a prepared statement with hundreds of placeholders costs more than the query itself.
 */
function cellParams(level: Level, specs: readonly AggregateSpec[]): Param[] {
	return [
		specs.length,
		joinIds(specs.map((s) => s.indicator)),
		specs.map((s) => String(s.year)).join(SEP),
		specs.map((s) => s.aggregation.kind).join(SEP),
		joinIds(specs.map((s) => s.weight?.indicator ?? '')),
		specs.map((s) => (s.weight ? String(s.weight.year) : '')).join(SEP),
		joinIds(specs.map((s) => s.population?.indicator ?? '')),
		specs.map((s) => (s.population ? String(s.population.year) : '')).join(SEP),
		level
	];
}

const tables = new WeakMap<Connector, Map<string, Promise<string>>>();
let tableSeq = 0;

/**
 * A set's answers (one cell per spec) from one cell table: a table never changes once made and its name is never
 * reused, so the same codes over the same table give the same answers, and a regroup asks only for the sets it has
 * not seen (a grouping toggled back on, the sets that stayed).
 */
const answered = new WeakMap<Connector, Map<string, CompareCell[]>>();
const MAX_ANSWERS = 256;

function answers(c: Connector): Map<string, CompareCell[]> {
	let m = answered.get(c);
	if (!m) answered.set(c, (m = new Map()));
	return m;
}

/** The temp table of per-area cells for these specs at this level (created once, then reused). */
function cellTable(c: Connector, level: Level, specs: readonly AggregateSpec[], userVersion: number): Promise<string> {
	const params = cellParams(level, specs);
	// The user's own rows can change under the same specs (added, removed, re-added): their count is part of the key.
	const key = JSON.stringify([...params, userVersion]);
	let cache = tables.get(c);
	if (!cache) tables.set(c, (cache = new Map()));
	const hit = cache.get(key);
	if (hit) {
		cache.delete(key);
		cache.set(key, hit); // most recently used last
		return hit;
	}
	if (cache.size >= MAX_TABLES) {
		const [oldKey, old] = cache.entries().next().value as [string, Promise<string>];
		cache.delete(oldKey);
		old.then((t) => c.query(`DROP TABLE IF EXISTS ${t}`)).catch(() => {});
	}
	// The name is generated here, never taken from input.
	const name = `cmp_cells_${++tableSeq}`;
	// The user's own indicators ('egen_…') live in user_observations, which must exist for the UNION below.
	const made = ensureUserTable(c)
		.then(() => c.query(`CREATE OR REPLACE TEMP TABLE ${name} AS ${CELLS_SQL}`, [...params, level]))
		.then(() => name);
	made.catch(() => cache.delete(key));
	cache.set(key, made);
	return made;
}

export async function compareAll(c: Connector, p: CompareAllParams): Promise<CompareMatrix> {
	const sizes = p.sets.map((s) => new Set(s.codes.filter((x) => x !== '')).size);
	const sets = p.sets.map((s, i) => ({ i, codes: encodeCodes(s.codes) })).filter((s) => s.codes !== '');
	// A set with no area with data at all: every area missing.
	const out: CompareMatrix = p.specs.map((s) =>
		p.sets.map((_, j) => finishCell(s.aggregation, s.year, { ...emptySums(), nAreas: sizes[j]!, nAbsent: sizes[j]! }))
	);
	if (!p.specs.length || !sets.length) return out;

	const setParams = (asked: typeof sets): Param[] => [
		asked.map((s) => s.codes.split(SEP).map(() => String(s.i)).join(SEP)).join(SEP),
		asked.map((s) => s.codes).join(SEP)
	];
	// once: one statement, the cells computed inline (a view seen once, like the map's summary); otherwise the cells
	// are materialised for the regroups to come, and each set's answers are kept beside them.
	if (p.once) {
		await ensureUserTable(c);
		fill(p, out, sizes, await c.query<Row>(aggregateSql(`(${CELLS_SQL})`), [...setParams(sets), ...cellParams(p.level, p.specs), p.level]));
		return out;
	}
	const table = await cellTable(c, p.level, p.specs, await userRowCount(c, p.specs));
	const memo = answers(c);
	const key = (s: (typeof sets)[number]) => `${table}|${s.codes}`;
	const todo = sets.filter((s) => {
		const known = memo.get(key(s));
		if (known) for (const [si, cell] of known.entries()) out[si]![s.i] = cell;
		return !known;
	});
	if (!todo.length) return out;
	fill(p, out, sizes, await c.query<Row>(aggregateSql(table), setParams(todo)));
	for (const s of todo) {
		memo.set(key(s), out.map((row) => row[s.i]!));
		if (memo.size > MAX_ANSWERS) memo.delete(memo.keys().next().value!);
	}
	return out;
}

/** The query's rows as cells of `out` (specs × sets). */
function fill(p: CompareAllParams, out: CompareMatrix, sizes: number[], rows: Row[]): void {
	for (const r of rows) {
		const spec = p.specs[r.si];
		const row = out[r.si];
		const n = sizes[r.s];
		if (!spec || !row || n === undefined) continue;
		row[r.s] = finishCell(spec.aggregation, spec.year, {
			nAreas: n,
			nUnusable: r.n_rows - r.n_has,
			nAbsent: n - r.n_rows,
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
}

/** Rows in user_observations when the specs read a user indicator ('egen_…'), else 0 (no query). */
async function userRowCount(c: Connector, specs: readonly AggregateSpec[]): Promise<number> {
	if (!specs.some((s) => s.indicator.startsWith('egen_'))) return 0;
	await ensureUserTable(c);
	const [row] = await c.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM user_observations`);
	return row?.n ?? 0;
}

