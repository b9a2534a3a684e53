import { describe, expect, it } from 'vitest';
import { classBreaks, classOf } from './classBreaks.ts';
import { fillFor, NO_DATA_FILL, sequentialColours, divergingColours } from './colour.ts';

describe('classBreaks', () => {
	it('splits into quantile classes ignoring missing values', () => {
		const t = classBreaks([1, 2, 3, 4, null, 5, 6, 7, 8], 4, 'quantile');
		expect(t).toEqual([2.75, 4.5, 6.25]);
	});
	it('finds natural breaks between clusters', () => {
		expect(classBreaks([1, 2, 3, 20, 21, 22, 50, 51], 3, 'jenks')).toEqual([20, 50]);
	});
	it('never makes more classes than distinct values', () => {
		expect(classBreaks([5, 5, 5, 7], 5, 'quantile')).toEqual([7]);
		expect(classBreaks([5, null], 5, 'jenks')).toEqual([]);
	});
	it('puts a value in its class and a missing value in none', () => {
		expect(classOf(1, [2, 4])).toBe(0);
		expect(classOf(2, [2, 4])).toBe(1);
		expect(classOf(9, [2, 4])).toBe(2);
		expect(classOf(null, [2, 4])).toBeNull();
		expect(classOf(Number.NaN, [2, 4])).toBeNull();
	});
});

describe('colour assignment', () => {
	it('gives missing values the no-data hatch, never the lightest class colour', () => {
		const colours = sequentialColours(3, 'higher_worse');
		expect(fillFor(null, [2, 4], colours)).toBe(NO_DATA_FILL);
		expect(fillFor(0, [2, 4], colours)).toBe(colours[0]);
		expect(new Set(colours).size).toBe(3);
	});
	it('uses distinct colours per class for every class count', () => {
		for (let n = 2; n <= 7; n++) {
			expect(new Set(sequentialColours(n, 'higher_better')).size).toBe(n);
			expect(new Set(divergingColours(n)).size).toBe(n);
		}
	});
});
