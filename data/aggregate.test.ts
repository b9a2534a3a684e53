import { describe, expect, it } from 'vitest';
import type { Aggregation, Indicator, Observation, ObservationStatus } from '../src/lib/types/dataset.ts';
import type { Crosswalk } from './types.ts';
import { aggregateObservations } from './aggregate.ts';

const indicator = (aggregation: Aggregation): Indicator => ({
	id: 'x',
	name: { sv: 'x', en: 'x' },
	description: { sv: 'x', en: 'x' },
	theme: 'context',
	unit: aggregation.kind === 'ratio' ? 'percent' : 'persons',
	direction: 'neutral',
	source: { publisher: 'p', table: 't', url: 'u', licence: 'l', files: [] },
	aggregation,
	caveats: [],
	years: [],
	levels: [],
	decimals: 1,
	classification: 'quantile'
});
const RATIO = indicator({ kind: 'ratio', scale: 100 });
const SUM = indicator({ kind: 'sum' });
const MEAN = indicator({ kind: 'weighted_mean', weight: 'pop', approximate: false });
const MEDIAN = indicator({ kind: 'not_aggregable', weight: 'pop' });

const ob = (code: string, value: number | null, numerator: number | null = null, denominator: number | null = null, status: ObservationStatus = 'ok', year = 2020): Observation => ({
	indicator: 'x',
	level: 'deso',
	code,
	year,
	value,
	numerator,
	denominator,
	status: value === null ? 'missing' : status
});

const crosswalk = (method: Crosswalk['method'], links: [string, [string, number][]][]): Crosswalk => ({
	from: 'deso',
	to: 'regso',
	method,
	links: new Map(links.map(([fine, to]) => [fine, to.map(([code, share]) => ({ code, share }))]))
});
const NESTED = crosswalk('nested', [
	['A', [['R', 1]]],
	['B', [['R', 1]]]
]);

/** The carried observation for R (A and B nested in R) from these fine observations. */
const carried = (rows: Observation[], ind: Indicator, weights?: Map<string, number>) => aggregateObservations(rows, ind, NESTED, weights).observations[0]!;

describe('aggregateObservations: one coarse area from its parts', () => {
	it('ratio: divides the sums, which differs from the mean of the shares', () => {
		// A: 10/100 = 10 %, B: 30/50 = 60 %. Ratio of sums 40/150 = 26.67 %; the mean of shares would be 35 %.
		const r = carried([ob('A', 10, 10, 100), ob('B', 60, 30, 50)], RATIO);
		expect(r.value).toBeCloseTo(26.667, 3);
		expect(r.value).not.toBeCloseTo(35, 0);
		expect([r.numerator, r.denominator, r.status]).toEqual([40, 150, 'ok']);
	});
	it('ratio: computes from the available areas and flags a coarse area with a missing part approximate', () => {
		const r = carried([ob('A', 10, 10, 100), ob('B', null)], RATIO);
		expect([r.value, r.status]).toEqual([10, 'approximate']);
	});
	it('sum: adds counts; one missing input makes the total missing, never a partial or zero', () => {
		expect(carried([ob('A', 100), ob('B', 50)], SUM).value).toBe(150);
		const r = carried([ob('A', 100), ob('B', null)], SUM);
		expect([r.value, r.status]).toEqual([null, 'missing']);
	});
	it('weighted mean: weights by population', () => {
		// (200·100 + 400·300) / 400 = 350
		const r = carried([ob('A', 200), ob('B', 400)], MEAN, new Map([['A', 100], ['B', 300]]));
		expect([r.value, r.status]).toEqual([350, 'ok']);
	});
	it('medians: a population-weighted mean flagged approximate', () => {
		const r = carried([ob('A', 200), ob('B', 400)], MEDIAN, new Map([['A', 100], ['B', 300]]));
		expect([r.value, r.status]).toEqual([350, 'approximate']);
	});
	it('medians: one whole area passes through unflagged', () => {
		const one = crosswalk('nested', [['A', [['R', 1]]]]);
		expect(aggregateObservations([ob('A', 200)], MEDIAN, one, new Map([['A', 100]])).observations[0]).toMatchObject({ value: 200, status: 'ok' });
	});
	it("one whole area passes through as its own figure, never a weighted mean of one (412.7 · w / w)", () => {
		const one = crosswalk('nested', [['A', [['R', 1]]]]);
		const weight = new Map([['A', 13]]);
		// (412.7 · 13) / 13 is 412.69999999999993 in floating point.
		expect((412.7 * 13) / 13).not.toBe(412.7);
		for (const ind of [MEDIAN, MEAN]) expect(aggregateObservations([ob('A', 412.7)], ind, one, weight).observations[0]!.value).toBe(412.7);
	});
	it('a ratio of estimated counts: flagged approximate over several areas, one whole area passes through as it was', () => {
		const estimated = indicator({ kind: 'ratio', scale: 100, approximate: true });
		expect(carried([ob('A', 10, 10, 100, 'derived'), ob('B', 60, 30, 50, 'derived')], estimated)).toMatchObject({ value: 40 / 1.5, status: 'approximate' });
		const one = crosswalk('nested', [['A', [['R', 1]]]]);
		expect(aggregateObservations([ob('A', 10, 10, 100, 'derived')], estimated, one).observations[0]).toMatchObject({ value: 10, status: 'derived' });
	});
	it('a ratio whose counts are estimated in one year: approximate over several areas that year only', () => {
		const rental = indicator({ kind: 'ratio', scale: 100, estimatedYears: [2020] });
		const rows = (year: number) => [ob('A', 10, 10, 100, 'derived', year), ob('B', 60, 30, 50, 'derived', year)];
		const { observations } = aggregateObservations([...rows(2020), ...rows(2021)], rental, NESTED);
		expect(observations.map((o) => [o.year, o.status])).toEqual([
			[2020, 'approximate'],
			[2021, 'derived']
		]);
	});
	it('takes the worst input status: derived inputs give a derived result', () => {
		expect(carried([ob('A', 10, 10, 100, 'derived'), ob('B', 60, 30, 50)], RATIO).status).toBe('derived');
		expect(carried([ob('A', 10, 10, 100, 'derived'), ob('B', 60, 30, 50, 'approximate')], RATIO).status).toBe('approximate');
	});
	it('all inputs missing: value null and status missing', () => {
		const r = carried([ob('A', null), ob('B', null)], RATIO);
		expect([r.value, r.status, r.numerator]).toEqual([null, 'missing', null]);
	});
	it('a ratio input without numerator and denominator counts as missing', () => {
		expect(carried([ob('A', 10, 10, 100), ob('B', 60)], RATIO)).toMatchObject({ value: 10, status: 'approximate' });
	});
});

describe('aggregateObservations', () => {
	it('nested: sums per coarse area and year, exact status', () => {
		const { observations } = aggregateObservations([ob('A', 100), ob('B', 50), ob('A', 7, null, null, 'ok', 2021), ob('B', 3, null, null, 'ok', 2021)], SUM, NESTED);
		expect(observations.map((o) => [o.level, o.code, o.year, o.value, o.status])).toEqual([
			['regso', 'R', 2020, 150, 'ok'],
			['regso', 'R', 2021, 10, 'ok']
		]);
	});
	it('area_weighted: splits counts by link share and flags the result approximate', () => {
		const cw = crosswalk('area_weighted', [
			['A', [['R', 0.25], ['S', 0.75]]],
			['B', [['S', 1]]]
		]);
		const { observations } = aggregateObservations([ob('A', 10, 10, 100), ob('B', 50, 50, 100)], RATIO, cw);
		const s = observations.find((o) => o.code === 'S')!;
		// S gets 0.75 of A (7.5/75) and all of B (50/100): 57.5/175 = 32.857 %
		expect([s.numerator, s.denominator, s.status]).toEqual([57.5, 175, 'approximate']);
		expect(s.value).toBeCloseTo(32.857, 3);
		expect(observations.find((o) => o.code === 'R')).toMatchObject({ value: 10, numerator: 2.5, denominator: 25 });
	});
	it('a fine area in the crosswalk without a row counts as missing', () => {
		const { observations } = aggregateObservations([ob('A', 10, 10, 100)], RATIO, NESTED);
		expect(observations[0]).toMatchObject({ value: 10, status: 'approximate' });
	});
	it('weights by a per-year lookup', () => {
		const weights = (code: string, year: number) => (code === 'A' ? 100 : 300) * (year === 2020 ? 1 : 2);
		const { observations } = aggregateObservations([ob('A', 200), ob('B', 400)], MEAN, NESTED, weights);
		expect(observations[0]).toMatchObject({ value: 350 });
		const later = aggregateObservations([ob('A', 200, null, null, 'ok', 2021), ob('B', 400, null, null, 'ok', 2021)], MEAN, NESTED, (c, y) => (y === 2021 ? (c === 'A' ? 300 : 100) : null));
		// (200·300 + 400·100) / 400 = 250: the 2021 weights, not 2020's
		expect(later.observations[0]).toMatchObject({ value: 250 });
	});
	it('reports codes the crosswalk does not know and rejects a wrong level', () => {
		expect(aggregateObservations([ob('A', 1), ob('B', 1), ob('Z', 1)], SUM, NESTED).unlinkedCodes).toEqual(['Z']);
		expect(() => aggregateObservations([{ ...ob('A', 1), level: 'regso' }], SUM, NESTED)).toThrow(/level regso/);
	});
	it('writes plain observations, without bookkeeping', () => {
		const [a] = aggregateObservations([ob('A', 1), ob('B', 2)], SUM, NESTED).observations;
		expect(Object.keys(a!).sort()).toEqual(['code', 'denominator', 'indicator', 'level', 'numerator', 'status', 'value', 'year']);
	});
});

describe('aggregateObservations: coverage by the fine areas population', () => {
	const POP = new Map([['A', 300], ['B', 100]]);
	const withPop = (rows: Observation[], ind: Indicator) => aggregateObservations(rows, ind, NESTED, undefined, POP).observations[0]!;

	it('records the share of the population in fine areas with a value, the value unchanged', () => {
		const r = withPop([ob('A', 50, 150, 300), ob('B', null)], RATIO);
		expect(r.value).toBe(50);
		expect(r.status).toBe('approximate');
		expect(r.coverage).toBeCloseTo(0.75, 12);
	});

	it('a fine area without any row is still missing: a sum stays withheld, a share still approximate', () => {
		expect(withPop([ob('A', 300)], SUM).value).toBeNull();
		const r = withPop([ob('A', 50, 150, 300)], RATIO);
		expect(r.status).toBe('approximate');
		expect(r.coverage).toBeCloseTo(0.75, 12);
	});

	it('a carried input counts only its covered part, so coverage holds through a chain', () => {
		const r = withPop([{ ...ob('A', 50, 150, 300, 'approximate'), coverage: 0.5 }, ob('B', 20, 20, 100)], RATIO);
		expect(r.coverage).toBeCloseTo((150 + 100) / 400, 12);
	});

	it('records none when every fine area has a value, or when a fine area has no population', () => {
		expect(withPop([ob('A', 50, 150, 300), ob('B', 20, 20, 100)], RATIO)).not.toHaveProperty('coverage');
		const partial = aggregateObservations([ob('A', 50, 150, 300), ob('B', null)], RATIO, NESTED, undefined, new Map([['A', 300]])).observations[0]!;
		expect(partial).not.toHaveProperty('coverage');
	});
});
