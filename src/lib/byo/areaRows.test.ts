// Synthetic test data: one made-up table with two years for one area.
import { describe, expect, it } from 'vitest';
import type { UserDataset } from './types';
import { latestOwnAreaRows, ownAreaRows } from './areaRows';

const o = (code: string, year: number, value: number | null, n: number | null, moe: number | null) => ({
	indicator: 'egen_x', level: 'stadsdelsomrade' as const, code, year, value, numerator: null, denominator: null, n, moe
});
const d: UserDataset = {
	id: 'd', fileName: 'synthetic.csv', addedAt: '2026-11-29T10:00:00Z', level: 'stadsdelsomrade', nThreshold: 30,
	indicators: [{ id: 'egen_x', name: 'Synthetic', unit: 'percent', decimals: 1, aggregation: { kind: 'not_aggregable', weight: null }, years: [2023, 2024], levels: ['stadsdelsomrade'] }],
	observations: [o('farsta', 2023, 40, 12, null), o('farsta', 2024, 42, 100, 3), o('bromma', 2024, null, null, null)]
};

describe('ownAreaRows', () => {
	it('lists every year for the area, latest first, with interval, low-n flag and file', () => {
		const rows = ownAreaRows([d], 'stadsdelsomrade', 'farsta');
		expect(rows.map((r) => [r.year, r.value, r.lowN, r.interval, r.file])).toEqual([
			[2024, 42, false, [39, 45], 'synthetic.csv'],
			[2023, 40, true, expect.any(Array), 'synthetic.csv']
		]);
	});
	it('keeps a missing value missing and finds nothing at another level', () => {
		expect(ownAreaRows([d], 'stadsdelsomrade', 'bromma')[0]!.value).toBeNull();
		expect(ownAreaRows([d], 'stadsdel', 'farsta')).toEqual([]);
	});
	it('latest: one row per indicator', () => {
		expect(latestOwnAreaRows([d], 'stadsdelsomrade', 'farsta').map((r) => r.year)).toEqual([2024]);
	});
});
