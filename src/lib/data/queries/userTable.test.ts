// The user table in DuckDB (Node build): bound-parameter inserts survive hostile strings, replacing is idempotent,
// values come back with n and margin of error, and aggregates use counts when given, else population weights.
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../nodeConnector.ts';
import type { Connector } from '../connector.ts';
import { observationsArrow } from '../../../../data/write/arrowTables.ts';
import type { Observation } from '../../types/dataset.ts';
import { loadUserObservations, removeUserIndicators, userGroupingAggregate, userIndicatorValues, type UserObservationRow } from './userTable.ts';

const pop = (code: string, value: number): Observation => ({
	indicator: 'synthetic_pop', level: 'stadsdelsomrade', code, year: 2024, value, numerator: null, denominator: null, status: 'ok'
});

let c: Connector;
beforeAll(async () => {
	c = await createNodeConnector({ observations: observationsArrow([pop('a', 100), pop('b', 300), pop('c', 600)]) });
});

const row = (code: string, value: number | null, extra: Partial<UserObservationRow> = {}): UserObservationRow => ({
	indicator: 'egen_test', level: 'stadsdelsomrade', code, year: 2024, value, numerator: null, denominator: null, n: null, moe: null, ...extra
});

describe('user_observations', () => {
	it('loads, replaces without doubling, and returns values with n and margin of error', async () => {
		await loadUserObservations(c, [row('a', 10, { n: 12, moe: 4.5 }), row('b', 30)]);
		expect(await loadUserObservations(c, [row('a', 10, { n: 12, moe: 4.5 }), row('b', 30), row('c', null)])).toBe(3);
		expect(await userIndicatorValues(c, { indicator: 'egen_test', level: 'stadsdelsomrade', year: 2024 })).toEqual([
			{ code: 'a', value: 10, numerator: null, denominator: null, status: 'user', n: 12, moe: 4.5 },
			{ code: 'b', value: 30, numerator: null, denominator: null, status: 'user', n: null, moe: null },
			{ code: 'c', value: null, numerator: null, denominator: null, status: 'user', n: null, moe: null }
		]);
	});

	it('stores hostile strings as data (bound parameters, never pasted into SQL)', async () => {
		const evil = "x'); DROP TABLE observations; --";
		await loadUserObservations(c, [{ ...row(evil, 1), indicator: 'egen_evil' }]);
		const [r] = await c.query<{ code: string }>(`SELECT code FROM user_observations WHERE indicator = 'egen_evil'`);
		expect(r!.code).toBe(evil);
		const [o] = await c.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM observations`);
		expect(o!.n).toBe(3);
		await removeUserIndicators(c, ['egen_evil']);
		expect(await c.query(`SELECT * FROM user_observations WHERE indicator = 'egen_evil'`)).toEqual([]);
		await expect(removeUserIndicators(c, ["egen'; --"])).rejects.toThrow(/invalid/);
	});

	it('aggregates as a population-weighted mean flagged approximate when there are no counts', async () => {
		const r = await userGroupingAggregate(c, {
			indicator: 'egen_test', aggregation: { kind: 'not_aggregable', weight: null }, level: 'stadsdelsomrade', year: 2024,
			codes: ['a', 'b', 'c'], population: { indicator: 'synthetic_pop', year: 2024 }
		});
		// (10·100 + 30·300) / 400 = 25; c has no value and is counted as missing, not as 0.
		expect(r).toEqual({ value: 25, numerator: null, denominator: null, nAreas: 3, nMissing: 1, n: null, approximate: true });
	});

	it('aggregates from numerator and denominator when every area has them', async () => {
		await loadUserObservations(c, [
			{ ...row('a', 10, { numerator: 10, denominator: 100, n: 100 }), indicator: 'egen_ratio' },
			{ ...row('b', 30, { numerator: 90, denominator: 300, n: 300 }), indicator: 'egen_ratio' }
		]);
		const r = await userGroupingAggregate(c, {
			indicator: 'egen_ratio', aggregation: { kind: 'ratio', scale: 100 }, level: 'stadsdelsomrade', year: 2024,
			codes: ['a', 'b'], population: { indicator: 'synthetic_pop', year: 2024 }
		});
		expect(r).toEqual({ value: 25, numerator: 100, denominator: 400, nAreas: 2, nMissing: 0, n: 400, approximate: false });
		await removeUserIndicators(c, ['egen_ratio', 'egen_test']);
		expect(await userIndicatorValues(c, { indicator: 'egen_test', level: 'stadsdelsomrade', year: 2024 })).toEqual([]);
	});
});
