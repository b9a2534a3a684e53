import { describe, expect, it } from 'vitest';
import { groupingValue } from './groupingValue.ts';

// SYNTHETIC rows: 10/100 and 90/300, one missing.
const rows = [
	{ code: 'a', value: 10, numerator: 10, denominator: 100 },
	{ code: 'b', value: 30, numerator: 90, denominator: 300 },
	{ code: 'c', value: null, numerator: null, denominator: null }
];

describe('groupingValue', () => {
	it('is the ratio of summed counts (25 %), not the mean of shares (20 %)', () => {
		const r = groupingValue({ aggregation: { kind: 'ratio', scale: 100 } }, rows, new Set(['a', 'b', 'c']));
		expect(r.value).toBeCloseTo(25);
		expect(r.nMissing).toBe(1);
	});
	it('gives no sum when an area is missing, rather than an undercount', () => {
		expect(groupingValue({ aggregation: { kind: 'sum' } }, rows, new Set(['a', 'c'])).value).toBeNull();
		expect(groupingValue({ aggregation: { kind: 'sum' } }, rows, new Set(['a', 'b'])).value).toBe(40);
	});
	it('does not pretend to average medians', () => {
		const r = groupingValue({ aggregation: { kind: 'not_aggregable', weight: 'pop' } }, rows, new Set(['a', 'b']));
		expect(r.value).toBeNull();
		expect(r.approximate).toBe(true);
	});
});
