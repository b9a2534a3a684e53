// Screen TopoJSON per level: quantised, simplified on shared arcs (so neighbours keep a common border), one
// GeometryCollection named for the level whose geometries carry id = code and properties {code, name}.
import { topology } from 'topojson-server';
import { presimplify, simplify, filter, filterWeight } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { Objects, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Position } from 'geojson';
import type { Level } from '../../src/lib/types/dataset.ts';
import type { AreaPolygons } from './areas.ts';
import { slug } from '../slug.ts';
import type { Polygonal } from './polygonal.ts';

const KM_PER_DEGREE = 111.195;
const COS_LAT = Math.cos((59.33 * Math.PI) / 180);
const M2_PER_DEG2 = (KM_PER_DEGREE * 1000) ** 2 * COS_LAT;

/** Visvalingam weight: the triangle's area in m² at Stockholm's latitude (the default would be in degrees²). */
function triangleM2(t: Position[]): number {
	const [a, b, c] = t as [[number, number], [number, number], [number, number]];
	return (Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (b[1] - a[1])) / 2) * M2_PER_DEG2;
}

function ringM2(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, n = ring.length - 1; i < n; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
	return (Math.abs(sum) / 2) * M2_PER_DEG2;
}

export interface TopologyOptions {
	/** Points whose Visvalingam triangle is smaller than this (m²) are dropped. */
	minTriangleM2: number;
	/** Rings smaller than this (m²) are dropped; 0 keeps every ring (area levels must keep every area). */
	minRingM2: number;
	/** Output grid, e.g. 3e4 steps across the bounding box (≈1.5 m at city scale). */
	quantization: number;
}

const AREA_DEFAULTS: TopologyOptions = { minTriangleM2: 300, minRingM2: 0, quantization: 3e4 };

/**
 * Per level: finer levels are drawn with more areas on screen, so they keep more detail. Tuned so that
 * stadsdelsomrade + stadsdel + water stay well under 150 KB gzipped.
 */
export const LEVEL_OPTIONS: Partial<Record<Level, Partial<TopologyOptions>>> = {
	kommun: { minTriangleM2: 500 },
	innerstad_ytterstad: { minTriangleM2: 500 },
	stadsdelsomrade: { minTriangleM2: 300 },
	stadsdel: { minTriangleM2: 150 },
	deso: { minTriangleM2: 150 },
	valdistrikt2018: { minTriangleM2: 150 },
	valdistrikt2022: { minTriangleM2: 150 }
};

export function toTopology(name: string, features: Feature<Polygonal>[], options: Partial<TopologyOptions> = {}): Topology {
	const o = { ...AREA_DEFAULTS, ...options };
	const collection: FeatureCollection<Polygonal> = { type: 'FeatureCollection', features };
	// Quantising first snaps borders that differ by less than ~0.5 m, so more of them become shared arcs.
	// topojson-simplify's typings want property-less objects; properties pass through untouched.
	let topo = topology({ [name]: collection }, 1e5) as unknown as Topology<Objects<object>>;
	topo = simplify(presimplify(topo, triangleM2), o.minTriangleM2);
	if (o.minRingM2 > 0) topo = filter(topo, filterWeight(topo, o.minRingM2, ringM2));
	return quantize(topo, o.quantization) as Topology;
}

function areaFeatures(shapes: { code: string; name: string; geometry: Polygonal }[]): Feature<Polygonal>[] {
	return shapes.map((s) => ({ type: 'Feature', id: s.code, properties: { code: s.code, name: s.name }, geometry: s.geometry }));
}

/** Every level with polygons, plus 'water' and 'utsatta2023'; the build writes each to static/data/geo/<key>.topo.json. */
export function buildTopologies(polygons: AreaPolygons): Record<string, Topology> {
	const out: Record<string, Topology> = {};
	for (const [level, shapes] of Object.entries(polygons.shapes) as [Level, { code: string; name: string; geometry: Polygonal }[]][]) {
		out[level] = toTopology(level, areaFeatures(shapes), LEVEL_OPTIONS[level]);
	}
	out.water = toTopology(
		'water',
		polygons.water.map((geometry, i) => ({ type: 'Feature', id: `water-${i}`, properties: {}, geometry })),
		{ minTriangleM2: 1_500, minRingM2: 40_000 }
	);
	out.utsatta2023 = toTopology(
		'utsatta2023',
		polygons.utsatta2023.map((u) => ({
			type: 'Feature',
			id: slug(u.name),
			properties: { code: slug(u.name), name: u.name, kategori: u.kategori },
			geometry: u.geometry
		})),
		{ minTriangleM2: 50 }
	);
	return out;
}
