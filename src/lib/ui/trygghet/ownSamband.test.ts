// Synthetic test data: a made-up table with one stadsdelsområde column and one at a level the scatter does not offer.
import { describe, expect, it } from 'vitest';
import type { UserDataset } from '$lib/byo/types';
import { ownSambandIndicators } from './ownSamband';

const o = (indicator: string, level: 'stadsdelsomrade' | 'valdistrikt2022', code: string, year: number, value: number | null, n: number | null) => ({
	indicator, level, code, year, value, numerator: null, denominator: null, n, moe: null
});
const d: UserDataset = {
	id: 'd', fileName: 'synthetic.csv', addedAt: '2026-11-29T10:00:00Z', level: 'stadsdelsomrade', nThreshold: 30,
	indicators: [
		{ id: 'egen_a', name: 'Synthetic A', unit: 'percent', decimals: 1, aggregation: { kind: 'not_aggregable', weight: null }, years: [2024], levels: ['stadsdelsomrade'] },
		{ id: 'egen_b', name: 'Synthetic B', unit: 'count', decimals: 0, aggregation: { kind: 'not_aggregable', weight: null }, years: [2024], levels: ['valdistrikt2022'] }
	],
	observations: [o('egen_a', 'stadsdelsomrade', 'farsta', 2024, 20, 12), o('egen_a', 'stadsdelsomrade', 'bromma', 2024, null, null), o('egen_a', 'stadsdelsomrade', 'kista', 2023, 5, 100), o('egen_b', 'valdistrikt2022', 'x', 2024, 1, null)]
};

describe('ownSambandIndicators', () => {
	it('offers each column at the levels and years where it has values, named by its file', () => {
		const [a, ...rest] = ownSambandIndicators([d], (f) => `egen data: ${f}`);
		expect(rest).toEqual([]); // valdistrikt is not a scatter level
		expect(a!.kind).toBe('own');
		expect(a!.source).toBe('egen data: synthetic.csv');
		expect(a!.levels).toEqual(['stadsdelsomrade']);
		expect(a!.yearsByLevel).toEqual({ stadsdelsomrade: [2023, 2024] });
		expect(a!.values).toContainEqual(['stadsdelsomrade', 'bromma', 2024, null]);
		expect(a!.lowN).toEqual({ threshold: 30, keys: ['stadsdelsomrade|farsta|2024'] });
	});
});
