// Formula injection: whatever a user's file holds (column names, file name, cells starting with = + - @) never
// reaches a CSV export unescaped — the map's CSV goes through src/lib/share/csv.ts neutraliseFormula.
import { dsvFormat } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { parseText } from './parseTable';
import { buildAreaIndex } from './matchAreas';
import { validateTable } from './validate';
import { toCsv, parseExportedCsv, type CsvVariant } from '../share/csv';
import { TEST_AREAS } from './testAreas';

const index = buildAreaIndex(TEST_AREAS);
const DANGEROUS = /^(?:[\t\r]|[ \u00a0]*[=+\-@])/;

describe('CSV export of a user indicator', () => {
	const r = parseText(['område;=HYPERLINK("http://x");+1;-2+3;@SUM(A1)', 'Bromma;=1+2;+5;-4;@x', 'Farsta;10;+6;-2,5;7'].join('\n'));
	if (!r.ok) throw new Error('parse failed');
	const { dataset, report } = validateTable(r.table, { area: 0, values: [1, 2, 3, 4], year: null, numerator: null, denominator: null, n: null, moe: null }, index, {
		level: 'stadsdelsomrade',
		year: 2025,
		unit: 'count',
		fileName: "=cmd|' /C calc'!A0.csv"
	});

	it('formula-like cells are not numbers: reported by row, never passed on as values', () => {
		expect(report.issues.filter((i) => i.kind === 'not-a-number').map((i) => [i.line, i.cell])).toEqual([
			[2, '=1+2'],
			[2, '@x']
		]);
		expect(dataset.observations.filter((o) => o.code === 'bromma').map((o) => o.value)).toEqual([5, -4]);
	});

	it.each(['excel-sv', 'plain'] as CsvVariant[])('no exported cell or meta line starts a formula (%s)', (variant) => {
		const text = toCsv(
			{
				columns: [{ key: 'name', label: 'Område' }, ...dataset.indicators.map((i) => ({ key: i.id, label: i.name }))],
				rows: ['bromma', 'farsta'].map((code) => ({
					name: code,
					...Object.fromEntries(dataset.indicators.map((i) => [i.id, dataset.observations.find((o) => o.indicator === i.id && o.code === code)?.value ?? null]))
				}))
			},
			{ title: dataset.indicators[0]!.name, source: `egen data: ${dataset.fileName}`, definition: '@definition, =1+1; +2', notes: ['+note', '-note', 'Egen grupp,=HYPERLINK("http://x")'] },
			variant
		);
		for (const row of parseExportedCsv(text, variant))
			for (const cell of row) if (!/^-?\d+([.,]\d+)?$/.test(cell)) expect(cell, cell).not.toMatch(DANGEROUS);
		// The whole file, meta lines included, split by its own separator (as Excel in the variant's locale splits it),
		// and each meta line, which is a line of its own, split by either: no cell starts a formula.
		const own = variant === 'plain' ? ',' : ';';
		for (const cell of dsvFormat(own).parseRows(text.replace(/^\ufeff/, '')).flat())
			if (!/^-?\d+([.,]\d+)?$/.test(cell)) expect(cell, cell).not.toMatch(DANGEROUS);
		const meta = text.replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l.replace(/^"/, '').startsWith('# '));
		for (const sep of [';', ',']) for (const line of meta) expect(dsvFormat(sep).parseRows(line)[0], line).toHaveLength(1);
		expect(text).toContain("'=HYPERLINK");
		expect(text).toContain("'@SUM(A1)");
	});
});
