import { describe, expect, it } from 'vitest';
import { coverageFlag, factFlags, factNote, rowFlags, uncoveredShare } from './factNotes';

// SYNTHETIC cells.
const cell = (over: Partial<Parameters<typeof factFlags>[0]>) => ({ approximate: false, derived: false, nMissing: 0, populationCovered: 1000, populationTotal: 1000, ...over });

describe('factFlags', () => {
	it('says how much of the population has no data, from areas without a value', () => {
		expect(factFlags(cell({ nMissing: 1, populationCovered: 750 }), 'sv')).toBe('uppgift saknas för 25\u00a0% av befolkningen');
	});

	it('says so too where every area has a value but a carried one covers only part of its people', () => {
		// An area of 3 338 whose value rests on 1 893 of them, beside one of 2 000 fully covered.
		const c = cell({ approximate: true, populationCovered: 1893 + 2000, populationTotal: 3338 + 2000 });
		expect(uncoveredShare(c)).toBeCloseTo((100 * 1445) / 5338, 9);
		expect(factFlags(c, 'sv')).toBe('ungefärligt; uppgift saknas för 27\u00a0% av befolkningen');
	});

	it('writes the share as an area page writes its coverage: whole percent, with decimals only where it would read 0 %', () => {
		// The complement of a city value resting on 98,1484 % (area page: "98 %") reads 2 %, not 1,9 %.
		expect(factFlags(cell({ populationCovered: 981484, populationTotal: 1e6 }), 'sv')).toBe('uppgift saknas för 2\u00a0% av befolkningen');
		// 400 of a million without data: not "0,0 %".
		expect(factFlags(cell({ populationCovered: 999600, populationTotal: 1e6 }), 'sv')).toBe('uppgift saknas för 0,04\u00a0% av befolkningen');
		expect(factFlags(cell({ nMissing: 1, populationCovered: 750 }), 'en')).toBe('no data for 25% of the population');
	});

	it('counts areas where the population is unknown, and says nothing where all is covered', () => {
		expect(factFlags(cell({ nMissing: 2, populationCovered: null, populationTotal: null }), 'sv')).toBe('2 områden saknar uppgift');
		expect(factFlags(cell({}), 'sv')).toBe('');
	});

	it('says "1 area", not "1 areas", in both languages', () => {
		const one = cell({ nMissing: 1, populationCovered: null, populationTotal: null });
		expect(factFlags(one, 'sv')).toBe('1 område saknar uppgift');
		expect(factFlags(one, 'en')).toBe('1 area has no data');
		expect(factFlags(cell({ nMissing: 2, populationCovered: null, populationTotal: null }), 'en')).toBe('2 areas have no data');
	});
});

describe('coverageFlag', () => {
	it('is the coverage part of the notes alone, for a chart point that shows approximate in its own way', () => {
		const c = cell({ approximate: true, derived: true, nMissing: 2, populationCovered: 530, populationTotal: 1000 });
		expect(coverageFlag(c, 'sv')).toBe('uppgift saknas för 47\u00a0% av befolkningen');
		expect(factFlags(c, 'sv')).toBe(`ungefärligt; beräknat från avrundade andelar; ${coverageFlag(c, 'sv')}`);
		expect(coverageFlag(cell({ approximate: true }), 'sv')).toBe('');
	});
});

describe('factNote', () => {
	it('puts the flags in brackets to follow a figure, and is empty where there is nothing to say', () => {
		const c = cell({ approximate: true, nMissing: 4, populationCovered: 780, populationTotal: 1000 });
		expect(factNote(c, 'sv')).toBe('(ungefärligt; uppgift saknas för 22\u00a0% av befolkningen)');
		expect(factNote(cell({ derived: true }), 'en')).toBe('(derived from rounded shares)');
		expect(factNote(cell({}), 'sv')).toBe('');
	});
});

describe('rowFlags', () => {
	const others = (rest: ReturnType<typeof cell> | null, city: ReturnType<typeof cell>) => [
		{ label: 'Övriga staden', cell: rest },
		{ label: 'Hela staden', cell: city }
	];
	it("reads as the grouping's flags where the other columns say nothing more, and nothing where none is flagged", () => {
		const a = cell({ approximate: true });
		expect(rowFlags(a, others(a, a), 'sv')).toBe('ungefärligt');
		expect(rowFlags(cell({}), others(null, cell({})), 'sv')).toBe('');
		// The rest shares the grouping's cut boundary: said once, by the grouping.
		const split = cell({ approximate: true, split: ['0180R001'] });
		expect(rowFlags(split, others(split, cell({})), 'sv')).toBe(factFlags(split, 'sv'));
	});
	it("names each other column that says more, so the city's estimate is not left unmarked", () => {
		const g = cell({ approximate: true, nMissing: 4, populationCovered: 620, populationTotal: 1000 });
		const rest = cell({ approximate: true, nMissing: 1, populationCovered: 890, populationTotal: 1000 });
		const city = cell({ approximate: true, nMissing: 5, populationCovered: 770, populationTotal: 1000 });
		expect(rowFlags(g, others(rest, city), 'sv')).toBe(
			'ungefärligt; uppgift saknas för 38\u00a0% av befolkningen. Övriga staden: ungefärligt; uppgift saknas för 11\u00a0% av befolkningen. Hela staden: ungefärligt; uppgift saknas för 23\u00a0% av befolkningen'
		);
		expect(rowFlags(cell({}), others(null, city), 'sv')).toBe('Hela staden: ungefärligt; uppgift saknas för 23\u00a0% av befolkningen');
	});
});
