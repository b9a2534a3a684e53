// Synthetic test data: four made-up areas, two in the grouping and two in the rest of the city.
import { describe, expect, it } from 'vitest';
import type { IndicatorFile, Indicator } from '$lib/types/dataset';
import type { UserDataset } from '$lib/byo/types';
import { ownFactRows, populationFilesNeeded, type OwnFactContext } from './ownFactRows';

const ctx: OwnFactContext = {
	level: 'stadsdel',
	sets: { stadsdelsomrade: { grouping: ['a', 'b'], rest: ['c', 'd'] } },
	populationByLevel: { stadsdelsomrade: 'synthetic_pop' }
};

const obs = (indicator: string, code: string, value: number | null, numerator: number | null = null, denominator: number | null = null) => ({
	indicator, level: 'stadsdelsomrade' as const, code, year: 2024, value, numerator, denominator, n: null, moe: null
});

const dataset: UserDataset = {
	id: 'synthetic',
	fileName: 'synthetic-own.csv',
	addedAt: '2026-11-29T10:00:00Z',
	level: 'stadsdelsomrade',
	nThreshold: 30,
	indicators: [
		{ id: 'egen_counts', name: 'Synthetic counts', unit: 'percent', decimals: 1, aggregation: { kind: 'ratio', scale: 100 }, years: [2024], levels: ['stadsdelsomrade'] },
		{ id: 'egen_shares', name: 'Synthetic shares', unit: 'percent', decimals: 1, aggregation: { kind: 'not_aggregable', weight: null }, years: [2024], levels: ['stadsdelsomrade'] }
	],
	observations: [
		obs('egen_counts', 'a', 10, 10, 100),
		obs('egen_counts', 'b', 30, 90, 300),
		obs('egen_counts', 'c', 50, 50, 100),
		obs('egen_counts', 'd', null),
		obs('egen_shares', 'a', 10),
		obs('egen_shares', 'b', 40),
		obs('egen_shares', 'c', 20),
		obs('egen_shares', 'd', 20)
	]
};

const pop: IndicatorFile = {
	id: 'synthetic_pop',
	indicator: { id: 'synthetic_pop', years: [2023], levels: ['stadsdelsomrade'], unit: 'persons', aggregation: { kind: 'sum' } } as unknown as Indicator,
	rows: [
		['stadsdelsomrade', 'a', 2023, 1000, null, null, 'ok'],
		['stadsdelsomrade', 'b', 2023, 3000, null, null, 'ok'],
		['stadsdelsomrade', 'c', 2023, 500, null, null, 'ok'],
		['stadsdelsomrade', 'd', 2023, 1500, null, null, 'ok']
	]
};

describe('ownFactRows', () => {
	it('sums numerators and denominators for a table with counts, and keeps a missing area missing', () => {
		const { rows } = ownFactRows([dataset], ctx, new Map([[pop.id, pop]]));
		const r = rows.find((x) => x.indicator === 'egen_counts')!;
		expect(r.level).toBe('stadsdelsomrade');
		expect(r.year).toBe(2024);
		expect(r.grouping.value).toBeCloseTo(25, 10); // 100 / 400, not the mean of 10 and 30
		expect(r.grouping.approximate).toBe(false);
		expect(r.rest.value).toBeCloseTo(50, 10);
		expect(r.rest.nMissing).toBe(1);
		expect(r.city.value).toBeCloseTo(30, 10); // 150 / 500
	});

	it('weights shares by population from the nearest year and flags them approximate', () => {
		const { rows } = ownFactRows([dataset], ctx, new Map([[pop.id, pop]]));
		const r = rows.find((x) => x.indicator === 'egen_shares')!;
		expect(r.grouping.value).toBeCloseTo((10 * 1000 + 40 * 3000) / 4000, 10);
		expect(r.grouping.approximate).toBe(true);
		expect(r.rest.value).toBeCloseTo(20, 10);
	});

	it('gives weighted means no value when the population could not be loaded', () => {
		const { rows } = ownFactRows([dataset], ctx, new Map());
		expect(rows.find((x) => x.indicator === 'egen_shares')!.grouping.value).toBeNull();
		expect(rows.find((x) => x.indicator === 'egen_counts')!.grouping.value).toBeCloseTo(25, 10);
	});

	it('skips an indicator whose level the grouping has no membership at', () => {
		const noSdo: OwnFactContext = { ...ctx, sets: { regso: { grouping: ['x'], rest: ['y'] } } };
		const out = ownFactRows([dataset], noSdo, new Map());
		expect(out.rows).toEqual([]);
		expect(out.skipped).toEqual([
			{ name: 'Synthetic counts', file: 'synthetic-own.csv' },
			{ name: 'Synthetic shares', file: 'synthetic-own.csv' }
		]);
		expect(populationFilesNeeded([dataset], noSdo)).toEqual([]);
		expect(populationFilesNeeded([dataset], ctx)).toEqual(['synthetic_pop']);
	});
});
