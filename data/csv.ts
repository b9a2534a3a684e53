// Reading the raw mirror's CSVs: BOM stripping, d3-dsv parsing with source line numbers, strict number parsing.
import { existsSync, readFileSync } from 'node:fs';
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

/** Read a mirror file as UTF-8 text without its BOM. `file` is relative to the mirror root (data/raw). */
export function readMirrorText(rawDir: string, file: string): string {
	return stripBom(readFileSync(join(rawDir, file), 'utf8'));
}

/** Parse comma-separated text with a header row; cells are trimmed. Asking for an absent column throws. */
export function parseCsv(text: string): CsvTable {
	const records = csvParseRows(stripBom(text));
	const header = records[0];
	if (!header) return { columns: [], rows: [] };
	const columns = header.map((c) => c.trim());
	const index = new Map(columns.map((c, i) => [c, i]));
	const rows: CsvRow[] = [];
	// Lines advance by one per record plus any line breaks quoted inside its cells.
	let line = 1 + newlines(header);
	for (const record of records.slice(1)) {
		line += 1;
		const start = line;
		line += newlines(record);
		if (record.length === 1 && record[0]!.trim() === '') continue;
		rows.push({
			line: start,
			get(column: string): string {
				const i = index.get(column);
				if (i === undefined) throw new Error(`CSV has no column "${column}" (columns: ${columns.join(', ')})`);
				return (record[i] ?? '').trim();
			}
		});
	}
	return { columns, rows };
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
