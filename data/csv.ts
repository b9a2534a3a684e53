// Reading the raw mirror's CSVs: BOM stripping, d3-dsv parsing with source line numbers, strict number parsing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { dsvFormat } from 'd3-dsv';
import type { SourceResult } from '../src/lib/types/dataset.ts';
import type { TracedObservation } from './types.ts';
import { rawDir } from './paths.ts';

/** What a source module's `load` may receive from the build; everything optional so tests can pass `{}`. */
export interface LoadContext {
	/** Progress messages (the build sends them to stderr). */
	log?: (message: string) => void;
}

/** A source module's output with each observation traced to its raw file and line. */
export type TracedSourceResult = Omit<SourceResult, 'observations'> & { observations: TracedObservation[] };

export interface CsvRow {
	/** 1-based line in the file where the record starts (header = 1). */
	line: number;
	get(column: string): string;
}

export interface CsvTable {
	columns: string[];
	rows: CsvRow[];
}

export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export { readMirrorText } from './mirror.ts';

/** A record and the 1-based line where it starts (header = 1), counting line breaks quoted inside cells. */
interface Numbered {
	line: number;
	cells: string[];
}

/**
 * d3-dsv's records of a CSV without its BOM or blank lines, refused (naming `file` and the line) when the file cannot
 * be whole: no header, no rows, a record with more or fewer fields than the header, a quoted field never closed, or
 * a record repeated exactly (a crosswalk row twice would add its land share twice; no mirror file repeats a record).
 * A file cut short would otherwise give blank (missing) cells, a shortened number or no figures, without a word.
 */
function records(text: string, file: string, delimiter = ','): { header: string[]; rows: Numbered[] } {
	// SCB's exports end lines with "\r\r\n", which d3-dsv reads as two line breaks; one, as grep and editors count it.
	const body = stripBom(text).replace(/\r+\n/g, '\n');
	// Quotes come in pairs in well-formed CSV (a quote inside a quoted field is doubled).
	if ((body.match(/"/g)?.length ?? 0) % 2 === 1) throw new Error(`${file}: a quoted field is never closed; the file is truncated or corrupt`);
	const all = dsvFormat(delimiter).parseRows(body);
	const header = all[0] ?? [];
	if (!header.some((c) => c.trim() !== '')) throw new Error(`${file}: no header row (the file is empty); the file is truncated or corrupt`);
	const rows: Numbered[] = [];
	/** Each record's cells → the line it starts on: no source file holds the same record twice. */
	const seen = new Map<string, number>();
	let line = 1 + newlines(header);
	for (const cells of all.slice(1)) {
		line += 1;
		const start = line;
		line += newlines(cells);
		if (cells.length === 1 && cells[0]!.trim() === '') continue;
		if (cells.length !== header.length)
			throw new Error(`${file} line ${start}: ${cells.length} fields where the header has ${header.length}; the file is truncated or corrupt`);
		// A record of blank cells (",," in SCB's footers) carries no figures.
		const key = cells.some((c) => c.trim() !== '') ? JSON.stringify(cells) : null;
		const first = key === null ? undefined : seen.get(key);
		if (first !== undefined)
			throw new Error(`${file} line ${start}: repeats line ${first} exactly; a duplicated row would count its figures twice, so the file is refused as corrupt`);
		if (key !== null) seen.set(key, start);
		rows.push({ line: start, cells });
	}
	if (!rows.length) throw new Error(`${file}: a header but no rows; the file is truncated or corrupt`);
	return { header, rows };
}

/** Parse comma-separated text with a header row; cells are trimmed. Asking for an absent column throws. */
export function parseCsv(text: string, file = 'CSV'): CsvTable {
	const { header, rows } = records(text, file);
	const columns = header.map((c) => c.trim());
	const index = new Map(columns.map((c, i) => [c, i]));
	return {
		columns,
		rows: rows.map(({ line, cells }) => ({
			line,
			get(column: string): string {
				const i = index.get(column);
				if (i === undefined) throw new Error(`CSV has no column "${column}" (columns: ${columns.join(', ')})`);
				return cells[i]!.trim();
			}
		}))
	};
}

/** Every header column a reader accounts for: read by name, explicitly ignored, or one year's column of a series. */
export interface ColumnSpec {
	named: readonly string[];
	ignored?: readonly string[];
	/** Year columns: `pattern` captures the year; `label` names them for a person ("Antal <year>"); each `expected` year must have one. */
	years?: { pattern: RegExp; label: string; expected: readonly number[] };
}

/**
 * The year columns of `table` in header order. Throws, naming the file and the column, on a header column the spec
 * does not account for (a renamed "Antal 2O22" would otherwise silently drop 2022), on a named column absent, and on
 * an expected year without its column.
 */
export function accountForColumns(table: CsvTable, file: string, spec: ColumnSpec): { column: string; year: number }[] {
	const known = [...spec.named, ...(spec.years ? [`"${spec.years.label}"`] : []), ...(spec.ignored ?? []).map((c) => `${c} (ignored)`)].join(', ');
	const yearColumns: { column: string; year: number }[] = [];
	for (const column of table.columns) {
		if (spec.named.includes(column) || spec.ignored?.includes(column)) continue;
		const m = spec.years?.pattern.exec(column);
		if (!m) throw new Error(`${file}:1: column "${column}" is not one this reader knows (${known}); a renamed or new column is refused rather than dropped`);
		const twice = yearColumns.find((c) => c.year === Number(m[1]));
		if (twice) throw new Error(`${file}:1: columns "${twice.column}" and "${column}" are both ${m[1]}`);
		yearColumns.push({ column, year: Number(m[1]) });
	}
	const absent = spec.named.filter((c) => !table.columns.includes(c));
	if (absent.length) throw new Error(`${file}:1: no column ${absent.map((c) => `"${c}"`).join(', ')} (columns: ${table.columns.join(', ')})`);
	const years = new Set(yearColumns.map((c) => c.year));
	const missing = spec.years?.expected.filter((y) => !years.has(y)) ?? [];
	if (missing.length)
		throw new Error(`${file}:1: no column for ${missing.join(', ')} (expected "${spec.years!.label}" for ${spec.years!.expected.join(', ')}); its figures would be missing`);
	return yearColumns;
}

/** How many data rows (records after the header, blank lines left out) a CSV has, with the same checks as parseCsv. */
export function csvRecordCount(text: string, file: string): number {
	return records(text, file).rows.length;
}

/** The rows as objects keyed by the header, cells as written (untrimmed), with the same checks as parseCsv; `delimiter` for `;`-separated files. */
export function csvObjects(text: string, file: string, delimiter = ','): { columns: string[]; rows: Record<string, string>[] } {
	const { header, rows } = records(text, file, delimiter);
	return { columns: header, rows: rows.map(({ cells }) => Object.fromEntries(header.map((c, i) => [c, cells[i]!]))) };
}

function newlines(record: string[]): number {
	let n = 0;
	for (const cell of record) for (const ch of cell) if (ch === '\n') n += 1;
	return n;
}

/** Blank cells and SCB's missing markers ('..', '.', '-') are null; anything else non-numeric throws. */
export function parseNumber(raw: string, where: string): number | null {
	const s = raw.trim().replace(/\s/g, '');
	if (s === '' || s === '..' || s === '.' || s === '-') return null;
	const n = Number(s);
	if (!Number.isFinite(n)) throw new Error(`${where}: not a number: "${raw}"`);
	return n;
}

/** The raw mirror (data/paths.ts: $STADSDELSKOLLEN_RAW or ../shared/data/raw) if it exists, else null: tests skip. */
export function findRawDir(): string | null {
	const dir = rawDir();
	return existsSync(join(dir, 'stats')) ? dir : null;
}
