// Reading the raw mirror's CSVs: BOM stripping, d3-dsv parsing with source line numbers, strict number parsing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
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
 * be whole: no header, no rows, a record with more or fewer fields than the header, or a quoted field never closed.
 * A file cut short would otherwise give blank (missing) cells, a shortened number or no figures, without a word.
 */
function records(text: string, file: string): { header: string[]; rows: Numbered[] } {
	const body = stripBom(text);
	// Quotes come in pairs in well-formed CSV (a quote inside a quoted field is doubled).
	if ((body.match(/"/g)?.length ?? 0) % 2 === 1) throw new Error(`${file}: a quoted field is never closed; the file is truncated or corrupt`);
	const all = csvParseRows(body);
	const header = all[0] ?? [];
	if (!header.some((c) => c.trim() !== '')) throw new Error(`${file}: no header row (the file is empty); the file is truncated or corrupt`);
	const rows: Numbered[] = [];
	let line = 1 + newlines(header);
	for (const cells of all.slice(1)) {
		line += 1;
		const start = line;
		line += newlines(cells);
		if (cells.length === 1 && cells[0]!.trim() === '') continue;
		if (cells.length !== header.length)
			throw new Error(`${file} line ${start}: ${cells.length} fields where the header has ${header.length}; the file is truncated or corrupt`);
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

/** The rows as objects keyed by the header, cells as written (untrimmed), with the same checks as parseCsv. */
export function csvObjects(text: string, file: string): { columns: string[]; rows: Record<string, string>[] } {
	const { header, rows } = records(text, file);
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
