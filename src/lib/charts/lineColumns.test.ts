import { describe, expect, it } from 'vitest';
import { lineColumns, lineRows } from './lineColumns';
import { csvTable, screenCells } from '$lib/share/dataColumns';
import { tableText } from '$lib/share/csv';
import { formatNumber } from '$lib/i18n/format';

const labels = { preliminary: 'preliminär', published: 'publicerad', showTable: 'Visa tabell', x: 'År', status: 'Status', missing: 'uppgift saknas' };
const n0 = (v: number) => formatNumber(v, 'sv', 0);
// Synthetic: series B has no value in 2025, series A's 2025 is preliminary.
const two = [
	{ key: 'a', label: 'Serie A', points: [{ x: 2024, xLabel: '2024', value: 12345.67 }, { x: 2025, xLabel: '2025', value: 9876.54, preliminary: true }] },
	{ key: 'b', label: 'Serie B', points: [{ x: 2023, xLabel: '2023', value: 0 }, { x: 2024, xLabel: '2024', value: 1500.04 }] }
];

describe('lineColumns', () => {
	it('tables every series on screen in sv-SE, missing in words, with the status where a point is preliminary', () => {
		expect(screenCells(lineColumns(two, n0, labels), lineRows(two))).toEqual({
			header: ['År', 'Serie A', 'Serie B', 'Status'],
			rows: [
				['2023', 'uppgift saknas', '0', 'publicerad'],
				['2024', '12\u00a0346', '1\u00a0500', 'publicerad'],
				['2025', '9\u00a0877', 'uppgift saknas', 'preliminär']
			]
		});
	});

	it('puts every series in the CSV with exact (rounded as asked) values, a missing value empty and never 0', () => {
		const t = csvTable(lineColumns(two, n0, labels, { csvLabel: (s) => `${s.label} per 100 000`, decimals: 1 }), lineRows(two));
		expect(tableText(t, 'excel-sv')).toEqual([
			['År', 'Serie A per 100 000', 'Serie B per 100 000', 'Status'],
			['2023', '', '0', 'publicerad'],
			['2024', '12345,7', '1500', 'publicerad'],
			['2025', '9876,5', '', 'preliminär']
		]);
	});

	it('leaves the status out where nothing is preliminary, unless the CSV asks for it on every row', () => {
		const one = [two[1]!];
		expect(screenCells(lineColumns(one, n0, labels), lineRows(one)).header).toEqual(['År', 'Serie B']);
		expect(csvTable(lineColumns(one, n0, labels), lineRows(one)).columns.map((c) => c.label)).toEqual(['År', 'Serie B']);
		const always = csvTable(lineColumns(one, n0, labels, { statusAlways: true }), lineRows(one));
		expect(screenCells(lineColumns(one, n0, labels, { statusAlways: true }), lineRows(one)).header).toEqual(['År', 'Serie B']);
		expect(always.rows).toEqual([
			{ x: '2023', 'series-b': 0, status: 'publicerad' },
			{ x: '2024', 'series-b': 1500.04, status: 'publicerad' }
		]);
	});

	it('gives two values quoted for one year a row each, never their average', () => {
		const conflicting = [{ key: 'c', label: 'C', points: [{ x: 2021, xLabel: '2021', value: 74 }, { x: 2021, xLabel: '2021', value: 75 }, { x: 2022, xLabel: '2022', value: 76 }] }];
		expect(csvTable(lineColumns(conflicting, n0, labels), lineRows(conflicting)).rows).toEqual([
			{ x: '2021', 'series-c': 74 },
			{ x: '2021', 'series-c': 75 },
			{ x: '2022', 'series-c': 76 }
		]);
	});
});
