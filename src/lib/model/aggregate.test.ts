import { describe, expect, it } from 'vitest';
import type { Aggregation } from '../types/dataset.ts';
import { aggregatePure, type AggregateSpec, type ObsRow } from './aggregate.ts';

const row = (code: string, value: number | null, numerator: number | null = null, denominator: number | null = null, status: ObsRow['status'] = 'ok'): ObsRow => ({
	code,
	value,
	numerator,
	denominator,
	status: value === null ? 'missing' : status
});
const lookupOf = (tables: Record<string, ObsRow[]>) => (indicator: string) => new Map((tables[indicator] ?? []).map((r) => [r.code, r]));
const spec = (aggregation: Aggregation, withPop = true): AggregateSpec => ({
	indicator: 'x',
	year: 2023,
	aggregation,
	weight: aggregation.kind === 'weighted_mean' || aggregation.kind === 'not_aggregable' ? { indicator: 'pop', year: 2023 } : null,
	population: withPop ? { indicator: 'pop', year: 2023 } : null
});
const SUM: Aggregation = { kind: 'sum' };
const RATIO: Aggregation = { kind: 'ratio', scale: 100 };
// Three districts with people; D has no row at all (no RegSO of its own: its residents are counted in A's row).
const POP = [row('A', 300), row('B', 200), row('C', 100)];

describe('aggregatePure: one figure from a set of areas', () => {
	it('a sum over areas plus one that holds no one at this level is complete (coverage by population)', () => {
		const c = aggregatePure(spec(SUM), { key: 'g', codes: ['A', 'B', 'C', 'D'] }, lookupOf({ x: POP, pop: POP }));
		expect(c).toMatchObject({ value: 600, nAreas: 4, nMissing: 0, populationCovered: 600, populationTotal: 600 });
	});
	it('without population, an area without a row counts as missing and the sum is withheld', () => {
		const c = aggregatePure(spec(SUM, false), { key: 'g', codes: ['A', 'B', 'C', 'D'] }, lookupOf({ x: POP }));
		expect(c).toMatchObject({ value: null, nMissing: 1 });
	});
	it('an area with people but no value is missing: the sum is withheld, the share of people uncovered is known', () => {
		const x = [row('A', 30, 30, 300), row('B', null), row('C', 10, 10, 100)];
		const c = aggregatePure(spec(SUM), { key: 'g', codes: ['A', 'B', 'C'] }, lookupOf({ x, pop: POP }));
		expect(c).toMatchObject({ value: null, nMissing: 1, populationCovered: 400, populationTotal: 600 });
		// The ratio uses the areas with counts: (30 + 10) / (300 + 100) = 10 %.
		expect(aggregatePure(spec(RATIO), { key: 'g', codes: ['A', 'B', 'C'] }, lookupOf({ x, pop: POP }))).toMatchObject({ value: 10, nMissing: 1 });
	});
	it('a suppressed value stays missing, never 0', () => {
		const x = [row('A', 5), { ...row('B', 7), status: 'suppressed' as const }];
		expect(aggregatePure(spec(SUM), { key: 'g', codes: ['A', 'B'] }, lookupOf({ x, pop: POP }))).toMatchObject({ value: null, nMissing: 1 });
	});
	it('a ratio of estimated counts is flagged approximate, though no area is', () => {
		const x = [row('A', 10, 30, 300, 'derived'), row('C', 30, 30, 100, 'derived')];
		const estimated = aggregatePure(spec({ kind: 'ratio', scale: 100, approximate: true }), { key: 'g', codes: ['A', 'C'] }, lookupOf({ x, pop: POP }));
		expect(estimated).toMatchObject({ value: 15, approximate: true, derived: true });
		expect(aggregatePure(spec(RATIO), { key: 'g', codes: ['A', 'C'] }, lookupOf({ x, pop: POP }))).toMatchObject({ value: 15, approximate: false });
	});
	it('a ratio whose counts are estimated in some years only is approximate in those years, exact in the others', () => {
		const x = [row('A', 10, 30, 300, 'derived'), row('C', 30, 30, 100, 'derived')];
		const rental: Aggregation = { kind: 'ratio', scale: 100, estimatedYears: [2022] };
		const at = (year: number) => aggregatePure({ ...spec(rental), year }, { key: 'g', codes: ['A', 'C'] }, lookupOf({ x, pop: POP }));
		expect(at(2022)).toMatchObject({ value: 15, approximate: true });
		expect(at(2023)).toMatchObject({ value: 15, approximate: false });
	});
	it('medians: the population-weighted mean (300·10 + 100·30) / 400 = 15, flagged, with the range', () => {
		const x = [row('A', 10), row('C', 30)];
		const c = aggregatePure(spec({ kind: 'not_aggregable', weight: 'pop' }), { key: 'g', codes: ['A', 'C'] }, lookupOf({ x, pop: POP }));
		expect(c).toMatchObject({ value: 15, approximate: true, min: 10, max: 30 });
	});
});
