import { describe, expect, it } from 'vitest';
import { panelColumns, panelRows } from './panelColumns';
import { csvTable, screenCells } from '$lib/share/dataColumns';
import { tableText } from '$lib/share/csv';

// Synthetic rows: a share with a trend (the city missing one year), an indicator with no value at all, a median the
// build estimated (area and city approximate, both carried from finer areas some of which lack data), and one of the
// user's own rows.
const profile = [
	{ id: 'a', label: 'Syntetisk andel', unit: 'percent' as const, decimals: 1, year: 2024, value: 23.456, status: 'ok' as const, coverage: null, city: 11.04, cityStatus: 'ok' as const, cityCoverage: null, trend: [
		{ year: 2023, value: 21.2, city: null },
		{ year: 2024, value: 23.456, city: 11.04 }
	] },
	{ id: 'b', label: 'Syntetiskt antal', unit: 'count' as const, decimals: 0, year: 2024, value: null, status: 'missing' as const, coverage: null, city: null, cityStatus: null, cityCoverage: null, trend: [{ year: 2024, value: null, city: null }] },
	{ id: 'c', label: 'Syntetisk median', unit: 'sek_thousand' as const, decimals: 1, year: 2024, value: 334.61, status: 'approximate' as const, coverage: 0.567106, city: 397.7, cityStatus: 'approximate' as const, cityCoverage: 0.998549, trend: [{ year: 2024, value: 334.61, city: 397.7 }] }
];
const own = [{ indicator: 'o', name: 'Egen andel', unit: 'percent' as const, decimals: 1, file: 'egen.csv', year: 2022, value: 10.5, n: null, interval: null, lowN: false, threshold: 30 }];
const rows = panelRows(own, profile);
const cols = panelColumns('Syntetiskt område');

describe('panelColumns', () => {
	it('shows the latest value sv-SE with the city in small print, the trend as the sparkline names it, missing in words', () => {
		expect(screenCells(cols, rows)).toEqual({
			header: ['Indikator', 'Värde', 'Utveckling'],
			rows: [
				['Egen andel', '10,5\u00a0%', '–'],
				['Syntetisk andel', '23,5\u00a0%', 'Syntetisk andel: 2023 21,2\u00a0%, 2024 23,5\u00a0%'],
				['Syntetiskt antal', 'uppgift saknas', '–'],
				['Syntetisk median', '334,6\u00a0tkr', '–']
			]
		});
		expect(rows.map((r) => cols.find((c) => c.key === 'value')!.note!(r))).toEqual([
			'',
			'Hela staden: 11,0\u00a0%',
			'',
			'(ungefärligt; värdet bygger på områden med 57\u00a0% av befolkningen) Hela staden: 397,7\u00a0tkr (ungefärligt; värdet bygger på områden med 99,9\u00a0% av befolkningen)'
		]);
		expect(rows.map((r) => cols.find((c) => c.key === 'indicator')!.note!(r))).toEqual(['2022; egen data: egen.csv', '2024', '2024', '2024']);
	});

	it('gives the CSV every figure of the table: exact values, year, city, both trends, own rows named, missing empty', () => {
		expect(tableText(csvTable(cols, rows), 'plain')).toEqual([
			['Indikator', 'År', 'Syntetiskt område', 'Anmärkning', 'Hela staden', 'Hela staden: Anmärkning', 'Utveckling: Syntetiskt område', 'Utveckling: Hela staden'],
			['Egen andel (%; egen data: egen.csv)', '2022', '10.5', '', '', '', '', ''],
			['Syntetisk andel (%)', '2024', '23.456', '', '11.04', '', '2023 21,2\u00a0%, 2024 23,5\u00a0%', '2023 uppgift saknas, 2024 11,0\u00a0%'],
			['Syntetiskt antal', '2024', '', '', '', '', '', ''],
			['Syntetisk median (tkr)', '2024', '334.61', 'ungefärligt; värdet bygger på områden med 57\u00a0% av befolkningen', '397.7', 'ungefärligt; värdet bygger på områden med 99,9\u00a0% av befolkningen', '', '']
		]);
	});
});
