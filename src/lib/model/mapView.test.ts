import { describe, expect, it } from 'vitest';
import { divergingBreaks, mapView } from './mapView.ts';
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

describe('divergingBreaks', () => {
	it('is symmetric around the city value', () => {
		const t = divergingBreaks([0, 5, 10, 15, 20, 25, 30], 15);
		expect(t).toHaveLength(5);
		expect(t[2]).toBe(15);
		expect(t[0]! + t[4]!).toBeCloseTo(30);
		expect(t[1]! + t[3]!).toBeCloseTo(30);
	});
});
