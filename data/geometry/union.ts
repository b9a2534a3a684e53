// Unions polygons that share borders (stadsdelsområden into city parts and the kommun) via TopoJSON's merge.
import { topology } from 'topojson-server';
import { merge } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import { polygonsOf, signedArea, windForD3, type Polygonal, type Ring } from './polygonal.ts';

const KM_PER_DEGREE = 111.195;
/** Holes smaller than this are slivers where neighbours' borders do not quite meet, not enclaves. */
const SLIVER_KM2 = 0.05;

function ringKm2(ring: Ring): number {
	const lat = ring[0]?.[1] ?? 0;
	return Math.abs(signedArea(ring)) * KM_PER_DEGREE ** 2 * Math.cos((lat * Math.PI) / 180);
}

/** Union of adjacent polygons; quantising at 1e6 snaps coincident borders so their shared arcs cancel out. */
export function union(geometries: Polygonal[]): Polygonal {
	const collection: GeoJSON.GeometryCollection = { type: 'GeometryCollection', geometries };
	const topo = topology({ parts: collection }, 1e6);
	const parts = topo.objects.parts as GeometryCollection;
	const merged = merge(topo, parts.geometries as Parameters<typeof merge>[1]);
	const polygons = polygonsOf(merged).map((rings) => [rings[0]!, ...rings.slice(1).filter((r) => ringKm2(r) >= SLIVER_KM2)]);
	return windForD3(polygons.length === 1 ? { type: 'Polygon', coordinates: polygons[0]! } : { type: 'MultiPolygon', coordinates: polygons });
}
