// Property test: the SQL aggregate (compareAll through DuckDB's Node build) and the pure one (model/aggregate.ts)
// give the same figure for random SYNTHETIC areas, values and groupings: missing rows, null values, suppressed
// and missing statuses, ratios without counts, absent population, rows carried with part of their population
// covered, duplicate and unknown codes, empty sets. Then the
// same through model/setSource.ts: random coarse sets over random fine areas that straddle them, so some sets are
// computed from the fine areas' rows and some are flagged split, by both engines.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Aggregation, Level, Observation, ObservationStatus } from '../../types/dataset.ts';
import { createNodeConnector } from '../nodeConnector.ts';
import type { Connector } from '../connector.ts';
import { observationsArrow } from '../../../../data/write/arrowTables.ts';
import { aggregatePure, lookupFromFiles, type AggregateSpec, type CodeSet, type CompareCell } from '../../model/aggregate.ts';
import { compareAll } from './compareAll.ts';
import { aggregateSets, aggregateSetsPure, type AreaParts, type NestingContext } from '../../model/setSource.ts';

/** mulberry32: a small seeded generator, so a failure is reproducible from its round number. */
function rng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const ROUNDS = 40;
const YEAR = 2023;
const KINDS: Aggregation[] = [
	{ kind: 'ratio', scale: 100 },
	{ kind: 'ratio', scale: 100, estimatedYears: [YEAR] },
	{ kind: 'sum' },
	{ kind: 'weighted_mean', weight: '', approximate: false },
	{ kind: 'not_aggregable', weight: '' }
];
const STATUSES: ObservationStatus[] = ['ok', 'ok', 'ok', 'approximate', 'derived'];

interface Round {
	specs: AggregateSpec[];
	sets: CodeSet[];
}

function makeRound(r: number, obs: Observation[]): Round {
	const rand = rng(1000 + r);
	const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!;
	const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
	const codes = Array.from({ length: int(3, 12) }, (_, i) => `syn-r${r}-${i}`);
	const row = (indicator: string, code: string, value: number | null, num: number | null = null, den: number | null = null, status?: ObservationStatus): Observation => {
		const st = status ?? (value === null ? pick(['missing', 'suppressed'] as const) : pick(STATUSES));
		// A row carried with some of its finer areas lacking data covers only part of its population.
		const coverage = st === 'approximate' && rand() < 0.6 ? Math.round(rand() * 1000) / 1000 : null;
		return { indicator, level: 'stadsdel', code, year: YEAR, value, numerator: num, denominator: den, status: st, ...(coverage === null ? {} : { coverage }) };
	};
	const pop = `syn_p${r}_pop`;
	for (const code of codes) {
		const u = rand();
		if (u < 0.15) continue; // no population row
		obs.push(row(pop, code, u < 0.25 ? null : int(0, 5000)));
	}
	const specs: AggregateSpec[] = KINDS.map((k, i) => {
		const id = `syn_p${r}_k${i}`;
		const aggregation: Aggregation = k.kind === 'weighted_mean' || k.kind === 'not_aggregable' ? { ...k, weight: pop } : k;
		for (const code of codes) {
			const u = rand();
			if (u < 0.2) continue; // no row
			if (u < 0.3) obs.push(row(id, code, null));
			else if (k.kind === 'ratio') {
				const den = int(0, 400);
				const num = int(0, den);
				const noCounts = rand() < 0.1;
				obs.push(row(id, code, den ? (100 * num) / den : 0, noCounts ? null : num, noCounts ? null : den));
			} else obs.push(row(id, code, rand() < 0.5 ? int(0, 900) : Math.round(rand() * 1e4) / 100));
		}
		const withPop = rand() < 0.8;
		return {
			indicator: id,
			year: YEAR,
			aggregation,
			weight: aggregation.kind === 'weighted_mean' || aggregation.kind === 'not_aggregable' ? { indicator: pop, year: YEAR } : null,
			population: withPop ? { indicator: pop, year: YEAR } : null
		};
	});
	const sets: CodeSet[] = Array.from({ length: 8 }, (_, j) => {
		const members = codes.filter(() => rand() < 0.5);
		if (rand() < 0.3) members.push(pick(codes)); // a duplicate
		if (rand() < 0.2) members.push(`syn-r${r}-unknown`);
		return { key: `s${j}`, codes: j === 0 ? [] : j === 1 ? codes : members };
	});
	return { specs, sets };
}

function sameNumber(a: number, b: number): boolean {
	return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function expectSameCell(sql: CompareCell, pure: CompareCell, where: string) {
	expect(Object.keys(sql).sort(), where).toEqual(Object.keys(pure).sort());
	for (const k of Object.keys(pure) as (keyof CompareCell)[]) {
		const a = pure[k];
		const b = sql[k];
		if (typeof a === 'number' && typeof b === 'number') expect(sameNumber(a, b), `${where} ${k}: sql ${b}, pure ${a}`).toBe(true);
		else expect(b, `${where} ${k}`).toEqual(a);
	}
}

/** SYNTHETIC fine areas ('regso') carried to coarse ones ('stadsdel'): rows at both levels, parts that straddle. */
function makeNestedRound(r: number, obs: Observation[]): Round & { ctx: NestingContext } {
	const rand = rng(5000 + r);
	const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
	const coarse = Array.from({ length: int(2, 6) }, (_, i) => `syn-n${r}-c${i}`);
	const fine = Array.from({ length: int(3, 12) }, (_, i) => `syn-n${r}-f${i}`);
	const table: Record<string, string[]> = {};
	for (const f of fine) {
		const primary = coarse[int(0, coarse.length - 1)]!;
		const other = coarse[int(0, coarse.length - 1)]!;
		table[f] = rand() < 0.25 && other !== primary ? [primary, other] : [primary];
	}
	const parts: AreaParts = { regso: { stadsdel: table } };
	const pop = `syn_n${r}_pop`;
	const ids = KINDS.map((_, i) => `syn_n${r}_k${i}`);
	const row = (indicator: string, level: 'regso' | 'stadsdel', code: string, k: Aggregation['kind'] | 'pop') => {
		const u = rand();
		if (u < 0.15) return;
		if (u < 0.25) return void obs.push({ indicator, level, code, year: YEAR, value: null, numerator: null, denominator: null, status: 'suppressed' });
		const den = int(1, 400);
		const num = int(0, den);
		const value = k === 'ratio' ? (100 * num) / den : int(0, 5000);
		const status = level === 'stadsdel' ? 'approximate' : rand() < 0.2 ? 'derived' : 'ok';
		obs.push({ indicator, level, code, year: YEAR, value, numerator: k === 'ratio' ? num : null, denominator: k === 'ratio' ? den : null, status });
	};
	for (const [level, codes] of [['regso', fine], ['stadsdel', coarse]] as const)
		for (const code of codes) {
			row(pop, level, code, 'pop');
			KINDS.forEach((k, i) => row(ids[i]!, level, code, k.kind));
		}
	const levels = ['regso', 'stadsdel'] as const;
	const ctx: NestingContext = {
		parts,
		populationByLevel: { regso: pop, stadsdel: pop },
		indicators: [
			{ id: pop, unit: 'persons', aggregation: { kind: 'sum' }, years: [YEAR], levels: [...levels], carriedFrom: { stadsdel: 'regso' } },
			...KINDS.map((k, i) => ({
				id: ids[i]!,
				unit: 'count' as const,
				aggregation: k.kind === 'weighted_mean' || k.kind === 'not_aggregable' ? { ...k, weight: pop } : k,
				years: [YEAR],
				levels: [...levels],
				// One kind in four is not carried: aggregated at its own level.
				...(i === r % KINDS.length ? {} : { carriedFrom: { stadsdel: 'regso' as const } })
			}))
		]
	};
	const specs: AggregateSpec[] = ctx.indicators.map((ind) => ({
		indicator: ind.id,
		year: YEAR,
		aggregation: ind.aggregation,
		weight: ind.aggregation.kind === 'weighted_mean' || ind.aggregation.kind === 'not_aggregable' ? { indicator: pop, year: YEAR } : null,
		population: { indicator: pop, year: YEAR }
	}));
	const sets: CodeSet[] = Array.from({ length: 6 }, (_, j) => ({ key: `n${j}`, codes: j === 0 ? coarse : coarse.filter(() => rand() < 0.5) }));
	return { specs, sets, ctx };
}

const obs: Observation[] = [];
const rounds = Array.from({ length: ROUNDS }, (_, r) => makeRound(r, obs));
const nestedRounds = Array.from({ length: ROUNDS }, (_, r) => makeNestedRound(r, obs));
let c: Connector;
beforeAll(async () => {
	c = await createNodeConnector({ observations: observationsArrow(obs) });
});

describe('one aggregate, two implementations (property)', () => {
	it(`SQL and pure agree on ${ROUNDS} random rounds of groupings, kinds and missing members`, async () => {
		const lookup = lookupFromFiles('stadsdel', (id) =>
			obs.filter((o) => o.indicator === id).map((o) => [o.level, o.code, o.year, o.value, o.numerator, o.denominator, o.status, o.coverage] as const)
		);
		let withValue = 0;
		let withMissing = 0;
		for (const [r, { specs, sets }] of rounds.entries()) {
			// Both ways the SQL runs: cells materialised for regroups, and in one statement (once).
			const m = await compareAll(c, { level: 'stadsdel', specs, sets });
			const once = await compareAll(c, { level: 'stadsdel', specs, sets, once: true });
			specs.forEach((s, i) =>
				sets.forEach((set, j) => {
					const pure = aggregatePure(s, set, lookup);
					if (pure.value !== null) withValue++;
					if (pure.nMissing > 0) withMissing++;
					expectSameCell(m[i]![j]!, pure, `round ${r} ${s.aggregation.kind} ${set.key}`);
					expectSameCell(once[i]![j]!, pure, `round ${r} once ${s.aggregation.kind} ${set.key}`);
				})
			);
		}
		// The random data exercise both branches, or the test proves nothing.
		expect(withValue).toBeGreaterThan(ROUNDS * 10);
		expect(withMissing).toBeGreaterThan(ROUNDS * 5);
	});

	it(`SQL and pure agree through the set-source plan on ${ROUNDS} rounds of straddling fine areas`, async () => {
		const lookupAt = (level: Level) =>
			lookupFromFiles(level, (id) =>
				obs.filter((o) => o.indicator === id).map((o) => [o.level, o.code, o.year, o.value, o.numerator, o.denominator, o.status] as const)
			);
		let nested = 0;
		let split = 0;
		for (const [r, { specs, sets, ctx }] of nestedRounds.entries()) {
			const sql = await aggregateSets((b) => compareAll(c, b), ctx, 'stadsdel', specs, sets);
			const pure = aggregateSetsPure(lookupAt, ctx, 'stadsdel', specs, sets);
			specs.forEach((s, i) =>
				sets.forEach((set, j) => {
					const p = pure[i]![j]!;
					if (p.split) split++;
					else if (ctx.indicators[i]!.carriedFrom && p.nAreas !== new Set(set.codes).size) nested++;
					expectSameCell(sql[i]![j]!, p, `nested round ${r} ${s.indicator} ${set.key}`);
				})
			);
		}
		// Both branches are exercised: sets computed from fine areas, and sets flagged for a straddling one.
		expect(nested).toBeGreaterThan(ROUNDS);
		expect(split).toBeGreaterThan(ROUNDS);
	});
});
