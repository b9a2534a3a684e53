// The exact figures of a chart as CSV: a Swedish-Excel variant (UTF-8 BOM, semicolons, decimal comma) and a plain
// variant (commas, decimal point), each starting with lines that name the source, definition and year.
import { csvFormatRows, dsvFormat } from 'd3-dsv';

export interface CsvTable {
	columns: { key: string; label: string }[];
	rows: Record<string, string | number | null>[];
}

export interface CsvMeta {
	title: string;
	source: string;
	definition: string;
	/** e.g. "År: 2024" / "Year: 2024", "Data byggda 2026-11-29". */
	notes: string[];
}

export type CsvVariant = 'excel-sv' | 'plain';

/** What begins each meta line (title, source, definition, notes) above the table. */
const META_PREFIX = '# ';

/** True for a meta line as toCsv writes it: "# …", or quoted "\"# …\"" when the Swedish variant had to quote it.
 *  The one test of that, for reading an export back here and for own tables (src/lib/byo/parseTable.ts). */
export function isMetaLine(line: string): boolean {
	return line.startsWith(META_PREFIX) || line.startsWith(`"${META_PREFIX}`);
}

/** A cell beginning with = + - @ (or a tab/CR) could run as a spreadsheet formula: prefix it so it stays text. */
export function neutraliseFormula(cell: string): string {
	return /^[=+\-@\t\r]/.test(cell) && !/^-?\d+([.,]\d+)?$/.test(cell) ? `'${cell}` : cell;
}

/** One cell as text: numbers with the variant's decimal mark and in full, missing as an empty cell. */
function cellText(v: string | number | null, variant: CsvVariant): string {
	if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return '';
	if (typeof v === 'number') return variant === 'excel-sv' ? String(v).replace('.', ',') : String(v);
	return v.replace(/[\r\n]+/g, ' ');
}

/** The table as rows of text, header first: what the CSV holds, and what a document's copy of the table shows.
 *  `text` post-processes text cells (the CSV neutralises formulas there; numbers never need it). */
export function tableText(table: CsvTable, variant: CsvVariant, text: (cell: string) => string = (c) => c): string[][] {
	const cell = (v: string | number | null) => (typeof v === 'string' ? text(cellText(v, variant)) : cellText(v, variant));
	return [table.columns.map((c) => cell(c.label)), ...table.rows.map((r) => table.columns.map((c) => cell(r[c.key] ?? null)))];
}

export function toCsv(table: CsvTable, meta: CsvMeta, variant: CsvVariant): string {
	const metaLines = [meta.title, meta.source, meta.definition, ...meta.notes].map((l) => `${META_PREFIX}${neutraliseFormula(l.replace(/[\r\n]+/g, ' '))}`);
	const body = tableText(table, variant, neutraliseFormula);
	if (variant === 'plain') return [...metaLines, csvFormatRows(body)].join('\n') + '\n';
	const semi = dsvFormat(';');
	// BOM so Excel reads UTF-8; CRLF as Excel on Windows writes it.
	return '\ufeff' + [...metaLines.map((l) => semi.formatRows([[l]])), semi.formatRows(body)].join('\r\n').replace(/\n/g, '\r\n').replace(/\r\r\n/g, '\r\n') + '\r\n';
}

/** Reads a CSV written by toCsv back into rows of strings (the meta lines are skipped). */
export function parseExportedCsv(text: string, variant: CsvVariant): string[][] {
	const clean = text.replace(/^\ufeff/, '');
	const lines = clean.split(/\r?\n/).filter((l) => l !== '' && !isMetaLine(l));
	return variant === 'plain' ? dsvFormat(',').parseRows(lines.join('\n')) : dsvFormat(';').parseRows(lines.join('\n'));
}
