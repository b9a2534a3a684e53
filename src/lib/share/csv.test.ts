import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, parseExportedCsv, restoreFormula, toCsv, type CsvTable, type CsvVariant } from './csv.ts';

// SYNTHETIC table.
const table: CsvTable = {
	columns: [
		{ key: 'name', label: 'Område' },
		{ key: 'value', label: 'Värde (%)' }
	],
	rows: [
		{ name: 'Rinkeby-Kista', value: 29.5 },
		{ name: '=HYPERLINK("http://x")', value: null },
		{ name: 'Södermalm; "citat"', value: 7.25 }
	]
};
const meta = { title: 'Låg ekonomisk standard 2024', source: 'Källa: SCB', definition: 'Andel personer…', notes: ['År: 2024'] };

describe('toCsv', () => {
	it('writes the Swedish Excel variant with BOM, semicolons, decimal comma and an empty cell for missing', () => {
		const s = toCsv(table, meta, 'excel-sv');
		expect(s.startsWith('\ufeff# Låg ekonomisk standard 2024')).toBe(true);
		expect(s).toContain('Rinkeby-Kista;29,5\r\n');
		expect(parseExportedCsv(s, 'excel-sv')).toEqual([
			['Område', 'Värde (%)'],
			['Rinkeby-Kista', '29,5'],
			[`'=HYPERLINK("http://x")`, ''],
			['Södermalm; "citat"', '7,25']
		]);
	});
	it('writes the plain variant with commas and decimal points', () => {
		const s = toCsv(table, meta, 'plain');
		expect(s.charCodeAt(0)).not.toBe(0xfeff);
		expect(parseExportedCsv(s, 'plain')[1]).toEqual(['Rinkeby-Kista', '29.5']);
	});
	it('neutralises formula-like cells but keeps negative numbers', () => {
		expect(neutraliseFormula('+1+1')).toBe("'+1+1");
		expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(neutraliseFormula('-3,5')).toBe('-3,5');
		expect(neutraliseFormula('Bromma')).toBe('Bromma');
	});
	it('neutralises a formula behind spaces, where a line break in a cell ends up', () => {
		expect(neutraliseFormula(' =1+1')).toBe("' =1+1");
		const s = toCsv({ columns: [{ key: 'n', label: 'Namn' }], rows: [{ n: '\r\n=1+1' }] }, meta, 'plain');
		expect(parseExportedCsv(s, 'plain')[1]).toEqual(["' =1+1"]);
	});
	it('restoreFormula reads a neutralised cell back as it was, and leaves every other cell alone', () => {
		for (const cell of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', ' =1+1', 'Bromma', '-3,5', "'citat'"])
			expect(restoreFormula(neutraliseFormula(cell)), cell).toBe(cell);
		expect(restoreFormula("'-3,5")).toBe("'-3,5");
		expect(restoreFormula("'Bromma")).toBe("'Bromma");
	});
});

// SYNTHETIC: an own grouping's name from a link (/jamfor?egennamn=…) reaches the title, the definition and a cell.
const hostileTable = (name: string): CsvTable => ({
	columns: [
		{ key: 'name', label: 'Gruppering' },
		{ key: 'value', label: 'Värde (%)' }
	],
	rows: [
		{ name, value: -3.25 },
		{ name: 'Hela staden', value: 12 }
	]
});
const hostileMeta = (name: string) => ({ title: `Jämförelse: ${name}`, source: 'Källa: SCB', definition: `Grupper: Fokusområden 2025, ${name}`, notes: [`Länk: https://example.org/jamfor?egennamn=${name}`] });
const DANGER = /^(?:[\t\r]|[ \u00a0]*[=+\-@])/;
const cases = (['excel-sv', 'plain'] as CsvVariant[]).flatMap((variant) => ['Min grupp,=1+1', 'Min grupp;@SUM(A1),=HYPERLINK("http://x","klick")'].map((name) => [variant, name] as const));

describe.each(cases)('in the %s variant, the name %j', (variant, name) => {
	const s = toCsv(hostileTable(name), hostileMeta(name), variant);

	it('split by its own separator, starts no formula in any cell; its meta lines start none split by either', () => {
		const text = s.replace(/^\ufeff/, '');
		const own = variant === 'plain' ? ',' : ';';
		for (const cell of dsvFormat(own).parseRows(text).flat()) if (!/^-?\d+([.,]\d+)?$/.test(cell)) expect(cell, cell).not.toMatch(DANGER);
		// Excel splits a .csv by its locale's list separator (a semicolon in Swedish, a comma in English).
		const meta = text.split(/\r?\n/).filter((l) => l.replace(/^"/, '').startsWith('# ')).join('\n');
		for (const sep of [';', ',']) for (const row of dsvFormat(sep).parseRows(meta)) expect(row.length, row.join(sep)).toBe(1);
	});

	it('stays in one cell, as does each meta line, and the number stays a number', () => {
		const rows = dsvFormat(variant === 'plain' ? ',' : ';').parseRows(s.replace(/^\ufeff/, ''));
		expect(rows.slice(0, 4).map((r) => r.length)).toEqual([1, 1, 1, 1]);
		expect(rows[0]![0]).toBe(`# Jämförelse: ${name}`);
		expect(parseExportedCsv(s, variant)[1]).toEqual([name, variant === 'plain' ? '-3.25' : '-3,25']);
	});
});

describe('a missing value', () => {
	const missing = 'Tom cell: uppgift saknas (inte noll).';
	it('is an empty cell, and the file then says what an empty cell means', () => {
		const s = toCsv(table, { ...meta, missing }, 'excel-sv');
		expect(s).toContain(`\r\n# ${missing}\r\n`);
		expect(parseExportedCsv(s, 'excel-sv')[2]).toEqual([`'=HYPERLINK("http://x")`, '']);
	});
	it('is not mentioned when no cell is missing', () => {
		const full: CsvTable = { ...table, rows: table.rows.filter((r) => r.value !== null) };
		expect(toCsv(full, { ...meta, missing }, 'plain')).not.toContain(missing);
	});
});
