import { describe, expect, it } from 'vitest';
import { parseCsv, parseNumber, stripBom } from './csv.ts';

describe('parseCsv', () => {
	it('strips the BOM, trims cells and numbers rows by source line', () => {
		const t = parseCsv('\uFEFF"a","b"\n"x ",1\n\n"y",2\n');
		expect(t.columns).toEqual(['a', 'b']);
		expect(t.rows.map((r) => [r.line, r.get('a'), r.get('b')])).toEqual([
			[2, 'x', '1'],
			[4, 'y', '2']
		]);
	});
	it('counts line breaks quoted inside cells', () => {
		const t = parseCsv('a,b\n"two\nlines",1\nz,2\n');
		expect(t.rows.map((r) => r.line)).toEqual([2, 4]);
	});
	it('throws on an unknown column', () => {
		expect(() => parseCsv('a\n1\n').rows[0]!.get('b')).toThrow(/no column "b"/);
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
