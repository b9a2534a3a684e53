import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { Topology } from 'topojson-specification';
import { fitFrame } from '../../model/mapShapes.ts';
import { mapTarget, miniBase, miniBaseSvg, miniFrame, miniShapes, simplifyForFrame } from './miniMap.ts';

// SYNTHETIC squares near Stockholm: two big neighbours 'west' and 'east' (0.1° each way) and a tiny 'dot'.
const square = (code: string, x0: number, y0: number, d: number, extra?: [number, number]): Feature<Polygon, { code: string }> => ({
	type: 'Feature',
	properties: { code },
	geometry: {
		type: 'Polygon',
		// Clockwise in lon/lat (d3's exterior winding); `extra` sits almost on the bottom edge.
		coordinates: [[[x0, y0], [x0, y0 + d], [x0 + d, y0 + d], [x0 + d, y0], ...(extra ? [extra] : []), [x0, y0]]]
	}
});
const fc: FeatureCollection<Polygon, { code: string }> = {
	type: 'FeatureCollection',
	features: [square('west', 18.0, 59.3, 0.1, [18.05, 59.30001]), square('east', 18.1, 59.3, 0.1), square('dot', 18.05, 59.35, 0.0005)]
};
const topo = topology({ units: fc }) as unknown as Topology;
const bigFc: FeatureCollection = { type: 'FeatureCollection', features: fc.features.filter((f) => f.properties.code !== 'dot') };
const bigOnly = topology({ units: bigFc }) as unknown as Topology;
const frame = fitFrame(fc, 200, 100);

describe('miniFrame', () => {
	it('scales the projection with the width so the extent is the same', () => {
		const f = miniFrame({ width: 800, height: 760, rotate: [-18, 0], scale: 1000, translate: [400, 2000] }, 240);
		expect(f).toEqual({ width: 240, height: 228, rotate: [-18, 0], scale: 300, translate: [120, 600] });
	});
});

describe('simplifyForFrame', () => {
	it('drops a point that bends an edge by far less than a pixel and keeps the corners', () => {
		const points = (t: Topology) => t.arcs.reduce((n, a) => n + a.length, 0);
		const simple = simplifyForFrame(bigOnly, frame, 0.5);
		expect(points(simple)).toBe(points(bigOnly) - 1);
		// A minimum area larger than the whole map leaves only arc endpoints.
		expect(points(simplifyForFrame(bigOnly, frame, 1e9))).toBe(simple.arcs.length * 2);
	});
});

describe('miniBase', () => {
	it('draws the shared border once, as one internal line', () => {
		const b = miniBase(topo, 'units', frame);
		expect(b.land.startsWith('M')).toBe(true);
		// west|east share one vertical edge: a single move and a single line segment.
		expect(b.borders.match(/M/g)).toHaveLength(1);
		expect(b.borders.match(/L/g)).toHaveLength(1);
	});
});

describe('miniShapes', () => {
	it('rings only the shapes too small to see', () => {
		const s = miniShapes(topo, 'units', frame);
		expect([...s.keys()].sort()).toEqual(['dot', 'east', 'west']);
		expect(s.get('dot')!.small).toBe(true);
		expect(s.get('west')!.small).toBe(false);
		// The squares (about as wide as tall on the map) fill the 100 px height, centred in the 200 px width: x 50–150.
		expect(s.get('east')!.cx).toBeCloseTo(125, -1);
	});
});

describe('mapTarget', () => {
	const geo = ['kommun', 'stadsdelsomrade', 'deso'] as const;
	it('is the area itself where its level has geometry', () => {
		expect(mapTarget({ level: 'deso', code: 'd', parents: {}, hasGeometry: true }, [...geo])).toEqual({ level: 'deso', code: 'd' });
	});
	it('falls back to the finest parent with geometry', () => {
		const a = { level: 'deso2025' as const, code: 'x', parents: { kommun: '0180', stadsdelsomrade: 's', deso: 'd', regso2025: 'r' }, hasGeometry: false };
		expect(mapTarget(a, [...geo])).toEqual({ level: 'deso', code: 'd' });
	});
	it('locates nothing for the whole city itself', () => {
		expect(mapTarget({ level: 'kommun', code: '0180', parents: {}, hasGeometry: true }, [...geo])).toBeNull();
	});
	it('locates nothing when only the whole city contains it', () => {
		expect(mapTarget({ level: 'valdistrikt2014', code: 'v', parents: { kommun: '0180' }, hasGeometry: false }, [...geo])).toBeNull();
	});
});

describe('miniBaseSvg', () => {
	it('is a standalone SVG with the land and the borders in the frame', () => {
		const svg = miniBaseSvg({ width: 240, height: 228, land: 'M0,0L1,1Z', borders: 'M2,2L3,3' });
		expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 240 228"/);
		expect(svg).toContain('d="M0,0L1,1Z"');
		expect(svg).toContain('d="M2,2L3,3"');
	});
});
