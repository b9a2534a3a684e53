import { describe, expect, it } from 'vitest';
import { sharePercent, targeting, targetingSentence } from './targeting.ts';

// SYNTHETIC areas: rates a 10 % (10/100), b 30 % (90/300), c no counts, d 40 % (20/50), e 30 % (15/50).
// City: 135 people with the need among 500 → 27 %.
const rows = [
	{ code: 'a', numerator: 10, denominator: 100 },
	{ code: 'b', numerator: 90, denominator: 300 },
	{ code: 'c', numerator: null, denominator: null },
	{ code: 'd', numerator: 20, denominator: 50 },
	{ code: 'e', numerator: 15, denominator: 50 }
];

describe('targeting', () => {
	const t = targeting(rows, [
		{ key: 'g1', codes: ['a', 'b', 'c'] },
		{ key: 'g2', codes: ['d', 'e'] }
	]);

	it('shares of need and population are over the city total of areas with counts', () => {
		expect(t.cityRate).toBeCloseTo(0.27, 12);
		const [g1, g2] = t.groups;
		expect(g1).toMatchObject({ need: 100, population: 400, nAreas: 3, nMissing: 1 });
		expect(g1!.needShare).toBeCloseTo(100 / 135, 12);
		expect(g1!.populationShare).toBeCloseTo(0.8, 12);
		expect(g1!.ratio).toBeCloseTo(100 / 135 / 0.8, 12);
		// complement shares add up
		expect(g1!.needShare! + g2!.needShare!).toBeCloseTo(1, 12);
		expect(g2!.ratio).toBeCloseTo(35 / 135 / 0.2, 12);
	});

	it('names the high-need areas left out and the low-need areas included', () => {
		const [g1, g2] = t.groups;
		// above 27 %: d (40 %), b (30 %), e (30 %) — sorted highest first
		expect(g1!.nHighNeed).toBe(3);
		expect(g1!.highNeedLeftOut).toEqual(['d', 'e']);
		expect(g1!.lowNeedIncluded).toEqual(['a']);
		expect(g2!.highNeedLeftOut).toEqual(['b']);
		expect(g2!.lowNeedIncluded).toEqual([]);
	});
});

describe('targetingSentence', () => {
	const g = targeting(rows, [{ key: 'g1', codes: ['a', 'b'] }]).groups[0]!;
	const parts = { grouping: 'Stadsdelslyftet', indicatorId: 'lag_ekonomisk_standard_andel', indicatorName: 'Låg ekonomisk standard', year: 2024, approximate: false };

	it('says it in Swedish with the indicator phrase and whole percents', () => {
		// 100/135 = 74.07 % of the need, 400/500 = 80 % of the population
		expect(targetingSentence(g, parts, 'sv')).toBe(
			'Stadsdelslyftet omfattar 74\u00a0% av stadens invånare med låg ekonomisk standard och 80\u00a0% av stadens befolkning (2024).'
		);
	});

	it('says it in English, with "about" when the counts are approximate', () => {
		expect(targetingSentence(g, { ...parts, approximate: true }, 'en')).toBe(
			"Stadsdelslyftet covers about 74% of the city's residents with low economic standard while holding about 80% of its population (2024)."
		);
	});

	it('falls back to a generic sentence naming the indicator', () => {
		expect(targetingSentence(g, { ...parts, indicatorId: 'other', indicatorName: 'Något' }, 'sv')).toBe(
			'Stadsdelslyftet har 74\u00a0% av stadens antal bakom indikatorn Något och 80\u00a0% av stadens befolkning (2024).'
		);
	});

	it('keeps a decimal below 10 % so a small share is not read as nothing', () => {
		expect(sharePercent(0.042, 'en')).toBe('4.2%');
		expect(sharePercent(0.42, 'en')).toBe('42%');
	});

	it('gives no sentence when the shares are unknown', () => {
		const none = targeting([], [{ key: 'x', codes: ['a'] }]).groups[0]!;
		expect(targetingSentence(none, parts, 'sv')).toBeNull();
	});
});
