import { describe, expect, it } from 'vitest';
import { areaRows, areaRowsWithCity, officialCity, type FileRow } from './areaRows.ts';

describe('areaRows', () => {
	it('keeps the rows of one level and year, as area rows', () => {
		const rows: FileRow[] = [
			['regso', 'a', 2023, 10, 1, 10, 'ok'],
			['regso', 'b', 2022, 20, 2, 10, 'ok'],
			['deso', 'a', 2023, 30, 3, 10, 'ok'],
			['regso', 'c', 2023, null, null, null, 'missing'],
			['regso', 'd', 2023, 40, 4, 10, 'approximate', 0.57]
		];
		expect(areaRows(rows, 'regso', 2023)).toEqual([
			{ code: 'a', value: 10, numerator: 1, denominator: 10, status: 'ok', coverage: null },
			{ code: 'c', value: null, numerator: null, denominator: null, status: 'missing', coverage: null },
			// A carried row's coverage (the share of its finer areas' population with data) is read with it.
			{ code: 'd', value: 40, numerator: 4, denominator: 10, status: 'approximate', coverage: 0.57 }
		]);
	});
});

describe('areaRowsWithCity', () => {
	// SYNTHETIC rows: the city's row from the source, and one the build estimated from finer areas.
	const rows: FileRow[] = [
		['stadsdelsomrade', 'x', 2016, 300, null, null, 'ok'],
		['kommun', '0180', 2016, 397.7, null, null, 'approximate'],
		['kommun', '0180', 2017, 2.7, 27, 1000, 'derived']
	];

	it('says when the city figure is the build\'s estimate rather than the source\'s own', () => {
		expect(areaRowsWithCity(rows, 'stadsdelsomrade', 2016)).toMatchObject({ city: 397.7, cityApproximate: true });
		expect(areaRowsWithCity(rows, 'stadsdelsomrade', 2017)).toMatchObject({ city: 2.7, cityApproximate: false });
		expect(areaRowsWithCity(rows, 'stadsdelsomrade', 2015)).toEqual({ values: [], city: null, cityApproximate: false });
	});

	it('names only the source\'s own city figure as official', () => {
		expect([2015, 2016, 2017].map((y) => officialCity(rows, y))).toEqual([null, null, 2.7]);
	});
});
