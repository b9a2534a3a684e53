import { describe, expect, it } from 'vitest';
import { carryUp } from './carry.ts';
import type { Indicator, Observation } from '../../src/lib/types/dataset.ts';
import type { Crosswalk } from '../types.ts';

// SYNTHETIC: two district vintages (2018, 2022) that both feed area X; the city total is given by the source.
const ind = { id: 'turnout', aggregation: { kind: 'ratio', scale: 100 } } as Indicator;
const o = (level: Observation['level'], code: string, year: number, num: number, den: number): Observation => ({
	indicator: 'turnout', level, code, year, value: (100 * num) / den, numerator: num, denominator: den, status: 'ok'
});
const cw = (from: Crosswalk['from'], to: Crosswalk['to'], links: [string, string][]): Crosswalk => ({
	from, to, method: 'nested', links: new Map(links.map(([f, t]) => [f, [{ code: t, share: 1 }]]))
});

describe('carryUp', () => {
	it('carries each vintage to the coarser level for its own years and keeps the source city figure', () => {
		const { observations } = carryUp(
			[ind],
			[o('valdistrikt2018', 'a', 2018, 8, 10), o('valdistrikt2018', 'b', 2018, 6, 10), o('valdistrikt2022', 'c', 2022, 9, 20), o('kommun', '0180', 2018, 99, 100)],
			[
				cw('valdistrikt2018', 'deso', [['a', 'X'], ['b', 'X']]),
				cw('valdistrikt2022', 'deso', [['c', 'X']]),
				cw('deso', 'kommun', [['X', '0180']])
			],
			() => {}
		);
		const at = (level: string, year: number) => observations.filter((r) => r.level === level && r.year === year);
		expect(at('deso', 2018).map((r) => r.value)).toEqual([70]);
		expect(at('deso', 2022).map((r) => r.value)).toEqual([45]);
		// 2018 city figure comes from the source (it includes votes not assigned to districts), 2022 from the areas.
		expect(at('kommun', 2018).map((r) => r.value)).toEqual([99]);
		expect(at('kommun', 2022).map((r) => r.value)).toEqual([45]);
	});
});

describe('carryUp: means need a weight', () => {
	// SYNTHETIC: a median with no weight indicator, given for two areas that make up X.
	const median = { id: 'median', aggregation: { kind: 'not_aggregable', weight: null } } as Indicator;
	const row = (code: string, value: number): Observation => ({
		indicator: 'median', level: 'regso', code, year: 2020, value, numerator: null, denominator: null, status: 'ok'
	});

	it('refuses to carry it rather than average it a second way', () => {
		expect(() => carryUp([median], [row('a', 10), row('b', 30)], [cw('regso', 'stadsdel', [['a', 'X'], ['b', 'X']])], () => {})).toThrow(
			'median: a not_aggregable carried from regso to stadsdel needs a weight indicator'
		);
	});

	it('leaves it alone where there is nothing to carry it to', () => {
		expect(carryUp([median], [row('a', 10)], [], () => {}).observations).toHaveLength(1);
	});
});

describe('carryUp: carriedFrom', () => {
	// SYNTHETIC: RegSO a and b go whole to stadsdel X by primary parent, and to the kommun nested.
	const pop = { id: 'pop', aggregation: { kind: 'sum' } } as Indicator;
	const row = (level: Observation['level'], code: string, year: number, value: number): Observation => ({
		indicator: 'pop', level, code, year, value, numerator: null, denominator: null, status: 'ok'
	});
	const primary = (from: Crosswalk['from'], to: Crosswalk['to'], links: [string, string][]): Crosswalk => ({ ...cw(from, to, links), method: 'primary' });

	it('names the level whose every year came whole by primary parent, and only that', () => {
		const { carriedFrom } = carryUp(
			[pop],
			[row('regso', 'a', 2022, 1), row('regso', 'b', 2022, 2), row('regso', 'a', 2023, 1), row('stadsdelsomrade', 'O', 2022, 3)],
			[primary('regso', 'stadsdel', [['a', 'X'], ['b', 'X']]), primary('regso', 'stadsdelsomrade', [['a', 'O'], ['b', 'O']]), cw('regso', 'kommun', [['a', 'K'], ['b', 'K']])],
			() => {}
		);
		// stadsdelsområde 2022 comes from the source itself, so that level is not wholly carried; kommun is nested.
		expect(carriedFrom.get('pop')).toEqual({ stadsdel: 'regso' });
	});
});
