// A user's file or pasted text → a header and rows of cells, entirely in memory: CSV/TSV/pasted text with the
// separator sniffed (tab, semicolon, pipe or comma) and the encoding detected (UTF-16 as Excel's "Unicode-text" writes it, UTF-8 with or without BOM,
// else Windows-1252), or XLSX through an injected reader (read-excel-file), so the same code runs in the browser and
// in Node tests. The meta lines ("# …") above the app's own CSV downloads are passed over, so such a file reads again.
import { dsvFormat } from 'd3-dsv';
import { isMetaLine, restoreFormula } from '../share/csv.ts';

export type Cell = string | number | null;

export interface RawTable {
	/** Column headers as written (blank headers named "kolumn N", repeats numbered); at most MAX_COLUMNS. */
	columns: string[];
	/** How many columns the widest row of the file had, so a cut can be told. */
	columnsInFile: number;
	/** Data rows; `line` is the row number a spreadsheet would show (row 1 is the header, or the first meta line). */
	rows: { line: number; cells: Cell[] }[];
	format: 'csv' | 'xlsx' | 'text';
	encoding: Encoding | null;
	separator: Separator | null;
}

/** The separators a text file may use, in the order they are tried: a comma last, since it is also Swedish decimals. */
export const SEPARATORS = ['\t', ';', '|', ','] as const;
export type Separator = (typeof SEPARATORS)[number];

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type ParseError =
	| { kind: 'empty' }
	/** Bytes that are no text we can read: UTF-16 cut or damaged, or NUL bytes (a binary file, UTF-32). */
	| { kind: 'undecodable' }
	| { kind: 'too-large'; limit: number }
	| { kind: 'too-many-rows'; limit: number }
	| { kind: 'xls-unsupported' }
	| { kind: 'xlsx-unreadable'; detail: string }
	| { kind: 'no-data-rows' };

export type ParseResult = { ok: true; table: RawTable } | { ok: false; error: ParseError };

/** Reads the first sheet of an .xlsx into rows of cells (read-excel-file's `readSheet`). */
export type XlsxReader = (data: ArrayBuffer) => Promise<unknown[][]>;

export const MAX_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 20_000;
const MAX_COLUMNS = 200;

/** UTF-16 when a BOM says so (FF FE little-endian, FE FF big-endian) or, without one, when every other byte is NUL;
 *  else UTF-8 when the bytes are valid UTF-8 (BOM stripped), else Windows-1252 (what Excel on Windows writes as "CSV").
 *  Null when the bytes are no text: UTF-16 that does not decode, NUL bytes, which no 8-bit text file holds, or many
 *  other control characters (a binary file without NULs). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } | null {
	const utf16 = utf16Order(bytes);
	let decoded: { text: string; encoding: Encoding };
	if (utf16) {
		try {
			// The decoder drops the BOM itself.
			decoded = { text: new TextDecoder(utf16, { fatal: true }).decode(bytes), encoding: utf16 };
		} catch {
			return null;
		}
	} else {
		try {
			decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, ''), encoding: 'utf-8' };
		} catch {
			decoded = { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
		}
	}
	return decoded.text.includes('\u0000') || isMostlyControls(decoded.text) ? null : decoded;
}

/** Control characters no text file holds (a tab, line breaks, a form feed and DOS's end-of-file mark aside). */
const STRAY_CONTROL = /[\u0001-\u0008\u000e-\u0019\u001b-\u001f\u007f]/g;

/** More than one character in a hundred (and more than eight) is such a control: the bytes are a binary file (an image, a PDF) renamed .csv,
 *  which Windows-1252 would otherwise "read" as a table of garbage columns. A few stray controls in a real table are let be. */
function isMostlyControls(text: string): boolean {
	const sample = text.slice(0, 65_536);
	return (sample.match(STRAY_CONTROL)?.length ?? 0) > Math.max(8, sample.length / 100);
}

/** UTF-16's byte order from its BOM, or, without a BOM, from NUL high bytes: text that is mostly Latin letters, digits
 *  and separators has a NUL in every other byte in UTF-16, and none in UTF-8 or Windows-1252. */
function utf16Order(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
	if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
	const pairs = Math.min(b.length >> 1, 512);
	if (pairs < 2) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < pairs * 2; i += 2) {
		if (b[i] === 0) evenNul++;
		if (b[i + 1] === 0) oddNul++;
	}
	const most = (n: number) => n >= pairs * 0.9;
	const few = (n: number) => n <= pairs * 0.1;
	if (most(oddNul) && few(evenNul)) return 'utf-16le';
	if (most(evenNul) && few(oddNul)) return 'utf-16be';
	return null;
}

/** Counts a character per line outside double quotes. */
function countOutsideQuotes(line: string, ch: string): number {
	let n = 0;
	let quoted = false;
	for (const c of line) {
		if (c === '"') quoted = !quoted;
		else if (c === ch && !quoted) n++;
	}
	return n;
}

/** Tab, semicolon, pipe, then comma: the first that splits the header and every sampled line the same way. A pipe
 *  comes before the comma, which also marks decimals in a pipe-separated Swedish file ("Bromma|12,5"). */
export function sniffSeparator(text: string): Separator {
	const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, 20);
	for (const sep of SEPARATORS) {
		const counts = lines.map((l) => countOutsideQuotes(l, sep));
		if (counts[0]! > 0 && counts.every((c) => c === counts[0])) return sep;
	}
	// No consistent one: the one that splits the header most.
	let best: Separator = ',';
	let bestCount = -1;
	for (const sep of SEPARATORS) {
		const c = countOutsideQuotes(lines[0] ?? '', sep);
		if (c > bestCount) [best, bestCount] = [sep, c];
	}
	return best;
}

/** A cell as read: text trimmed, and a cell the app's own CSV made inert (an apostrophe before "=", "+", "-" or "@",
 *  see neutraliseFormula) read as the text it was, so the app's own download reads back to the same names. */
const readCell = (c: Cell): Cell => (typeof c === 'string' ? restoreFormula(c.trim()).trim() : c);

function headerNames(raw: Cell[]): string[] {
	const seen = new Map<string, number>();
	return raw.map((h, i) => {
		let name = h === null ? '' : String(readCell(h));
		if (!name) name = `kolumn ${i + 1}`;
		const n = (seen.get(name) ?? 0) + 1;
		seen.set(name, n);
		return n > 1 ? `${name} (${n})` : name;
	});
}

/** A row above the header: blank, or one of the app's own meta lines ("# …", see isMetaLine). The one test by which
 *  every path (file, pasted text, workbook) finds its header; `first` is the row's first cell as written, which for a
 *  line of text is the whole line. */
const isPreamble = (first: string, blank: boolean) => blank || isMetaLine(first);

const isBlank = (r: Cell[]) => r.every((c) => c === null || (typeof c === 'string' && c.trim() === ''));

/** `linesBefore`: lines of the file already passed over, so row numbers stay those of the file. */
function toTable(grid: Cell[][], meta: Omit<RawTable, 'columns' | 'columnsInFile' | 'rows'>, linesBefore = 0): ParseResult {
	const headerIndex = grid.findIndex((r) => !isPreamble(typeof r[0] === 'string' ? r[0] : '', isBlank(r)));
	if (headerIndex < 0) return { ok: false, error: { kind: 'empty' } };
	const columnsInFile = grid.slice(headerIndex).reduce((w, r) => Math.max(w, r.length), 0);
	const width = Math.min(MAX_COLUMNS, columnsInFile);
	const header = grid[headerIndex]!.slice(0, width);
	while (header.length < width) header.push(null);
	const rows: RawTable['rows'] = [];
	for (let i = headerIndex + 1; i < grid.length; i++) {
		const r = grid[i]!;
		if (isBlank(r)) continue;
		const cells = r.slice(0, width).map(readCell);
		while (cells.length < width) cells.push(null);
		rows.push({ line: linesBefore + i + 1, cells });
	}
	if (rows.length > MAX_ROWS) return { ok: false, error: { kind: 'too-many-rows', limit: MAX_ROWS } };
	if (!rows.length) return { ok: false, error: { kind: 'no-data-rows' } };
	return { ok: true, table: { columns: headerNames(header), columnsInFile, rows, ...meta } };
}

/** Where the table of a text begins, past its preamble (whole lines, ended as d3-dsv ends them: CRLF, CR or LF). The
 *  meta lines go before the separator is sniffed or a cell parsed: they are prose, and need not split as the table. */
function skipPreamble(text: string): { body: string; lines: number } {
	const end = /\r\n|\r|\n/g;
	let start = 0;
	let lines = 0;
	for (let m = end.exec(text); m; m = end.exec(text)) {
		const line = text.slice(start, m.index);
		if (!isPreamble(line, line.trim() === '')) break;
		start = end.lastIndex;
		lines++;
	}
	return { body: text.slice(start), lines };
}

/** Pasted text (from Excel: tab-separated) or a decoded CSV file. */
export function parseText(text: string, format: 'csv' | 'text' = 'text', encoding: RawTable['encoding'] = null): ParseResult {
	const clean = text.replace(/^\ufeff/, '');
	const { body, lines } = skipPreamble(clean);
	if (!body.trim()) return { ok: false, error: { kind: 'empty' } };
	const separator = sniffSeparator(body);
	const grid: Cell[][] = dsvFormat(separator).parseRows(body);
	return toTable(grid, { format, encoding, separator }, lines);
}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

function xlsxCell(v: unknown): Cell {
	if (v === null || v === undefined) return null;
	if (typeof v === 'number') return Number.isFinite(v) ? v : null;
	if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString().slice(0, 10);
	return String(v);
}

/** A file's bytes (CSV, TSV, TXT or XLSX); the name only helps tell formats apart. */
export async function parseFile(bytes: Uint8Array, fileName: string, readXlsx: XlsxReader): Promise<ParseResult> {
	if (bytes.byteLength === 0) return { ok: false, error: { kind: 'empty' } };
	if (bytes.byteLength > MAX_BYTES) return { ok: false, error: { kind: 'too-large', limit: MAX_BYTES } };
	if (isOle(bytes) || /\.xls$/i.test(fileName)) return { ok: false, error: { kind: 'xls-unsupported' } };
	if (isZip(bytes) || /\.xlsx$/i.test(fileName)) {
		let grid: unknown[][];
		try {
			const copy = bytes.slice().buffer as ArrayBuffer;
			grid = await readXlsx(copy);
		} catch (e) {
			return { ok: false, error: { kind: 'xlsx-unreadable', detail: e instanceof Error ? e.message : String(e) } };
		}
		return toTable(grid.map((r) => r.map(xlsxCell)), { format: 'xlsx', encoding: null, separator: null });
	}
	const decoded = decodeText(bytes);
	if (!decoded) return { ok: false, error: { kind: 'undecodable' } };
	return parseText(decoded.text, 'csv', decoded.encoding);
}
