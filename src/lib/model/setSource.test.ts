import { describe, expect, it } from 'vitest';
import type { IndicatorFileRow, Level } from '../types/dataset.ts';
import { lookupFromFiles, type AggregateSpec } from './aggregate.ts';
import { aggregateSetsPure, setSource, UNKNOWN_PART, type AreaParts, type NestingContext } from './setSource.ts';

// SYNTHETIC: three RegSO (ra, rb, rc) carried whole to three stadsdelar by primary parent. rb's primary parent is x,
// but a real part of its land lies in y, which has no RegSO of its own (like Farstanäset): y has no row at all.
const parts: AreaParts = { regso: { stadsdel: { ra: ['x'], rb: ['x', 'y'], rc: ['z'] } } };
const rows: IndicatorFileRow[] = [
	// population: RegSO, and carried to stadsdel (x = ra + rb), each flagged approximate by the carry
	['regso', 'ra', 2023, 100, null, null, 'ok'],
	['regso', 'rb', 2023, 300, null, null, 'ok'],
	['regso', 'rc', 2023, 600, null, null, 'ok'],
	['stadsdel', 'x', 2023, 400, null, null, 'approximate'],
	['stadsdel', 'z', 2023, 600, null, null, 'approximate']
];
const share: IndicatorFileRow[] = [
	['regso', 'ra', 2023, 10, 10, 100, 'ok'],
	['regso', 'rb', 2023, 30, 90, 300, 'ok'],
	['regso', 'rc', 2023, 50, 300, 600, 'ok'],
	['stadsdel', 'x', 2023, 25, 100, 400, 'approximate'],
	['stadsdel', 'z', 2023, 50, 300, 600, 'approximate']
];
const median: IndicatorFileRow[] = [
	['regso', 'ra', 2023, 200, null, null, 'ok'],
	['regso', 'rb', 2023, 300, null, null, 'ok'],
	['regso', 'rc', 2023, 400, null, null, 'ok'],
	['stadsdel', 'x', 2023, 275, null, null, 'approximate'],
	['stadsdel', 'z', 2023, 400, null, null, 'approximate']
];
const files: Record<string, IndicatorFileRow[]> = { pop: rows, share, median };
const carried = { stadsdel: 'regso' } as const;
const both: Level[] = ['regso', 'stadsdel'];
const ctx: NestingContext = {
	parts,
	populationByLevel: { regso: 'pop', stadsdel: 'pop' },
	indicators: [
		{ id: 'pop', unit: 'persons', aggregation: { kind: 'sum' }, years: [2023], levels: both, carriedFrom: carried },
		{ id: 'share', unit: 'percent', aggregation: { kind: 'ratio', scale: 100 }, years: [2023], levels: both, carriedFrom: carried },
		{ id: 'median', unit: 'sek_thousand', aggregation: { kind: 'not_aggregable', weight: 'pop' }, years: [2023], levels: both, carriedFrom: carried }
	]
};
const spec = (id: string): AggregateSpec => {
	const aggregation = ctx.indicators.find((i) => i.id === id)!.aggregation;
	const weighted = aggregation.kind === 'not_aggregable';
	return { indicator: id, year: 2023, aggregation, weight: weighted ? { indicator: 'pop', year: 2023 } : null, population: { indicator: 'pop', year: 2023 } };
};
const lookupAt = (level: Level) => lookupFromFiles(level, (id) => files[id] ?? []);
const cell = (id: string, codes: string[], c: NestingContext = ctx) => aggregateSetsPure(lookupAt, c, 'stadsdel', [spec(id)], [{ key: 'g', codes }])[0]![0]!;

describe('setSource', () => {
	it('a set holding every part of its RegSO is their exact union; one cutting a RegSO names it', () => {
		expect(setSource(parts, 'regso', 'stadsdel', ['x', 'y'])).toEqual({ kind: 'nested', level: 'regso', codes: ['ra', 'rb'] });
		expect(setSource(parts, 'regso', 'stadsdel', ['x'])).toEqual({ kind: 'split', level: 'regso', codes: ['ra', 'rb'], split: ['rb'] });
		// rb's primary parent is x: a set of y alone holds no RegSO's primary parent.
		expect(setSource(parts, 'regso', 'stadsdel', ['y'])).toEqual({ kind: 'split', level: 'regso', codes: [], split: ['rb'] });
		expect(setSource(parts, 'regso', 'stadsdel', ['z'])).toEqual({ kind: 'nested', level: 'regso', codes: ['rc'] });
	});

	it('rows not carried, or without a parts table, are aggregated at their own level', () => {
		expect(setSource(parts, undefined, 'stadsdel', ['x'])).toEqual({ kind: 'level' });
		expect(setSource(parts, 'deso', 'stadsdel', ['x'])).toEqual({ kind: 'level' });
	});

	it('land the tables could not place is never taken as inside the set', () => {
		const unknown: AreaParts = { regso: { stadsdel: { ra: ['x', UNKNOWN_PART] } } };
		expect(setSource(unknown, 'regso', 'stadsdel', ['x'])).toEqual({ kind: 'split', level: 'regso', codes: ['ra'], split: ['ra'] });
	});
});

describe('aggregateSetsPure', () => {
	it('a nesting set is computed from the RegSO counts and is exact, y counted in full through rb', () => {
		// (10 + 90) / (100 + 300) = 25 %; population 100 + 300, nothing missing although y has no row.
		expect(cell('share', ['x', 'y'])).toMatchObject({ value: 25, numerator: 100, denominator: 400, approximate: false, nMissing: 0 });
		// Coverage reads in the stadsdelar asked for: two, none missing, 400 people.
		expect(cell('share', ['x', 'y'])).toMatchObject({ nAreas: 2, populationCovered: 400, populationTotal: 400 });
		expect(cell('pop', ['x', 'y'])).toMatchObject({ value: 400, approximate: false, nMissing: 0 });
	});

	it('the rest of the city and the whole city nest too', () => {
		expect(cell('share', ['z'])).toMatchObject({ value: 50, approximate: false });
		// (10 + 90 + 300) / 1000
		expect(cell('share', ['x', 'y', 'z'])).toMatchObject({ value: 40, approximate: false });
	});

	it('a set cutting a RegSO keeps the carried rows, flagged approximate with the RegSO named', () => {
		const c = cell('share', ['x']);
		expect(c).toMatchObject({ value: 25, approximate: true, split: ['rb'] });
	});

	it('a mean of medians stays approximate even over an exact union', () => {
		// (200 × 100 + 300 × 300) / 400 = 275
		expect(cell('median', ['x', 'y'])).toMatchObject({ value: 275, approximate: true });
		expect(cell('median', ['x', 'y']).split).toBeUndefined();
		// Its range is that of the stadsdelar on the page (x alone has a row), not of the RegSO behind them.
		expect(cell('median', ['x', 'y'])).toMatchObject({ min: 275, max: 275 });
	});

	it('a RegSO without a usable row is missing, not hidden in a carried total', () => {
		files.share = share.map((r) => (r[0] === 'regso' && r[1] === 'rb' ? ['regso', 'rb', 2023, null, null, null, 'suppressed'] : r));
		try {
			expect(cell('share', ['x', 'y'])).toMatchObject({ value: 10, nMissing: 1, populationCovered: 100, populationTotal: 400 });
			// Also where the set cuts it: x's carried row (25 %) hides that rb has no data; x's RegSO say so.
			expect(cell('share', ['x'])).toMatchObject({ value: 10, approximate: true, split: ['rb'], nMissing: 1, populationCovered: 100, populationTotal: 400 });
		} finally {
			files.share = share;
		}
	});

	it('the population reported as covered names its own year: the fine level\'s where its coverage is the one shown', () => {
		// SYNTHETIC: the RegSO have a population of another year (2025) than the stadsdelar's (2023).
		const popFine: IndicatorFileRow[] = rows.filter((r) => r[0] === 'regso').map((r) => [r[0], r[1], 2025, r[3], null, null, 'ok']);
		const years: NestingContext = {
			...ctx,
			populationByLevel: { regso: 'popFine', stadsdel: 'pop' },
			indicators: [...ctx.indicators, { id: 'popFine', unit: 'persons', aggregation: { kind: 'sum' }, years: [2025], levels: ['regso'] }]
		};
		files.popFine = popFine;
		try {
			// Nothing missing: coverage reads in the stadsdelar, of their population's year.
			expect(cell('share', ['x', 'y'], years)).toMatchObject({ populationCovered: 400, populationYear: 2023 });
			files.share = share.map((r) => (r[0] === 'regso' && r[1] === 'rb' ? ['regso', 'rb', 2023, null, null, null, 'suppressed'] : r));
			// rb missing: coverage is the RegSO's, and so is its year.
			expect(cell('share', ['x', 'y'], years)).toMatchObject({ nMissing: 1, populationCovered: 100, populationYear: 2025 });
		} finally {
			files.share = share;
			delete files.popFine;
		}
	});

	it('an indicator carried from nowhere is the plain aggregate at the level', () => {
		const plain = { ...ctx, indicators: ctx.indicators.map(({ carriedFrom: _c, ...i }) => i) };
		expect(cell('share', ['x', 'y'], plain)).toMatchObject({ value: 25, approximate: true, nAreas: 2 });
	});
});
