import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, occupiedClasses } from './classBreaks.ts';
import { fillFor, MAX_SEQUENTIAL_CLASSES, NO_DATA_FILL, sequentialColours, divergingColours } from './colour.ts';

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
	it('leaves no quantile class empty', () => {
		// SYNTHETIC: the 3rd and 4th quintile limits (3.4 and 4) fall between the same two values, 3 and 4.
		const xs = [1, 2, 3, 4, 4, 5, 6];
		const t = classBreaks(xs, 5, 'quantile');
		expect(t).toHaveLength(3);
		expect(t[1]).toBe(4);
		for (let i = 0; i <= t.length; i++) expect(xs.some((x) => classOf(x, t) === i)).toBe(true);
	});
	it('keeps the pivot when it parts two occupied classes, and the indices of the classes kept', () => {
		expect(occupiedClasses([1, 9], [0, 2, 5, 8, 10], 5)).toEqual({ thresholds: [5], kept: [1, 4] });
		expect(occupiedClasses([1, 9], [0, 2, 5, 8, 10])).toEqual({ thresholds: [8], kept: [1, 4] });
		expect(occupiedClasses([null], [0, 2])).toEqual({ thresholds: [], kept: [] });
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
		for (let n = 2; n <= MAX_SEQUENTIAL_CLASSES; n++) expect(new Set(sequentialColours(n, 'higher_better')).size).toBe(n);
		for (let n = 2; n <= 7; n++) expect(new Set(divergingColours(n)).size).toBe(n);
	});
});
