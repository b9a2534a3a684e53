// Synthetic geometry: the two adjacent made-up squares of tests/fixtures/synthetic-geo-districts.geojson.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { FeatureCollection } from 'geojson';
import { fitFrame, layerPath, outlineOf, shapesFromTopology } from './mapShapes';

const fc = JSON.parse(readFileSync('tests/fixtures/synthetic-geo-districts.geojson', 'utf8')) as FeatureCollection;
const districts: FeatureCollection = { type: 'FeatureCollection', features: fc.features.filter((f) => f.properties?.level === 'stadsdelsomrade') };
const topo = () => topology({ stadsdelsomrade: districts });

describe('shapesFromTopology', () => {
	it('gives one path per area inside the frame, and the same array again for the same topology and frame', () => {
		const t = topo();
		const frame = fitFrame(districts, 200, 100);
		const shapes = shapesFromTopology(t, 'stadsdelsomrade', frame);
		expect(shapes.map((s) => s.code).sort()).toEqual(['a', 'b']);
		for (const s of shapes) {
			expect(s.d).toMatch(/^M[\d.]+,[\d.]+L/);
			expect(s.cx).toBeGreaterThanOrEqual(0);
			expect(s.cx).toBeLessThanOrEqual(200);
		}
		expect(shapesFromTopology(t, 'stadsdelsomrade', frame)).toBe(shapes);
		// Another frame is another projection: not served from the first one's results.
		const wide = shapesFromTopology(t, 'stadsdelsomrade', fitFrame(districts, 400, 200));
		expect(wide).not.toBe(shapes);
		expect(wide[0]!.d).not.toBe(shapes.find((s) => s.code === wide[0]!.code)!.d);
		expect(shapesFromTopology(t, 'no_such_object', frame)).toEqual([]);
	});

	it('outlines a set by its outer boundary, per set of codes', () => {
		const t = topo();
		const frame = fitFrame(districts, 200, 100);
		const both = outlineOf(t, 'stadsdelsomrade', new Set(['a', 'b']), frame);
		const one = outlineOf(t, 'stadsdelsomrade', new Set(['a']), frame);
		expect(both).not.toBe('');
		expect(one).not.toBe(both);
		expect(outlineOf(t, 'stadsdelsomrade', new Set(['b', 'a']), frame)).toBe(both);
		expect(outlineOf(t, 'stadsdelsomrade', new Set(['zz']), frame)).toBe('');
		expect(layerPath(t, 'stadsdelsomrade', frame).match(/M/g)).toHaveLength(2);
	});
});
