// Polygon helpers shared by the geometry modules: the Polygonal type, d3's winding order, bounding boxes.
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export type Polygonal = Polygon | MultiPolygon;
export type Ring = Position[];
export type BBox = [west: number, south: number, east: number, north: number];

/** One area's polygon as the pipeline carries it. */
export interface Shape {
	code: string;
	name: string;
	geometry: Polygonal;
}

export function isPolygonal(geometry: Geometry | null): geometry is Polygonal {
	return geometry !== null && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon');
}

/** The polygons of a Polygon or MultiPolygon, each a list of rings (outer first). */
export function polygonsOf(geometry: Polygonal): Ring[][] {
	return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Shoelace sum in lon/lat with latitude up: negative for a clockwise ring. */
export function signedArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0, n = ring.length - 1; i < n; i++) {
		const a = ring[i]!;
		const b = ring[i + 1]!;
		sum += a[0]! * b[1]! - b[0]! * a[1]!;
	}
	return sum / 2;
}

function oriented(ring: Ring, clockwise: boolean): Ring {
	const isClockwise = signedArea(ring) < 0;
	return isClockwise === clockwise ? ring : ring.slice().reverse();
}

/**
 * d3-geo's spherical convention: outer rings clockwise, holes counter-clockwise (the opposite of RFC 7946).
 * Planar orientation in lon/lat decides, which is safe for city-sized polygons far from the poles and antimeridian.
 */
export function windForD3(geometry: Polygonal): Polygonal {
	const fix = (rings: Ring[]): Ring[] => rings.map((ring, i) => oriented(ring, i === 0));
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: fix(geometry.coordinates) }
		: { type: 'MultiPolygon', coordinates: geometry.coordinates.map(fix) };
}

export function ringsBBox(rings: Ring[]): BBox {
	let w = Infinity;
	let s = Infinity;
	let e = -Infinity;
	let n = -Infinity;
	for (const ring of rings) {
		for (const [x, y] of ring as [number, number][]) {
			if (x < w) w = x;
			if (x > e) e = x;
			if (y < s) s = y;
			if (y > n) n = y;
		}
	}
	return [w, s, e, n];
}

export function bboxOf(geometry: Polygonal): BBox {
	return ringsBBox(polygonsOf(geometry).flat());
}

/** Even-odd point-in-polygon test on lon/lat (planar; edges are metres long, so this matches geoContains). */
export function ringsContain(rings: Ring[], x: number, y: number): boolean {
	let inside = false;
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i] as [number, number];
			const [xj, yj] = ring[j] as [number, number];
			if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
		}
	}
	return inside;
}
