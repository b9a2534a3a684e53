import { describe, expect, it } from 'vitest';
import { neutraliseFormula, parseExportedCsv, toCsv, type CsvTable } from './csv.ts';

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
});
