// Synthetic geometry: the two adjacent made-up squares of tests/fixtures/synthetic-geo-districts.geojson.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { geoPath } from 'd3-geo';
import { topology } from 'topojson-server';
import { feature, mesh, quantize } from 'topojson-client';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import { fitFrame, layerPath, outlineOf, projectionOf, shapesFromTopology, type MapFrame } from './mapShapes';

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

/** The reference: d3-geo's path and centroid over topojson-client's features (what projectShapes did before). */
function d3Shapes(t: Topology, objectName: string, frame: MapFrame) {
	const fcOut = feature(t, t.objects[objectName] as GeometryCollection) as FeatureCollection<Geometry, { code: string; name: string }>;
	const path = geoPath(projectionOf(frame)).digits(1);
	return fcOut.features.flatMap((f) => {
		const d = path(f);
		if (!d) return [];
		const [cx, cy] = path.centroid(f);
		const r = (x: number) => Math.round(x * 1000) / 1000;
		return [{ code: String(f.properties.code), name: String(f.properties.name), d, cx: r(cx), cy: r(cy) }];
	});
}

/** The reference outline: d3-geo's path of topojson-client's mesh of the selection (what outlineOf did before). */
function d3Outline(t: Topology, objectName: string, codes: Set<string>, frame: MapFrame) {
	const o = t.objects[objectName] as GeometryCollection;
	const selected = { ...o, geometries: o.geometries.filter((g) => codes.has(String((g.properties as { code?: string }).code))) };
	return selected.geometries.length ? (geoPath(projectionOf(frame)).digits(1)(mesh(t, selected, (a, b) => a === b)) ?? '') : '';
}

/** The reference layer: d3-geo's path of all the object's features as one path (what layerPath did before). */
function d3Layer(t: Topology, objectName: string, frame: MapFrame) {
	return geoPath(projectionOf(frame)).digits(1)(feature(t, t.objects[objectName]!) as FeatureCollection) ?? '';
}

/** Some sets of codes: all, the first half, every third, one. */
function someSets(t: Topology, name: string): Set<string>[] {
	const codes = (t.objects[name] as GeometryCollection).geometries.map((g) => String((g.properties as { code?: string }).code));
	return [codes, codes.slice(0, Math.ceil(codes.length / 2)), codes.filter((_, i) => i % 3 === 0), codes.slice(-1)].map((c) => new Set(c));
}

describe('shapesFromTopology, outlineOf and layerPath against d3-geo', () => {
	it('gives d3-geo’s paths, centroids, outlines and layers for shared and reversed arcs, holes, multipolygons and short rings', () => {
		// A square with a hole, a neighbour sharing its east edge (a reversed arc), a two-part area, and a sliver.
		const synthetic: FeatureCollection = {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: { code: 'a', name: 'A' }, geometry: { type: 'Polygon', coordinates: [[[18, 59], [18.1, 59], [18.1, 59.1], [18, 59.1], [18, 59]], [[18.02, 59.02], [18.02, 59.05], [18.05, 59.05], [18.05, 59.02], [18.02, 59.02]]] } },
				{ type: 'Feature', properties: { code: 'b', name: 'B' }, geometry: { type: 'Polygon', coordinates: [[[18.1, 59], [18.2, 59.01], [18.2, 59.1], [18.1, 59.1], [18.1, 59]]] } },
				{ type: 'Feature', properties: { code: 'c', name: 'C' }, geometry: { type: 'MultiPolygon', coordinates: [[[[18.3, 59], [18.4, 59], [18.35, 59.05], [18.3, 59]]], [[[18.5, 59], [18.6, 59], [18.55, 59.03], [18.5, 59]]]] } },
				{ type: 'Feature', properties: { code: 'd', name: 'D' }, geometry: { type: 'Polygon', coordinates: [[[18.7, 59], [18.70001, 59], [18.7, 59]]] } }
			]
		};
		for (const q of [0, 1e4]) {
			const plain = topology({ x: synthetic }) as unknown as Topology<Objects<object>>;
			const t = q ? quantize(plain, q) : plain;
			const frame = fitFrame(synthetic, 300, 200);
			expect(shapesFromTopology(t, 'x', frame)).toEqual(d3Shapes(t, 'x', frame));
			for (const set of [...someSets(t, 'x'), new Set(['a', 'b']), new Set(['a', 'c'])]) expect(outlineOf(t, 'x', set, frame)).toBe(d3Outline(t, 'x', set, frame));
			expect(layerPath(t, 'x', frame)).toBe(d3Layer(t, 'x', frame));
		}
	});

	const built = existsSync('static/data/catalog.json');
	it.skipIf(!built)('gives d3-geo’s paths, centroids, outlines and layers at every built level, to the character', () => {
		const frame = (JSON.parse(readFileSync('static/data/catalog.json', 'utf8')) as { frame: MapFrame }).frame;
		const files = readdirSync('static/data/geo').filter((f) => f.endsWith('.topo.json'));
		expect(files.length).toBeGreaterThan(5);
		for (const file of files) {
			const t = JSON.parse(readFileSync(`static/data/geo/${file}`, 'utf8')) as Topology;
			// Areas only: the water layer's polygons have no code (it is drawn by layerPath).
			for (const [name, o] of Object.entries(t.objects))
				if ((o as GeometryCollection).geometries.every((g) => g.properties)) {
					expect(shapesFromTopology(t, name, frame), `${file} ${name}`).toEqual(d3Shapes(t, name, frame));
					for (const set of someSets(t, name)) expect(outlineOf(t, name, set, frame), `${file} ${name} outline`).toBe(d3Outline(t, name, set, frame));
				}
			for (const name of Object.keys(t.objects)) expect(layerPath(t, name, frame), `${file} ${name} layer`).toBe(d3Layer(t, name, frame));
		}
	});
});
