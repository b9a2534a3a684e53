import { describe, expect, it } from 'vitest';
import { factFlags, uncoveredShare } from './factNotes';

// SYNTHETIC cells.
const cell = (over: Partial<Parameters<typeof factFlags>[0]>) => ({ approximate: false, derived: false, nMissing: 0, populationCovered: 1000, populationTotal: 1000, ...over });

describe('factFlags', () => {
	it('says how much of the population has no data, from areas without a value', () => {
		expect(factFlags(cell({ nMissing: 1, populationCovered: 750 }), 'sv')).toBe('uppgift saknas för 25,0\u00a0% av befolkningen');
	});

	it('says so too where every area has a value but a carried one covers only part of its people', () => {
		// An area of 3 338 whose value rests on 1 893 of them, beside one of 2 000 fully covered.
		const c = cell({ approximate: true, populationCovered: 1893 + 2000, populationTotal: 3338 + 2000 });
		expect(uncoveredShare(c)).toBeCloseTo((100 * 1445) / 5338, 9);
		expect(factFlags(c, 'sv')).toBe('ungefärligt; uppgift saknas för 27,1\u00a0% av befolkningen');
	});

	it('counts areas where the population is unknown, and says nothing where all is covered', () => {
		expect(factFlags(cell({ nMissing: 2, populationCovered: null, populationTotal: null }), 'sv')).toBe('2 områden saknar uppgift');
		expect(factFlags(cell({}), 'sv')).toBe('');
	});
});
