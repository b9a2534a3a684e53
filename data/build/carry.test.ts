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

describe('carryUp: coverage', () => {
	// SYNTHETIC, shaped like DeSO 0180C6150: DeSO 2025 areas A1 (1 893 people) and A2 (1 445) make up DeSO 2018 area A,
	// which with B (2 000, its own DeSO 2025 area B1) lies in stadsdel S. A2 has no value of the share.
	const pop = { id: 'folkmangd_deso2025', aggregation: { kind: 'sum' } } as Indicator;
	const share = { id: 'share', aggregation: { kind: 'ratio', scale: 100 } } as Indicator;
	const p = (code: string, value: number): Observation => ({ indicator: pop.id, level: 'deso2025', code, year: 2024, value, numerator: null, denominator: null, status: 'ok' });
	const s = (code: string, num: number | null, den: number | null): Observation => ({
		indicator: 'share', level: 'deso2025', code, year: 2024, value: num === null || den === null ? null : (100 * num) / den, numerator: num, denominator: den, status: num === null ? 'missing' : 'ok'
	});
	const crosswalks = [
		cw('deso2025', 'deso', [['A1', 'A'], ['A2', 'A'], ['B1', 'B']]),
		{ ...cw('deso', 'stadsdel', [['A', 'S'], ['B', 'S']]), method: 'primary' as const }
	];
	// The population listed after the share: it is carried first all the same, since the coverage needs it.
	const carried = carryUp([share, pop], [s('A1', 757.2, 1893), s('A2', null, null), s('B1', 500, 2000), p('A1', 1893), p('A2', 1445), p('B1', 2000)], crosswalks, () => {}).observations;
	const at = (id: string, level: string, code: string) => carried.find((o) => o.indicator === id && o.level === level && o.code === code);

	it("records the share of the finer areas' population that had a value, and leaves the value as it was", () => {
		const a = at('share', 'deso', 'A')!;
		expect(a.value).toBe(40);
		expect(a.status).toBe('approximate');
		expect(a.coverage).toBeCloseTo(1893 / 3338, 12);
	});

	it('carries it through a chain: the covered part of a carried row counts, not its whole population', () => {
		expect(at('share', 'stadsdel', 'S')!.coverage).toBeCloseTo((1893 + 2000) / (3338 + 2000), 12);
	});

	it('records none where every finer area has a value, or where a value is missing altogether', () => {
		expect(at('share', 'deso', 'B')!).not.toHaveProperty('coverage');
		// The population itself: a sum with nothing missing, never given a coverage.
		expect(at(pop.id, 'deso', 'A')!).not.toHaveProperty('coverage');
	});

	it('records none where the finer level has no population (the share then cannot be measured)', () => {
		const noPop = carryUp([share], [s('A1', 757.2, 1893), s('A2', null, null)], crosswalks, () => {}).observations;
		const a = noPop.find((o) => o.level === 'deso' && o.code === 'A')!;
		expect(a.value).toBe(40);
		expect(a).not.toHaveProperty('coverage');
	});
});

describe('carryUp: areaWeighted', () => {
	// SYNTHETIC: valdistrikt counts split by land share to DeSO, then nested to RegSO; RegSO 2019 came from the source.
	const turnout = { id: 'turnout', aggregation: { kind: 'ratio', scale: 100 } } as Indicator;
	const weighted: Crosswalk = { from: 'valdistrikt2022', to: 'deso', method: 'area_weighted', links: new Map([['v', [{ code: 'D', share: 0.5 }, { code: 'E', share: 0.5 }]]]) };
	it('names every level and year whose counts rest on an area-weighted carry, through chains, and no other', () => {
		const { areaWeighted } = carryUp(
			[turnout],
			[o('valdistrikt2022', 'v', 2022, 8, 10), o('deso', 'D', 2019, 1, 2), o('deso', 'E', 2019, 1, 2)],
			[weighted, cw('deso', 'regso', [['D', 'R'], ['E', 'R']])],
			() => {}
		);
		expect(areaWeighted.get('turnout')).toEqual({ deso: [2022], regso: [2022] });
	});
});
