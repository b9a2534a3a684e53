import { describe, expect, it } from 'vitest';
import { pearson, strength } from './correlation.ts';

describe('pearson', () => {
	it('matches a hand computation and skips areas missing either value', () => {
		// x = 1,2,3,4; y = 2,4,5,9: mx 2.5, my 5; Σdxdy = 1.5·3 + 0.5·1 + 0 + 1.5·4 = 11; Σdx² = 5; Σdy² = 9+1+0+16 = 26
		// r = 11 / √(5·26) = 11 / 11.4018 = 0.96476
		const c = pearson([
			{ x: 1, y: 2 },
			{ x: 2, y: 4 },
			{ x: null, y: 7 },
			{ x: 3, y: 5 },
			{ x: 8, y: null },
			{ x: 4, y: 9 }
		]);
		expect(c.n).toBe(4);
		expect(c.r).toBeCloseTo(0.96476, 4);
	});

	it('is −1 for a perfect negative line', () => {
		expect(pearson([{ x: 0, y: 10 }, { x: 1, y: 8 }, { x: 2, y: 6 }]).r).toBeCloseTo(-1, 12);
	});

	it('states no r below three pairs or without variation, but still gives n', () => {
		expect(pearson([{ x: 1, y: 2 }, { x: 2, y: 3 }])).toEqual({ r: null, n: 2 });
		expect(pearson([{ x: 1, y: 2 }, { x: 1, y: 3 }, { x: 1, y: 4 }])).toEqual({ r: null, n: 3 });
	});

	it('words the strength', () => {
		expect([0.05, -0.2, 0.4, -0.8].map(strength)).toEqual(['none', 'weak', 'moderate', 'strong']);
	});
});
