import { geoArea } from 'd3';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { syntheticShapes } from '../../tests/fixtures/synthetic-geo-fixture.ts';
import { toTopology } from './topology.ts';

const shapes = [...syntheticShapes('stadsdelsomrade'), ...syntheticShapes('child').filter((s) => s.code === 'c3')];
const features = shapes.map((s) => ({ type: 'Feature' as const, id: s.code, properties: { code: s.code, name: s.name }, geometry: s.geometry }));

describe('toTopology', () => {
	const topo = toTopology('stadsdelsomrade', features, { minTriangleM2: 10 });
	const object = topo.objects.stadsdelsomrade as GeometryCollection<{ code: string; name: string }>;
	const back = feature(topo, object) as FeatureCollection<Polygon, { code: string; name: string }>;

	it('round-trips every feature with its code and name', () => {
		expect(back.features.map((f) => [f.id, f.properties.code, f.properties.name])).toEqual(shapes.map((s) => [s.code, s.code, s.name]));
	});

	it('is quantised', () => {
		expect(topo.transform).toBeDefined();
	});

	it('keeps the winding d3 expects: each area is small, not the whole sphere minus it', () => {
		for (const f of back.features) {
			expect(geoArea(f)).toBeGreaterThan(0);
			expect(geoArea(f)).toBeLessThan(0.01);
		}
	});

	it('shares the border of adjacent areas as one arc', () => {
		const inner = mesh(topo, object, (a, b) => a !== b && [a, b].every((g) => (g.properties as { code?: string } | undefined)?.code !== 'c3'));
		expect(inner.coordinates).toHaveLength(1);
	});

	it('keeps a U-shape a U-shape (simplification does not fill its gap)', () => {
		const u = back.features.find((f) => f.properties.code === 'c3')!;
		const original = shapes.find((s) => s.code === 'c3')!;
		expect(geoArea(u)).toBeCloseTo(geoArea(original.geometry), 8);
	});
});
