// Swedish-style number cells as people type them into Excel: "1 234,5", "12,3 %", "−4", NBSP/thin-space thousands.
// A cell that is not a number is reported, never read as 0; one that could be read two ways is flagged, and so is a
// column that writes its decimals two ways (mixedDecimals).

export type DecimalMark = ',' | '.';

export type NumberCell =
	/**
	 * `ambiguous`: a lone comma or point before exactly three digits ("1,234", "12.345"), which groups thousands in
	 * English and marks decimals in Swedish. Read as decimals; the check refuses it rather than trust that reading.
	 * `decimal`: the mark that set off the decimals ("12,5", "1.234,5": a comma; "12.5", "1,234.5": a point), where the
	 * cell had one that could only be that (never on an ambiguous cell).
	 */
	| { kind: 'number'; value: number; percent: boolean; ambiguous?: true; decimal?: DecimalMark }
	/** An empty cell: the area has no value. */
	| { kind: 'empty' }
	/** A conventional "no figure" marker (.., –, x): missing, noted but not an error. */
	| { kind: 'missing-marker' }
	| { kind: 'not-a-number' };

const MISSING_MARKERS = new Set(['..', '.', '-', '–', '—', 'x', 'X', '×', 'NA', 'N/A', 'n/a', 'na']);
// Spaces people (and Excel) use as thousands separators: space, NBSP, thin space, narrow NBSP, apostrophe.
const GROUP_SPACES = /[ \u00a0\u2009\u202f\u2007']/g;
const PLAIN = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;
// One to three digits (not a lone 0: "0,125" can only be decimals), one mark, three digits. Checked after space
// groups are removed, so "1 234,567" (spaces group, the comma is decimal) is not ambiguous.
const AMBIGUOUS = /^[+-]?[1-9]\d{0,2}[.,]\d{3}$/;

export function parseNumberCell(cell: string | number | boolean | null | undefined): NumberCell {
	if (cell === null || cell === undefined) return { kind: 'empty' };
	if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'number', value: cell, percent: false } : { kind: 'not-a-number' };
	if (typeof cell === 'boolean') return { kind: 'not-a-number' };
	let s = cell.trim();
	if (s === '') return { kind: 'empty' };
	if (MISSING_MARKERS.has(s)) return { kind: 'missing-marker' };
	let percent = false;
	if (s.endsWith('%')) {
		percent = true;
		s = s.slice(0, -1).trim();
	}
	// Unicode minus and dashes typed before a number.
	s = s.replace(/^[\u2212\u2013\u2012]/, '-');
	// Thousands groups separated by spaces only between digits ("1 234", not "1 a").
	if (/^[+-]?\d{1,3}([ \u00a0\u2009\u202f\u2007']\d{3})+([.,]\d+)?$/.test(s)) s = s.replace(GROUP_SPACES, '');
	const ambiguous = AMBIGUOUS.test(s);
	const commas = (s.match(/,/g) ?? []).length;
	const dots = (s.match(/\./g) ?? []).length;
	let decimal: DecimalMark | undefined;
	if (commas && dots) {
		// Both: the last one is the decimal mark, the other groups thousands ("1.234,5" / "1,234.5").
		decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
		const group = decimal === ',' ? '.' : ',';
		if ((s.match(new RegExp(`\\${decimal}`, 'g')) ?? []).length > 1) return { kind: 'not-a-number' };
		if (!new RegExp(`^[+-]?\\d{1,3}(\\${group}\\d{3})+\\${decimal}\\d+$`).test(s)) return { kind: 'not-a-number' };
		s = s.split(group).join('').replace(decimal, '.');
	} else if (commas === 1) {
		decimal = ',';
		s = s.replace(',', '.');
	} else if (commas > 1) return { kind: 'not-a-number' };
	else if (dots === 1) decimal = '.';
	if (!PLAIN.test(s)) return { kind: 'not-a-number' };
	const value = Number(s);
	if (!Number.isFinite(value)) return { kind: 'not-a-number' };
	if (ambiguous) return { kind: 'number', value, percent, ambiguous: true };
	return decimal ? { kind: 'number', value, percent, decimal } : { kind: 'number', value, percent };
}

/** A cell of a column, as a spreadsheet numbers its row, with the decimal mark it was read with (if any). */
export interface MarkedCell {
	line: number;
	cell: string;
	decimal: DecimalMark;
}

/**
 * A column that writes decimals with a comma in some rows and a point in others ("12,5" and "3.5", or "1.234,5" and
 * "1,234.5"): each such cell reads one way on its own, but the column reads its marks two ways, and which rows follow
 * the column's own convention cannot be known. `refused` is the mark whose cells are left out: the one fewer cells use
 * (null: as many use each, so both are left out); `first` holds the first cell with each mark, to show as an example.
 * Null when the column uses one mark or none.
 */
export function mixedDecimals(cells: readonly MarkedCell[]): { refused: DecimalMark | null; first: Record<DecimalMark, MarkedCell> } | null {
	const comma = cells.filter((c) => c.decimal === ',');
	const point = cells.filter((c) => c.decimal === '.');
	if (!comma.length || !point.length) return null;
	const refused = comma.length === point.length ? null : comma.length < point.length ? ',' : '.';
	return { refused, first: { ',': comma[0]!, '.': point[0]! } };
}

/** The number in a cell (an ambiguous one read as decimals), or null for anything else (empty, marker or not a number). */
export function numberOrNull(cell: string | number | boolean | null | undefined): number | null {
	const c = parseNumberCell(cell);
	return c.kind === 'number' ? c.value : null;
}
