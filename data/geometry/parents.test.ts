import { geoArea, geoContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { syntheticShape, syntheticShapes } from '../../tests/fixtures/synthetic-geo-fixture.ts';
import { interiorPoint } from './interiorPoint.ts';
import { geometricParents } from './parents.ts';
import { windForD3 } from './polygonal.ts';
import { polygonIndex } from './polygonIndex.ts';
import { union } from './union.ts';

const sdo = { level: 'stadsdelsomrade' as const, shapes: syntheticShapes('stadsdelsomrade') };
const noWater = polygonIndex([]);
const water = polygonIndex(syntheticShapes('water'));

describe('geometricParents', () => {
	it('puts a child wholly inside one parent there, with share 1', () => {
		const fits = geometricParents([syntheticShape('child', 'c1')], [sdo], noWater);
		expect(fits.get('c1')?.stadsdelsomrade).toEqual({ code: 'a', share: 1 });
	});

	it('puts a straddling child in the parent holding most of it (x 18.014–18.034: 0.006° in a, 0.014° in b)', () => {
		const fit = geometricParents([syntheticShape('child', 'c2')], [sdo], noWater).get('c2')?.stadsdelsomrade;
		expect(fit?.code).toBe('b');
		expect(fit?.share).toBeCloseTo(0.7, 1);
	});

	it('counts land only: water over b 18.02–18.03 leaves 0.006° of land in a against 0.004° in b', () => {
		const fit = geometricParents([syntheticShape('child', 'c2')], [sdo], water).get('c2')?.stadsdelsomrade;
		expect(fit?.code).toBe('a');
		expect(fit?.share).toBeCloseTo(0.6, 1);
	});
});

describe('interiorPoint', () => {
	it('finds a point inside a U-shape whose centroid lies in the gap', () => {
		const u = syntheticShape('child', 'c3').geometry;
		const p = interiorPoint(u) as [number, number];
		expect(geoContains(u, p)).toBe(true);
	});
});

describe('winding', () => {
	it('rewinds an RFC 7946 polygon so d3 sees a small area, not the rest of the sphere', () => {
		const ccw = syntheticShape('rfc7946', 'c1-ccw').geometry;
		expect(geoArea(ccw)).toBeGreaterThan(2 * Math.PI);
		const fixed = windForD3(ccw);
		expect(geoArea(fixed)).toBeLessThan(0.01);
		expect(geoArea(fixed)).toBeCloseTo(geoArea(syntheticShape('child', 'c1').geometry), 12);
	});
});

describe('union', () => {
	it('merges two adjacent squares into one ring with the sum of their areas', () => {
		const merged = union(sdo.shapes.map((s) => s.geometry));
		expect(merged.type).toBe('Polygon');
		const total = sdo.shapes.reduce((t, s) => t + geoArea(s.geometry), 0);
		expect(geoArea(merged)).toBeCloseTo(total, 10);
	});
});
