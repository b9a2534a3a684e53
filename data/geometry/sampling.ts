// Area overlap by counting grid points: a square grid in a local metric frame (equirectangular scaled at the
// polygon's mid-latitude, exact to <0.1 % at city scale), with points on water dropped so shares are of land.
import { geoArea } from 'd3';
import { interiorPoint } from './interiorPoint.ts';
import { bboxOf, polygonsOf, ringsBBox, ringsContain, type Polygonal } from './polygonal.ts';
import type { PolygonIndex } from './polygonIndex.ts';

export const EARTH_RADIUS_M = 6_371_008.8;
const METRES_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_M;

export type Point = [lon: number, lat: number];

export function areaKm2(geometry: Polygonal): number {
	return (geoArea(geometry) * EARTH_RADIUS_M ** 2) / 1e6;
}

/** Grid points inside the polygon, about `target` of them (at least one: the interior point). */
export function sampleGrid(geometry: Polygonal, target = 200): Point[] {
	const [w, s, e, n] = bboxOf(geometry);
	const cos = Math.cos((((s + n) / 2) * Math.PI) / 180);
	const spacingM = Math.max(5, Math.sqrt((areaKm2(geometry) * 1e6) / target));
	const dLat = spacingM / METRES_PER_DEGREE;
	const dLon = dLat / cos;
	const parts = polygonsOf(geometry).map((rings) => ({ rings, bbox: ringsBBox(rings) }));
	const points: Point[] = [];
	for (let y = s + dLat / 2; y < n; y += dLat) {
		for (let x = w + dLon / 2; x < e; x += dLon) {
			if (parts.some((p) => x >= p.bbox[0] && x <= p.bbox[2] && ringsContain(p.rings, x, y))) points.push([x, y]);
		}
	}
	return points.length ? points : [interiorPoint(geometry) as Point];
}

/** The grid points not on water; all of them if the polygon is entirely water (e.g. a quay-side sliver). */
export function landSamples(geometry: Polygonal, water: PolygonIndex, target = 200): { points: Point[]; landFraction: number } {
	const all = sampleGrid(geometry, target);
	const land = all.filter(([x, y]) => water.locate(x, y) === null);
	return { points: land.length ? land : all, landFraction: land.length / all.length };
}

/** Share of the points falling in each polygon of the index; points outside every polygon are ignored. */
export function overlapShares(points: Point[], index: PolygonIndex): { code: string; share: number }[] {
	const counts = new Map<string, number>();
	let located = 0;
	for (const [x, y] of points) {
		const code = index.locate(x, y);
		if (code === null) continue;
		counts.set(code, (counts.get(code) ?? 0) + 1);
		located++;
	}
	return [...counts]
		.map(([code, count]) => ({ code, share: count / located }))
		.sort((a, b) => b.share - a.share || a.code.localeCompare(b.code));
}
