import { describe, expect, it } from 'vitest';
import { interval, isLowN } from './reliability';

describe('interval', () => {
	it('is value ± margin of error when given', () => {
		expect(interval({ value: 40, moe: 3.5, n: 10 }, 'percent')).toEqual([36.5, 43.5]);
		expect(interval({ value: 12, moe: 2 }, 'count')).toEqual([10, 14]);
	});
	it('is a 95 % interval for a share from n alone', () => {
		// p = 0.5, n = 100: 1.96 · √(0.25/100) = 0.098 → 40.2 – 59.8
		const [lo, hi] = interval({ value: 50, n: 100 }, 'percent')!;
		expect(lo).toBeCloseTo(40.2, 10);
		expect(hi).toBeCloseTo(59.8, 10);
		expect(interval({ value: 2, n: 5 }, 'percent')![0]).toBe(0);
	});
	it('is absent without a value, or for a non-share with only n', () => {
		expect(interval({ value: null, moe: 2 }, 'percent')).toBeNull();
		expect(interval({ value: 12, n: 40 }, 'count')).toBeNull();
	});
});

describe('isLowN', () => {
	it('only when n is given and below the threshold', () => {
		expect(isLowN({ value: 1, n: 29 }, 30)).toBe(true);
		expect(isLowN({ value: 1, n: 30 }, 30)).toBe(false);
		expect(isLowN({ value: 1, n: null }, 30)).toBe(false);
	});
});
