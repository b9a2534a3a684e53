import { describe, expect, it } from 'vitest';
import { areaRows, type FileRow } from './areaRows.ts';

describe('areaRows', () => {
	it('keeps the rows of one level and year, as area rows', () => {
		const rows: FileRow[] = [
			['regso', 'a', 2023, 10, 1, 10, 'ok'],
			['regso', 'b', 2022, 20, 2, 10, 'ok'],
			['deso', 'a', 2023, 30, 3, 10, 'ok'],
			['regso', 'c', 2023, null, null, null, 'missing']
		];
		expect(areaRows(rows, 'regso', 2023)).toEqual([
			{ code: 'a', value: 10, numerator: 1, denominator: 10, status: 'ok' },
			{ code: 'c', value: null, numerator: null, denominator: null, status: 'missing' }
		]);
	});
});
