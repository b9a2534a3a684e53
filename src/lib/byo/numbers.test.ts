import { describe, expect, it } from 'vitest';
import { mixedDecimals, numberOrNull, parseNumberCell } from './numbers';

describe('parseNumberCell', () => {
	it.each([
		['1 234,5', 1234.5, ','],
		['1\u00a0234,5', 1234.5, ','],
		['1\u2009234\u2009567', 1234567, undefined],
		['1\u202f234', 1234, undefined],
		['12,3', 12.3, ','],
		['12.3', 12.3, '.'],
		['−4', -4, undefined],
		['-4,25', -4.25, ','],
		['+7', 7, undefined],
		['1.234,5', 1234.5, ','],
		['1,234.5', 1234.5, '.'],
		['0', 0, undefined],
		['  42  ', 42, undefined],
		['1e3', 1000, undefined]
	])('%s → %d (decimal mark %s)', (cell, value, decimal) => {
		expect(parseNumberCell(cell)).toStrictEqual(decimal ? { kind: 'number', value, percent: false, decimal } : { kind: 'number', value, percent: false });
	});

	it('reads a percent sign and keeps percentage points', () => {
		expect(parseNumberCell('12,3 %')).toEqual({ kind: 'number', value: 12.3, percent: true, decimal: ',' });
		expect(parseNumberCell('45%')).toEqual({ kind: 'number', value: 45, percent: true });
	});

	it('passes numbers from a spreadsheet through', () => {
		expect(parseNumberCell(3.5)).toEqual({ kind: 'number', value: 3.5, percent: false });
		expect(parseNumberCell(Number.NaN)).toEqual({ kind: 'not-a-number' });
	});

	it('empty cells and markers are missing, never 0', () => {
		expect(parseNumberCell('')).toEqual({ kind: 'empty' });
		expect(parseNumberCell(null)).toEqual({ kind: 'empty' });
		expect(parseNumberCell('..')).toEqual({ kind: 'missing-marker' });
		expect(parseNumberCell('–')).toEqual({ kind: 'missing-marker' });
		expect(numberOrNull('..')).toBeNull();
	});

	it.each(['abc', '12 abc', '1,2,3', '=1+2', '@SUM(A1)', '1 23', '12,3,4 %', 'true', '1.2.3'])('%s is not a number', (cell) => {
		expect(parseNumberCell(cell).kind).toBe('not-a-number');
		expect(numberOrNull(cell)).toBeNull();
	});

	// A lone comma or point before exactly three digits may group thousands ("1,234" = 1234 in English) or mark decimals
	// (1,234 in Swedish). The cell is read as decimals and flagged, so the check can refuse it instead of guessing.
	it.each([
		['1,234', 1.234],
		['1.234', 1.234],
		['-12,345', -12.345],
		['999.000', 999]
	])('%s is ambiguous: read as decimals, flagged', (cell, value) => {
		expect(parseNumberCell(cell)).toStrictEqual({ kind: 'number', value, percent: false, ambiguous: true });
	});

	it('a percentage can be ambiguous too', () => {
		expect(parseNumberCell('12,345 %')).toStrictEqual({ kind: 'number', value: 12.345, percent: true, ambiguous: true });
	});

	// Unambiguous: a thousands group never follows a lone 0, never has four digits before it, and spaces or a second
	// mark settle which one groups.
	it.each([
		['0,125', 0.125, ','],
		['-0.125', -0.125, '.'],
		['1234,567', 1234.567, ','],
		['1 234,567', 1234.567, ','],
		['1.234,5', 1234.5, ','],
		['1,234.5', 1234.5, '.'],
		['1 234,5', 1234.5, ','],
		['1234.5', 1234.5, '.'],
		['12,5', 12.5, ','],
		['12,3456', 12.3456, ','],
		['1234', 1234, undefined]
	])('%s is not ambiguous', (cell, value, decimal) => {
		expect(parseNumberCell(cell)).toStrictEqual(decimal ? { kind: 'number', value, percent: false, decimal } : { kind: 'number', value, percent: false });
	});
});

describe('mixedDecimals', () => {
	const cells = (...xs: [number, string][]) =>
		xs.flatMap(([line, cell]) => {
			const p = parseNumberCell(cell);
			return p.kind === 'number' && p.decimal ? [{ line, cell, decimal: p.decimal }] : [];
		});

	it('a column with one decimal mark, or none, is not mixed', () => {
		expect(mixedDecimals(cells([2, '12,5'], [3, '1.234,5'], [4, '7'], [5, '1,234']))).toBeNull();
		expect(mixedDecimals(cells([2, '12.5'], [3, '1,234.5'], [4, '7']))).toBeNull();
		expect(mixedDecimals(cells([2, '7'], [3, '8']))).toBeNull();
	});

	it('a decimal comma in most rows and a point in one: the point is refused, the first of each shown', () => {
		expect(mixedDecimals(cells([2, '12,5'], [3, '3.5'], [4, '1 234,5'], [5, '7']))).toEqual({
			refused: '.',
			first: { ',': { line: 2, cell: '12,5', decimal: ',' }, '.': { line: 3, cell: '3.5', decimal: '.' } }
		});
	});

	it('"1.234,5" in one row and "1,234.5" in another: as many of each, so both are refused', () => {
		expect(mixedDecimals(cells([2, '1.234,5'], [3, '1,234.5']))?.refused).toBeNull();
	});
});
