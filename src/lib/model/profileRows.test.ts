import { describe, expect, it } from 'vitest';
import { charted, profileRows } from './profileRows.ts';

// SYNTHETIC profile.
const indicators = [
	{ id: 'a', name: 'Andel A', unit: 'percent' as const, decimals: 1 },
	{ id: 'b', name: 'Andel B', unit: 'percent' as const, decimals: 1 },
	{ id: 'c', name: 'Saknas', unit: 'percent' as const, decimals: 1 }
];

describe('profileRows', () => {
	it('takes the latest year per indicator with its trend, in catalogue order; the chart leaves out indicators without values', () => {
		const rows = charted(profileRows(
			[
				{ indicator: 'b', year: 2024, value: 5, status: 'ok', city: 4, cityStatus: 'ok' },
				{ indicator: 'a', year: 2021, value: 10, status: 'ok', city: 12, cityStatus: 'ok' },
				{ indicator: 'a', year: 2020, value: 9, status: 'ok', city: 11, cityStatus: 'ok' },
				{ indicator: 'c', year: 2024, value: null, status: 'missing', city: 3, cityStatus: 'ok' }
			],
			indicators
		));
		expect(rows.map((r) => [r.id, r.year, r.value, r.city])).toEqual([
			['a', 2021, 10, 12],
			['b', 2024, 5, 4]
		]);
		expect(rows[0]!.trend.map((t) => t.year)).toEqual([2020, 2021]);
	});

	it('keeps an indicator whose values are all missing for the table (missing, never 0), but not one without rows', () => {
		const rows = profileRows([{ indicator: 'c', year: 2024, value: null, status: 'missing', city: 3, cityStatus: 'ok' }], indicators);
		expect(rows.map((r) => [r.id, r.year, r.value, r.city])).toEqual([['c', 2024, null, 3]]);
		expect(charted(rows)).toEqual([]);
	});
});
