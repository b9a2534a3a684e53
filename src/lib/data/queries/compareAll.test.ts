import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../nodeConnector.ts';
import type { Connector } from '../connector.ts';
import { observationsArrow } from '../../../../data/write/arrowTables.ts';
import {
	SYN_AGGREGATIONS,
	SYN_CODES,
	SYNTHETIC_COMPARE_OBSERVATIONS,
	syntheticFileRows
} from '../../../../tests/fixtures/synthetic-compare.ts';
import { aggregatePure, lookupFromFiles, type AggregateSpec, type CodeSet } from '../../model/aggregate.ts';
import { compareAll } from './compareAll.ts';

let c: Connector;
beforeAll(async () => {
	c = await createNodeConnector({ observations: observationsArrow(SYNTHETIC_COMPARE_OBSERVATIONS) });
});

const pop = { indicator: 'syn_pop', year: 2023 };
const spec = (indicator: string, year = 2023): AggregateSpec => {
	const a = SYN_AGGREGATIONS[indicator]!;
	return {
		indicator,
		year,
		aggregation: a,
		weight: a.kind === 'weighted_mean' || a.kind === 'not_aggregable' ? { indicator: 'syn_pop', year } : null,
		population: { indicator: 'syn_pop', year }
	};
};
const SPECS = [spec('syn_share'), spec('syn_median'), spec('syn_mean'), spec('syn_count'), spec('syn_share', 2022)];
const SETS: CodeSet[] = [
	{ key: 'g1', codes: ['syn-a', 'syn-b', 'syn-c'] },
	{ key: 'g2', codes: ['syn-d', 'syn-e'] },
	{ key: 'city', codes: [...SYN_CODES] },
	{ key: 'unknown', codes: ['syn-a', 'syn-z'] },
	{ key: 'with-absent', codes: ['syn-a', 'syn-b', 'syn-z'] },
	{ key: 'empty', codes: [] }
];

describe('compareAll (SQL)', () => {
	it('a regroup gives the same answers as a first request: sets kept, added, reordered or seen before', async () => {
		const fresh = await createNodeConnector({ observations: observationsArrow(SYNTHETIC_COMPARE_OBSERVATIONS) });
		const ask = (conn: Connector, sets: CodeSet[]) => compareAll(conn, { level: 'stadsdelsomrade', specs: SPECS, sets });
		await ask(fresh, SETS.slice(0, 2));
		for (const sets of [[SETS[1]!, SETS[2]!], [SETS[0]!], SETS, [...SETS].reverse()]) {
			const once = await compareAll(fresh, { level: 'stadsdelsomrade', specs: SPECS, sets, once: true });
			expect(await ask(fresh, sets)).toEqual(once);
		}
	});

	it('answers every indicator for every set in one query, by hand-computed values', async () => {
		const m = await compareAll(c, { level: 'stadsdelsomrade', specs: SPECS, sets: SETS });
		const [share, median, mean, count, share2022] = m;
		// (10 + 90) / (100 + 300) = 25 %; the mean of the shares 10 % and 30 % would be 20 %. C has no data.
		expect(share![0]!.value).toBeCloseTo(25, 10);
		expect(share![0]).toMatchObject({ numerator: 100, denominator: 400, nAreas: 3, nMissing: 1 });
		expect(share![0]).toMatchObject({ populationCovered: 400, populationTotal: 450, approximate: false, min: 10, max: 30 });
		// (20 + 15) / (50 + 50) = 35 %, approximate because D's counts are.
		expect(share![1]!.value).toBeCloseTo(35, 10);
		expect(share![1]!.approximate).toBe(true);
		// City: 135 / 500 = 27 %, one area missing.
		expect(share![2]!.value).toBeCloseTo(27, 10);
		expect(share![2]).toMatchObject({ nAreas: 5, nMissing: 1, populationCovered: 500, populationTotal: 550 });
		// A code with neither a row nor a population row holds no one at this level: not missing while the set's
		// population is known (coverage is measured by population, 100 of 100 here).
		expect(share![3]).toMatchObject({ value: 10, nAreas: 2, nMissing: 0, populationCovered: 100, populationTotal: 100 });
		// An empty set has no value, not zero.
		expect(share![5]).toMatchObject({ value: null, nAreas: 0, nMissing: 0 });
		// Median: population-weighted (200·100 + 300·300 + 400·50) / 450, flagged approximate, with its range.
		expect(median![0]!.value).toBeCloseTo(130000 / 450, 10);
		expect(median![0]).toMatchObject({ approximate: true, min: 200, max: 400, nMissing: 0 });
		expect(median![1]).toMatchObject({ value: 100, nMissing: 1, approximate: true });
		// Weighted mean: (10·100 + 20·300) / 400 = 17.5; not flagged (the indicator says it is exact).
		expect(mean![0]!.value).toBeCloseTo(17.5, 10);
		expect(mean![0]).toMatchObject({ nMissing: 1, approximate: false });
		// A sum with a hole is withheld; a complete one is given.
		expect(count![0]).toMatchObject({ value: null, nMissing: 1 });
		expect(count![1]).toMatchObject({ value: 9, nMissing: 0 });
		// A complete sum over areas plus one with no row of its own is given (the Farstanäset case): 1 + 2 = 3.
		expect(count![4]).toMatchObject({ value: 3, nAreas: 3, nMissing: 0 });
		// Another year of the same indicator in the same query: 111 / 500 = 22.2 %.
		expect(share2022![2]!.value).toBeCloseTo(22.2, 10);
	});

	it('agrees with the pure twin used for the prerendered view, cell by cell', async () => {
		const m = await compareAll(c, { level: 'stadsdelsomrade', specs: SPECS, sets: SETS });
		const lookup = lookupFromFiles('stadsdelsomrade', syntheticFileRows);
		SPECS.forEach((s, i) =>
			SETS.forEach((set, j) => {
				const pure = aggregatePure(s, set, lookup);
				const sql = m[i]![j]!;
				expect(Object.keys(sql).sort()).toEqual(Object.keys(pure).sort());
				for (const k of Object.keys(pure) as (keyof typeof pure)[]) {
					const a = pure[k];
					const b = sql[k];
					if (typeof a === 'number' && typeof b === 'number') expect(b, `${s.indicator} ${set.key} ${k}`).toBeCloseTo(a, 9);
					else expect(b, `${s.indicator} ${set.key} ${k}`).toEqual(a);
				}
			})
		);
	});

	it('gives the same answer in one statement (once) as with the cells materialised', async () => {
		const m = await compareAll(c, { level: 'stadsdelsomrade', specs: SPECS, sets: SETS });
		expect(await compareAll(c, { level: 'stadsdelsomrade', specs: SPECS, sets: SETS, once: true })).toEqual(m);
	});

	it('never reads another level', async () => {
		const [[cell]] = (await compareAll(c, { level: 'stadsdel', specs: [spec('syn_share')], sets: [SETS[0]!] })) as unknown as [[{ value: number | null; nMissing: number }]];
		expect(cell.value).toBeCloseTo(99, 10);
		expect(cell.nMissing).toBe(2);
	});

	it('refuses codes that could carry SQL', async () => {
		await expect(
			compareAll(c, { level: 'stadsdelsomrade', specs: [spec('syn_share')], sets: [{ key: 'x', codes: ["a'); DROP TABLE observations; --"] }] })
		).rejects.toThrow(/invalid area code/);
	});
});

describe('population', () => {
	it('uses the given population indicator and year', async () => {
		const s = { ...spec('syn_share'), population: { ...pop, year: 2022 } };
		const [[cell]] = (await compareAll(c, { level: 'stadsdelsomrade', specs: [s], sets: [SETS[0]!] })) as unknown as [[{ populationTotal: number | null }]];
		expect(cell.populationTotal).toBe(90 + 280 + 40);
	});
});

describe('compareAll with the user own indicators (user_observations)', () => {
	it('aggregates a user ratio from its counts and a value without counts as a population-weighted mean', async () => {
		const { loadUserObservations } = await import('./userTable.ts');
		const u = (indicator: string, code: string, value: number, numerator: number | null = null, denominator: number | null = null) => ({
			indicator,
			level: 'stadsdelsomrade' as const,
			code,
			year: 2023,
			value,
			numerator,
			denominator,
			n: null,
			moe: null
		});
		await loadUserObservations(c, [
			u('egen_andel', 'syn-a', 10, 5, 50),
			u('egen_andel', 'syn-b', 30, 15, 50),
			u('egen_varde', 'syn-a', 10),
			u('egen_varde', 'syn-b', 20),
			u('egen_varde', 'syn-c', 40)
		]);
		const specs: AggregateSpec[] = [
			{ indicator: 'egen_andel', year: 2023, aggregation: { kind: 'ratio', scale: 100 }, weight: null, population: pop },
			{ indicator: 'egen_varde', year: 2023, aggregation: { kind: 'not_aggregable', weight: null }, weight: pop, population: pop }
		];
		const [share, mean] = await compareAll(c, { level: 'stadsdelsomrade', specs, sets: [SETS[0]!] });
		// (5 + 15) / (50 + 50) = 20 %, not the mean of 10 % and 30 %; C has no row.
		expect(share![0]).toMatchObject({ numerator: 20, denominator: 100, nAreas: 3, nMissing: 1, approximate: false });
		expect(share![0]!.value).toBeCloseTo(20, 10);
		// (10·100 + 20·300 + 40·50) / 450 = 20, flagged approximate.
		expect(mean![0]!.value).toBeCloseTo(9000 / 450, 10);
		expect(mean![0]!.approximate).toBe(true);
		// Re-added with other figures under the same specs: the cached cells are not reused.
		await loadUserObservations(c, [u('egen_andel', 'syn-a', 50, 25, 50)]);
		const [again] = await compareAll(c, { level: 'stadsdelsomrade', specs, sets: [SETS[0]!] });
		expect(again![0]!.value).toBeCloseTo(50, 10);
	});
});
