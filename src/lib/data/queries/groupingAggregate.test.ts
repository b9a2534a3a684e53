import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../nodeConnector.ts';
import type { Connector } from '../connector.ts';
import { observationsArrow } from '../../../../data/write/arrowTables.ts';
import { SYNTHETIC_OBSERVATIONS } from '../../../../tests/fixtures/synthetic-dataset.ts';
import { groupingAggregate } from './groupingAggregate.ts';
import { indicatorValues } from './indicatorValues.ts';

let c: Connector;
beforeAll(async () => {
	c = await createNodeConnector({ observations: observationsArrow(SYNTHETIC_OBSERVATIONS) });
});

const population = { indicator: 'synthetic_pop', year: 2024 };

describe('groupingAggregate', () => {
	it('computes a share as the ratio of summed counts, not the mean of shares, and counts missing areas', async () => {
		const r = await groupingAggregate(c, {
			indicator: 'synthetic_share',
			aggregation: { kind: 'ratio', scale: 100 },
			level: 'deso',
			year: 2024,
			codes: ['SYN-A', 'SYN-B', 'SYN-C'],
			population
		});
		expect(r.value).toBeCloseTo(25, 10); // (10 + 90) / (100 + 300); the mean of 10 % and 30 % would be 20 %
		expect(r.numerator).toBe(100);
		expect(r.denominator).toBe(400);
		expect(r.nAreas).toBe(3);
		expect(r.nMissing).toBe(1);
		expect(r.population).toBe(450);
		expect(r.approximate).toBe(false);
	});

	it('flags a median aggregate as approximate and reports its range', async () => {
		const r = await groupingAggregate(c, {
			indicator: 'synthetic_median',
			aggregation: { kind: 'not_aggregable', weight: 'synthetic_pop' },
			level: 'deso',
			year: 2024,
			codes: ['SYN-A', 'SYN-B'],
			population
		});
		expect(r.value).toBeCloseTo((200 * 100 + 300 * 300) / 400, 10);
		expect(r.approximate).toBe(true);
		expect([r.min, r.max]).toEqual([200, 300]);
	});

	it('counts an unknown code as an area without data rather than dropping it', async () => {
		const r = await groupingAggregate(c, {
			indicator: 'synthetic_share',
			aggregation: { kind: 'ratio', scale: 100 },
			level: 'deso',
			year: 2024,
			codes: ['SYN-A', 'SYN-Z'],
			population
		});
		expect(r.value).toBeCloseTo(10, 10);
		expect(r.nMissing).toBe(1);
	});

	it('returns no value (not zero) when every area is missing', async () => {
		const r = await groupingAggregate(c, {
			indicator: 'synthetic_share',
			aggregation: { kind: 'ratio', scale: 100 },
			level: 'deso',
			year: 2024,
			codes: ['SYN-C'],
			population
		});
		expect(r.value).toBeNull();
	});

	it('refuses codes that could carry SQL', async () => {
		await expect(
			groupingAggregate(c, {
				indicator: 'synthetic_share',
				aggregation: { kind: 'ratio', scale: 100 },
				level: 'deso',
				year: 2024,
				codes: ["x'); DROP TABLE observations; --"],
				population
			})
		).rejects.toThrow(/invalid area code/);
	});
});

describe('indicatorValues', () => {
	it('returns every area with missing values as null', async () => {
		const rows = await indicatorValues(c, { indicator: 'synthetic_share', level: 'deso', year: 2024 });
		expect(rows.map((r) => [r.code, r.value])).toEqual([
			['SYN-A', 10],
			['SYN-B', 30],
			['SYN-C', null]
		]);
	});
});
