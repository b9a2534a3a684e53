import { describe, expect, it } from 'vitest';
import { concentrationCurve, needAtPopulationShare } from './concentrationCurve.ts';

// SYNTHETIC areas: rates 40 % (20/50), 30 % (15/50), 30 % (90/300), 10 % (10/100); one without counts.
const rows = [
	{ code: 'a', numerator: 10, denominator: 100 },
	{ code: 'b', numerator: 90, denominator: 300 },
	{ code: 'c', numerator: null, denominator: null },
	{ code: 'd', numerator: 20, denominator: 50 },
	{ code: 'e', numerator: 15, denominator: 50 }
];

describe('concentrationCurve', () => {
	const c = concentrationCurve(rows);

	it('sorts areas from the highest need rate down (ties by code) and leaves out areas without counts', () => {
		expect(c.points.map((p) => p.code)).toEqual(['d', 'b', 'e', 'a']);
		expect(c.missing).toEqual(['c']);
		expect(c.totalNeed).toBe(135);
		expect(c.totalPopulation).toBe(500);
	});

	it('accumulates population on x and need on y, ending at (1, 1)', () => {
		// d: 50/500 = 0.1, 20/135; b: 350/500 = 0.7, 110/135; e: 0.8, 125/135; a: 1, 1
		expect(c.points.map((p) => [p.x, p.y])).toEqual([
			[0.1, 20 / 135],
			[0.7, 110 / 135],
			[0.8, 125 / 135],
			[1, 1]
		]);
		expect(c.points[1]).toMatchObject({ x0: 0.1, y0: 20 / 135 });
	});

	it('gives the concentration index as 2·AUC − 1 (trapezoids by hand)', () => {
		const auc =
			(0.1 * (20 / 135)) / 2 +
			(0.6 * (20 / 135 + 110 / 135)) / 2 +
			(0.1 * (110 / 135 + 125 / 135)) / 2 +
			(0.2 * (125 / 135 + 1)) / 2;
		expect(c.concentrationIndex).toBeCloseTo(2 * auc - 1, 12);
		expect(c.concentrationIndex!).toBeGreaterThan(0);
	});

	it('is the diagonal (index 0) when every area has the same rate', () => {
		const even = concentrationCurve([
			{ code: 'x', numerator: 1, denominator: 10 },
			{ code: 'y', numerator: 3, denominator: 30 }
		]);
		expect(even.concentrationIndex).toBeCloseTo(0, 12);
	});

	it('interpolates the need held by a share of the population', () => {
		expect(needAtPopulationShare(c, 0.1)).toBeCloseTo(20 / 135, 12);
		// halfway through b's segment: 20/135 + 0.5 · 90/135
		expect(needAtPopulationShare(c, 0.4)).toBeCloseTo((20 + 45) / 135, 12);
	});

	it('has no curve (not a flat one) when there is no need or no data', () => {
		expect(concentrationCurve([{ code: 'a', numerator: 0, denominator: 10 }]).points).toEqual([]);
		expect(concentrationCurve([]).concentrationIndex).toBeNull();
	});
});
