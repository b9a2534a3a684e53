// SCB tables fetched by `npm run data:fetch` (PxWebApi v2, JSON-stat 2): the same indicators as
// am_dashboard_deso2025, straight from SCB, at DeSO 2025 and RegSO 2025 and for every year SCB has. The build calls
// load() when the fetched folder exists and mergeFetched() to let these figures replace the transcribed ones.
import path from 'node:path';
import type { Indicator, Level, ObservationStatus } from '../../src/lib/types/dataset.ts';
import type { TracedObservation } from '../types.ts';
import type { TracedSourceResult } from '../csv.ts';
import { checkShape, isSuppressedSymbol, parseDataset, toLongRows } from '../fetch/jsonstat.ts';
import { areaOf } from '../fetch/selection.ts';
import { openFetched, type ManifestTable } from '../fetch/store.ts';
import { POPULATION, TABLES, type CellSet, type FetchLevel, type Recipe, type TableSpec } from '../fetch/tables.ts';

export class ScbPxwebError extends Error {}

interface Cell {
	value: number | null;
	status: string | null;
	index: number;
	file: string;
}

/** One table's cells by area and year: `${level}|${code}` → year → cell key → cell. */
type TableCells = Map<string, Map<number, Map<string, Cell>>>;

const cellKey = (dims: Record<string, string>) =>
	Object.keys(dims)
		.sort()
		.map((d) => `${d}=${dims[d]}`)
		.join('|');

/** Expands a recipe's cell set to cell keys over the response's dimensions (Region and Tid excluded). */
function expand(set: CellSet, selection: Record<string, string[]>, where: string): string[] {
	const dims = Object.keys(selection).filter((d) => d !== 'Region' && d !== 'Tid');
	const unnamed = dims.filter((d) => !(d in set));
	const unknown = Object.keys(set).filter((d) => !dims.includes(d));
	if (unnamed.length || unknown.length)
		throw new ScbPxwebError(
			`${where}: the recipe must name every dimension of the response (${dims.join(', ')})` +
				(unnamed.length ? `; it leaves out ${unnamed.join(', ')}` : '') +
				(unknown.length ? `; the response has no ${unknown.join(', ')}` : '')
		);
	let combos: Record<string, string>[] = [{}];
	for (const d of dims) {
		const want = set[d]!;
		const codes = want === '*' ? selection[d]! : Array.isArray(want) ? want : [want];
		const absent = codes.filter((c) => !selection[d]!.includes(c));
		if (absent.length) throw new ScbPxwebError(`${where}: ${d} code ${absent.join(', ')} was not fetched`);
		combos = combos.flatMap((c) => codes.map((code) => ({ ...c, [d]: code })));
	}
	return combos.map(cellKey);
}

function readTable(folder: NonNullable<ReturnType<typeof openFetched>>, t: ManifestTable, prefix: string, warnings: string[]): TableCells {
	const cells: TableCells = new Map();
	const flagged = new Map<string, number>();
	for (const part of t.data) {
		const where = `${t.table} ${part.file}`;
		const ds = parseDataset(JSON.parse(folder.read(part.file)) as unknown, where);
		checkShape(ds, part.selection, where);
		for (const row of toLongRows(ds, where)) {
			const area = areaOf(row.region);
			if (!area) continue;
			const year = Number(row.time);
			const byYear = cells.get(`${area.level}|${area.code}`) ?? new Map<number, Map<string, Cell>>();
			cells.set(`${area.level}|${area.code}`, byYear);
			const byCell = byYear.get(year) ?? new Map<string, Cell>();
			byYear.set(year, byCell);
			byCell.set(cellKey({ ...row.dims, ContentsCode: row.contents }), { value: row.value, status: row.status, index: row.index, file: `${prefix}/${part.file}` });
			if (row.status && !isSuppressedSymbol(row.status) && row.value !== null) flagged.set(row.status, (flagged.get(row.status) ?? 0) + 1);
		}
	}
	for (const [status, n] of flagged) warnings.push(`scb_pxweb ${t.table}: ${n} cells carry status "${status}" with a figure; kept as published`);
	return cells;
}

/**
 * Years in which a division has no figure at all in this table (every cell null or 0): SCB lists the period, but
 * the division did not exist yet. They are skipped, never read as zeros.
 */
function emptyYears(cells: TableCells, level: FetchLevel): Set<number> {
	const seen = new Map<number, boolean>();
	for (const [key, byYear] of cells) {
		if (!key.startsWith(`${level}|`)) continue;
		for (const [year, byCell] of byYear) {
			const any = [...byCell.values()].some((c) => c.value !== null && c.value !== 0);
			seen.set(year, (seen.get(year) ?? false) || any);
		}
	}
	return new Set([...seen].filter(([, any]) => !any).map(([y]) => y));
}

interface Sum {
	value: number | null;
	status: ObservationStatus;
	cell: Cell;
}

function sum(byCell: Map<string, Cell>, keys: string[], where: string): Sum {
	let total = 0;
	let suppressed = false;
	let missing = false;
	const cells = keys.map((k) => {
		const c = byCell.get(k);
		if (!c) throw new ScbPxwebError(`${where}: cell ${k} is absent from the response`);
		return c;
	});
	for (const c of cells) {
		// A null with a status symbol ("..") is a figure SCB withholds; a bare null is simply missing.
		if (c.value === null) {
			if (c.status) suppressed = true;
			else missing = true;
		} else total += c.value;
	}
	const cell = cells[0]!;
	if (suppressed) return { value: null, status: 'suppressed', cell };
	if (missing) return { value: null, status: 'missing', cell };
	return { value: total, status: 'ok', cell };
}

export interface ScbPxwebResult extends TracedSourceResult {
	/** Indicator id → table and retrieval time, for the catalogue's caveats. */
	fetched: Map<string, { table: string; retrievedAt: string; years: number[] }>;
}

export interface LoadOptions {
	levels?: FetchLevel[];
	/** The specs to read the responses with (tests pass their own). */
	tables?: TableSpec[];
}

/** Reads the fetched folder into observations; throws if it is missing or any response fails the checks. */
export function load(fetchedDir: string, o: LoadOptions = {}): ScbPxwebResult {
	const folder = openFetched(fetchedDir);
	if (!folder) throw new ScbPxwebError(`${fetchedDir} has no manifest.json; run npm run data:fetch first`);
	const levels = o.levels ?? ['deso2025', 'regso2025'];
	const specs = o.tables ?? TABLES;
	const prefix = path.basename(fetchedDir);
	const warnings: string[] = [];
	const observations: TracedObservation[] = [];
	const inputs: string[] = [`${prefix}/manifest.json`];
	const fetched: ScbPxwebResult['fetched'] = new Map();

	const entries = new Map(folder.manifest.tables.map((t) => [t.table, t]));
	for (const t of entries.keys()) if (!specs.some((s) => s.id === t)) warnings.push(`scb_pxweb: ${t} is in the manifest but no longer in data/fetch/tables.ts; skipped`);
	const missingTables = specs.filter((s) => !entries.has(s.id)).map((s) => s.id);
	if (missingTables.length) warnings.push(`scb_pxweb: ${missingTables.join(', ')} not fetched; their indicators keep the transcribed values`);

	// Population first: the stand-in base of published percentages.
	const ordered = [...specs].sort((a, b) => Number(b.id === POPULATION.table) - Number(a.id === POPULATION.table));
	const population = new Map<string, number | null>();
	for (const spec of ordered) {
		const t = entries.get(spec.id);
		if (!t) continue;
		inputs.push(...[t.metadata, ...t.data].map((r) => `${prefix}/${r.file}`));
		const cells = readTable(folder, t, prefix, warnings);
		for (const level of levels) {
			const empty = emptyYears(cells, level);
			if (empty.size)
				warnings.push(`scb_pxweb ${spec.id}: no ${level} figures for ${[...empty].sort().join(', ')} (the division did not exist yet); those years skipped`);
			for (const recipe of spec.recipes) {
				const where = `${spec.id} ${recipe.id}`;
				const made = fromRecipe(recipe, cells, level, empty, t.selection, population, where);
				observations.push(...made);
				if (recipe.id === POPULATION.indicator)
					for (const ob of made) population.set(`${ob.level}|${ob.code}|${ob.year}`, ob.value);
				const years = [...new Set(made.filter((x) => x.value !== null).map((x) => x.year))];
				const prev = fetched.get(recipe.id);
				fetched.set(recipe.id, {
					table: spec.id,
					retrievedAt: t.data[0]?.retrievedAt ?? folder.manifest.finishedAt,
					years: [...new Set([...(prev?.years ?? []), ...years])].sort((a, b) => a - b)
				});
			}
		}
	}
	return { indicators: [], observations, inputs, warnings, fetched };
}

function fromRecipe(
	recipe: Recipe,
	cells: TableCells,
	level: FetchLevel,
	empty: Set<number>,
	selection: Record<string, string[]>,
	population: Map<string, number | null>,
	where: string
): TracedObservation[] {
	const out: TracedObservation[] = [];
	const keys = (set: CellSet) => expand(set, selection, where);
	for (const [area, byYear] of cells) {
		if (!area.startsWith(`${level}|`)) continue;
		const code = area.slice(level.length + 1);
		const years = [...byYear.keys()].filter((y) => !empty.has(y)).sort((a, b) => a - b);
		for (const year of years) {
			const byCell = byYear.get(year)!;
			const push = (value: number | null, numerator: number | null, denominator: number | null, status: ObservationStatus, cell: Cell) =>
				out.push({
					indicator: recipe.id,
					level: level as Level,
					code,
					year,
					value,
					numerator: value === null ? null : numerator,
					denominator: value === null ? null : denominator,
					status,
					origin: { file: cell.file, row: cell.index }
				});
			switch (recipe.kind) {
				case 'count': {
					const s = sum(byCell, keys(recipe.cells), where);
					push(s.value, null, null, s.status, s.cell);
					break;
				}
				case 'share': {
					const n = sum(byCell, keys(recipe.numerator), where);
					const d = sum(byCell, keys(recipe.denominator), where);
					if (n.value === null || d.value === null) push(null, null, null, n.value === null ? n.status : d.status, n.cell);
					else if (d.value === 0) push(null, null, null, 'missing', n.cell);
					else push((100 * n.value) / d.value, n.value, d.value, 'ok', n.cell);
					break;
				}
				case 'growth': {
					const before = byYear.get(year - 1);
					if (!before || empty.has(year - 1)) break;
					const a = sum(byCell, keys(recipe.cells), where);
					const b = sum(before, keys(recipe.cells), where);
					if (a.value === null || b.value === null) push(null, null, null, a.value === null ? a.status : b.status, a.cell);
					else if (b.value === 0) push(null, null, null, 'missing', a.cell);
					else push((100 * (a.value - b.value)) / b.value, a.value - b.value, b.value, 'ok', a.cell);
					break;
				}
				case 'published': {
					const s = sum(byCell, keys(recipe.cell), where);
					if (recipe.base === 'none' || s.value === null) {
						push(s.value, null, null, s.status, s.cell);
						break;
					}
					const pop = population.get(`${level}|${code}|${year}`) ?? null;
					push(s.value, pop === null ? null : (s.value / 100) * pop, pop, 'approximate', s.cell);
					break;
				}
			}
		}
	}
	return out;
}

/** Loads the fetched folder if it has a manifest; null otherwise (the build then uses the transcribed data alone). */
export function loadIfPresent(fetchedDir: string, o: LoadOptions = {}): ScbPxwebResult | null {
	return openFetched(fetchedDir) ? load(fetchedDir, o) : null;
}

const key = (o: TracedObservation) => `${o.indicator}|${o.level}|${o.code}|${o.year}`;

/**
 * Fetched observations replace transcribed ones with the same (indicator, level, code, year) and add the years and
 * levels the transcription lacks. Warns where a figure the transcription had is now missing at SCB, and where an
 * indicator reported at regso2025 lacks a year it has at deso2025 (the build's carry-up does not fill a level a
 * source reports).
 */
export function mergeFetched(transcribed: TracedObservation[], fetched: TracedObservation[]): { observations: TracedObservation[]; warnings: string[] } {
	const byKey = new Map(fetched.map((o) => [key(o), o]));
	let replaced = 0;
	const lost: string[] = [];
	const kept = transcribed.filter((o) => {
		const f = byKey.get(key(o));
		if (!f) return true;
		replaced++;
		if (o.value !== null && f.value === null) lost.push(`${o.indicator} ${o.code} ${o.year}`);
		return false;
	});
	const observations = [...kept, ...fetched];
	const warnings = [`scb_pxweb: ${fetched.length} fetched observations; ${replaced} replace transcribed ones, ${fetched.length - replaced} are new`];
	if (lost.length)
		warnings.push(`scb_pxweb: ${lost.length} transcribed figures are missing or suppressed in SCB's current release and now show as missing: ${lost.slice(0, 5).join('; ')}`);
	const years = (id: string, level: Level) => new Set(observations.filter((o) => o.indicator === id && o.level === level && o.value !== null).map((o) => o.year));
	for (const id of new Set(fetched.filter((o) => o.level === 'regso2025').map((o) => o.indicator))) {
		const regso = years(id, 'regso2025');
		const gap = [...years(id, 'deso2025')].filter((y) => !regso.has(y)).sort();
		if (gap.length) warnings.push(`scb_pxweb: ${id} has deso2025 figures for ${gap.join(', ')} but no regso2025 figures for those years`);
	}
	return { observations, warnings };
}

/** Adds to each refreshed indicator a caveat naming the years fetched from SCB, and the fetched folder to its files. */
export function annotateIndicators(indicators: Indicator[], result: ScbPxwebResult): Indicator[] {
	return indicators.map((ind) => {
		const f = result.fetched.get(ind.id);
		if (!f || !f.years.length) return ind;
		const years = f.years.length > 1 ? `${f.years[0]}–${f.years.at(-1)}` : `${f.years[0]}`;
		const date = f.retrievedAt.slice(0, 10);
		return {
			...ind,
			source: { ...ind.source, files: [...ind.source.files, ...result.inputs.filter((i) => i.endsWith('manifest.json') || i.includes(`${f.table}.`))] },
			caveats: [
				...ind.caveats,
				{
					sv: `Värdena för ${years} är hämtade direkt från SCB (PxWebApi, tabell ${f.table}, hämtad ${date}) och ersätter de transkriberade; andelar beräknas där ur SCB:s antal.`,
					en: `The values for ${years} were fetched directly from SCB (PxWebApi, table ${f.table}, retrieved ${date}) and replace the transcribed ones; shares there are computed from SCB's counts.`
				}
			]
		};
	});
}
