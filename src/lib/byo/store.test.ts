import { describe, expect, it } from 'vitest';
import { isUserDataset } from './store';
import type { UserDataset } from './types';

const good: UserDataset = {
	id: 'ds_1',
	fileName: 'enkät.csv',
	addedAt: '2026-01-01T00:00:00.000Z',
	level: 'stadsdelsomrade',
	nThreshold: 30,
	indicators: [{ id: 'egen_andel', name: 'andel', unit: 'percent', decimals: 1, aggregation: { kind: 'not_aggregable', weight: null }, years: [2025], levels: ['stadsdelsomrade'] }],
	observations: [{ indicator: 'egen_andel', level: 'stadsdelsomrade', code: 'bromma', year: 2025, value: 12.5, numerator: null, denominator: null, n: 40, moe: null }]
};

describe('isUserDataset', () => {
	it('accepts what the app writes and refuses altered records', () => {
		expect(isUserDataset(good)).toBe(true);
		expect(isUserDataset(JSON.parse(JSON.stringify(good)))).toBe(true);
		expect(isUserDataset(null)).toBe(false);
		expect(isUserDataset({ ...good, level: 'planet' })).toBe(false);
		expect(isUserDataset({ ...good, indicators: [{ ...good.indicators[0], id: "egen_x'; drop" }] })).toBe(false);
		expect(isUserDataset({ ...good, observations: [{ ...good.observations[0], value: '12' }] })).toBe(false);
	});
});
