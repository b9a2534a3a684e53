// The exact figures of a chart as CSV: a Swedish-Excel variant (UTF-8 BOM, semicolons, decimal comma) and a plain
// variant (commas, decimal point), each starting with lines that name the source, definition and year.
import { dsvFormat } from 'd3-dsv';

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
	/** The last meta line when a cell of the table is empty for a missing value ("Tom cell: uppgift saknas (inte
	 *  noll)."), so a reader of the file is told what the page says in words; left out when no cell is missing. */
	missing?: string;
}

export type CsvVariant = 'excel-sv' | 'plain';

/** What begins each meta line (title, source, definition, notes) above the table. */
const META_PREFIX = '# ';

/** True for a meta line as toCsv writes it: "# …", or quoted "\"# …\"" when the Swedish variant had to quote it.
 *  The one test of that, for reading an export back here and for own tables (src/lib/byo/parseTable.ts). */
export function isMetaLine(line: string): boolean {
	return line.startsWith(META_PREFIX) || line.startsWith(`"${META_PREFIX}`);
}

/** Text a spreadsheet could run as a formula: = + - @ first (after any spaces, which is where a line break in a cell
 *  ends up: cellText writes it as a space), or a tab or carriage return first. */
const FORMULA_START = /^(?:[\t\r]|[ \u00a0]*[=+\-@])/;
/** A number written as text ("-3,2", "-3.2"): a spreadsheet reads it as that number, never as a formula. */
const PLAIN_NUMBER = /^-?\d+([.,]\d+)?$/;
const INERT = "'";

/** A cell beginning with = + - @ (or a tab/CR) could run as a spreadsheet formula: prefix it so it stays text. */
export function neutraliseFormula(cell: string): string {
	return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `${INERT}${cell}` : cell;
}

/** The reader's inverse of neutraliseFormula: a cell the writer made inert reads as the text it was, so the app's own
 *  CSV, uploaded again, gives the same names (src/lib/byo/parseTable.ts). Any other cell is left as it is. */
export function restoreFormula(cell: string): string {
	const rest = cell.slice(INERT.length);
	return cell.startsWith(INERT) && FORMULA_START.test(rest) && !PLAIN_NUMBER.test(rest) ? rest : cell;
}

const isMissing = (v: string | number | null | undefined) => v === null || v === undefined || (typeof v === 'number' && !Number.isFinite(v));

/** Whether any cell of the table is a missing value (written as an empty cell): the CSV and a document's copy of the
 *  table then say what an empty cell means. */
export function hasMissingCell(table: CsvTable): boolean {
	return table.rows.some((r) => table.columns.some((c) => isMissing(r[c.key])));
}

/** One cell as text: numbers with the variant's decimal mark and in full, missing as an empty cell. */
function cellText(v: string | number | null, variant: CsvVariant): string {
	if (v === null || (typeof v === 'number' && !Number.isFinite(v))) return '';
	if (typeof v === 'number') return variant === 'excel-sv' ? String(v).replace('.', ',') : String(v);
	return v.replace(/[\r\n]+/g, ' ');
}

/** The table as rows of text, header first: the CSV's cells as a document's copy of the table shows them (a Word
 *  table runs no formula, so its text is not prefixed; csvCell does that for the file). */
export function tableText(table: CsvTable, variant: CsvVariant): string[][] {
	const cell = (v: string | number | null) => cellText(v, variant);
	return [table.columns.map((c) => cell(c.label)), ...table.rows.map((r) => table.columns.map((c) => cell(r[c.key] ?? null)))];
}

const SEPARATOR: Record<CsvVariant, string> = { 'excel-sv': ';', plain: ',' };

/**
 * The one writer of a CSV cell. Text is made inert (neutraliseFormula) and quoted when it holds a quote or either
 * variant's separator, so that a meta line (a line of its own) stays one cell however Excel splits the file: by the
 * list separator of its locale, a semicolon in Swedish, a comma in English. (A quote only counts at the start of a
 * field, so a text cell in the middle of a row is safe only when the file is split by its own variant's separator.)
 * A number is written bare, as its variant writes it (it never starts a formula).
 */
function csvCell(v: string | number | null, variant: CsvVariant): string {
	if (typeof v !== 'string') return cellText(v, variant);
	const t = neutraliseFormula(cellText(v, variant));
	return /[",;]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export function toCsv(table: CsvTable, meta: CsvMeta, variant: CsvVariant): string {
	// Each meta line is one text cell: quoted like any other, so no part of it can become a cell of its own.
	const missing = meta.missing && hasMissingCell(table) ? [meta.missing] : [];
	const metaLines = [meta.title, meta.source, meta.definition, ...meta.notes, ...missing].map((l) => csvCell(`${META_PREFIX}${l}`, variant));
	const row = (cells: (string | number | null)[]) => cells.map((v) => csvCell(v, variant)).join(SEPARATOR[variant]);
	const lines = [...metaLines, row(table.columns.map((c) => c.label)), ...table.rows.map((r) => row(table.columns.map((c) => r[c.key] ?? null)))];
	// Swedish Excel: a BOM so Excel reads UTF-8, and CRLF as Excel on Windows writes it.
	return variant === 'plain' ? lines.join('\n') + '\n' : '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** Reads a CSV written by toCsv back into rows of strings (the meta lines are skipped). */
export function parseExportedCsv(text: string, variant: CsvVariant): string[][] {
	const clean = text.replace(/^\ufeff/, '');
	const lines = clean.split(/\r?\n/).filter((l) => l !== '' && !isMetaLine(l));
	return variant === 'plain' ? dsvFormat(',').parseRows(lines.join('\n')) : dsvFormat(';').parseRows(lines.join('\n'));
}
