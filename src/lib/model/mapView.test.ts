import { describe, expect, it } from 'vitest';
import { divergingClasses, mapView } from './mapView.ts';
import { classLabel, legendClasses } from './legendClasses.ts';
import { NO_DATA_FILL } from './colour.ts';

// SYNTHETIC areas and values.
const shapes = ['a', 'b', 'c', 'd'].map((code) => ({ code, name: code.toUpperCase() }));
const values = [
	{ code: 'a', value: 10 },
	{ code: 'b', value: 30 },
	{ code: 'c', value: 30 },
	{ code: 'd', value: null }
];

describe('mapView', () => {
	const v = mapView({ classification: 'quantile', direction: 'higher_worse' }, shapes, values, { compare: false, city: null });

	it('ranks from the highest value with ties sharing a rank, and leaves missing areas unranked', () => {
		expect(v.areas.map((a) => [a.code, a.rank])).toEqual([
			['a', 3],
			['b', 1],
			['c', 1],
			['d', null]
		]);
		expect(v.ranked).toBe(3);
	});

	it('shows a missing area as no data and counts it', () => {
		expect(v.fills.d).toBe(NO_DATA_FILL);
		expect(v.missing).toBe(1);
		expect(v.highest?.name).toBe('B');
		expect(v.lowest?.name).toBe('A');
	});

	it('treats an area absent from the data as missing, not as zero', () => {
		const w = mapView({ classification: 'jenks', direction: 'neutral' }, [...shapes, { code: 'e', name: 'E' }], values, { compare: false, city: null });
		expect(w.fills.e).toBe(NO_DATA_FILL);
		expect(w.missing).toBe(2);
	});
});

describe('divergingClasses', () => {
	it('is symmetric around the city value', () => {
		const { thresholds: t } = divergingClasses([0, 5, 10, 15, 20, 25, 30], 15);
		expect(t).toHaveLength(5);
		expect(t[2]).toBe(15);
		expect(t[0]! + t[4]!).toBeCloseTo(30);
		expect(t[1]! + t[3]!).toBeCloseTo(30);
	});
});

describe('a diverging map of few areas', () => {
	// SYNTHETIC: three areas, the city value between them (as the two halves of the city and the whole).
	const threeShapes = ['a', 'b', 'c'].map((code) => ({ code, name: code.toUpperCase() }));
	const three = [
		{ code: 'a', value: 3.18 },
		{ code: 'b', value: 3.68 },
		{ code: 'c', value: 4.22 }
	];
	const v = mapView({ classification: 'quantile', direction: 'neutral' }, threeShapes, three, { compare: true, city: 3.7 });
	const classes = legendClasses(v.thresholds, v.colours, v.min, v.max);

	it('has no more classes than values and no class without an area in it', () => {
		expect(classes.length).toBeLessThanOrEqual(3);
		for (const c of classes) {
			const inside = three.filter((a) => a.value >= c.lo! && (c.last ? a.value <= c.hi! : a.value < c.hi!));
			expect(inside.length, classLabel(c, String)).toBeGreaterThan(0);
		}
		expect(classes.map((c) => classLabel(c, String))).toEqual(['3.18 – <3.7', '3.7 – 4.22']);
	});

	it('colours areas below the city orange and above it purple, fills and legend alike', () => {
		expect(v.fills.a).toBe(classes[0]!.colour);
		expect(v.fills.b).toBe(classes[0]!.colour);
		expect(v.fills.c).toBe(classes[1]!.colour);
		expect(v.colours).toEqual(['#fdb863', '#542788']);
	});
});
