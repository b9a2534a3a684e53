import { describe, expect, it } from 'vitest';
import { csvObjects, parseCsv, parseNumber, stripBom } from './csv.ts';

describe('parseCsv', () => {
	it('strips the BOM, trims cells and numbers rows by source line', () => {
		const t = parseCsv('\uFEFF"a","b"\n"x ",1\n\n"y",2\n');
		expect(t.columns).toEqual(['a', 'b']);
		expect(t.rows.map((r) => [r.line, r.get('a'), r.get('b')])).toEqual([
			[2, 'x', '1'],
			[4, 'y', '2']
		]);
	});
	it('numbers lines ending "\\r\\r\\n" (SCB exports) as grep does, one line each', () => {
		const t = parseCsv('a,b\r\r\n1,2\r\r\n3,4\r\r\n');
		expect(t.rows.map((r) => [r.line, r.get('a'), r.get('b')])).toEqual([
			[2, '1', '2'],
			[3, '3', '4']
		]);
	});
	it('counts line breaks quoted inside cells', () => {
		const t = parseCsv('a,b\n"two\nlines",1\nz,2\n');
		expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
	});
	it('throws on an unknown column', () => {
		expect(() => parseCsv('a\n1\n').rows[0]!.get('b')).toThrow(/no column "b"/);
	});
	it('refuses a record with fewer or more fields than the header, naming the file and the line', () => {
		// A file cut short mid-row: without the check, b and c would read as missing values.
		expect(() => parseCsv('a,b,c\n1,2,3\n"two\nlines",5,6\n7,8', 'x.csv')).toThrow('x.csv line 5: 2 fields where the header has 3; the file is truncated or corrupt');
		expect(() => parseCsv('a,b\n1,2,3\n', 'x.csv')).toThrow(/x\.csv line 2: 3 fields where the header has 2/);
	});
	it('refuses an empty file and one with a header but no rows', () => {
		expect(() => parseCsv('', 'x.csv')).toThrow('x.csv: no header row (the file is empty); the file is truncated or corrupt');
		expect(() => parseCsv('a,b\n\n', 'x.csv')).toThrow('x.csv: a header but no rows; the file is truncated or corrupt');
	});
	it('refuses a record repeated exactly, naming both lines, but not two records that differ in one cell', () => {
		expect(() => parseCsv('kod,andel\nA,0.5\nB,0.25\nA,0.5\n', 'synthetic.csv')).toThrow(
			'synthetic.csv line 4: repeats line 2 exactly; a duplicated row would count its figures twice, so the file is refused as corrupt'
		);
		expect(parseCsv('kod,andel\nA,0.5\nA,0.25\n', 'synthetic.csv').rows).toHaveLength(2);
		// SCB's footers separate notes with records of blank cells.
		expect(parseCsv('kod,andel\nA,0.5\n,\nNote,\n,\n', 'synthetic.csv').rows).toHaveLength(4);
	});
	it('refuses a quoted field that is never closed', () => {
		expect(() => parseCsv('a,b\n1,"cut sho', 'x.csv')).toThrow('x.csv: a quoted field is never closed; the file is truncated or corrupt');
		expect(parseCsv('a,b\n1,"say ""hi"""\n', 'x.csv').rows[0]!.get('b')).toBe('say "hi"');
	});
});

describe('csvObjects', () => {
	it('keys rows by the header, keeps cells as written and skips blank lines', () => {
		expect(csvObjects('\uFEFFa,b\n x ,1\n\n', 'x.csv')).toEqual({ columns: ['a', 'b'], rows: [{ a: ' x ', b: '1' }] });
	});
	it('refuses a short record like parseCsv', () => {
		expect(() => csvObjects('a,b\n1\n', 'x.csv')).toThrow(/x\.csv line 2: 1 fields where the header has 2/);
	});
});

describe('parseNumber', () => {
	it('reads numbers and treats blanks and SCB markers as null, never 0', () => {
		expect(parseNumber('70.0', 'x')).toBe(70);
		expect(parseNumber('-0.782', 'x')).toBe(-0.782);
		expect(parseNumber('', 'x')).toBeNull();
		expect(parseNumber('..', 'x')).toBeNull();
		expect(parseNumber('864 324', 'x')).toBe(864324);
	});
	it('throws on garbage, naming where', () => {
		expect(() => parseNumber('abc', 'f.csv:3')).toThrow(/f.csv:3/);
	});
	it('stripBom leaves other text alone', () => {
		expect(stripBom('abc')).toBe('abc');
	});
});
