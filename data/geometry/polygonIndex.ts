// Finds which of many polygons holds a point: bounding boxes bucketed on a coarse lon/lat grid, then an even-odd
// test that only visits the edges of the point's latitude strip (large water polygons have thousands of vertices).
import { polygonsOf, ringsBBox, type BBox, type Polygonal, type Ring } from './polygonal.ts';

export interface PolygonIndex {
	/** Code of the first polygon containing the point, or null. */
	locate(lon: number, lat: number): string | null;
}

interface Part {
	code: string;
	bbox: BBox;
	/** Edges [x1, y1, x2, y2, ...] of each latitude strip of height STRIP_DEG, counted from bbox south. */
	strips: Float64Array[];
}

const CELL_DEG = 0.01;
const STRIP_DEG = 0.001;

function stripsOf(rings: Ring[], bbox: BBox): Float64Array[] {
	const south = bbox[1];
	const count = Math.max(1, Math.ceil((bbox[3] - south) / STRIP_DEG));
	const lists: number[][] = Array.from({ length: count }, () => []);
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [x1, y1] = ring[j] as [number, number];
			const [x2, y2] = ring[i] as [number, number];
			const lo = Math.max(0, Math.floor((Math.min(y1, y2) - south) / STRIP_DEG));
			const hi = Math.min(count - 1, Math.floor((Math.max(y1, y2) - south) / STRIP_DEG));
			for (let k = lo; k <= hi; k++) lists[k]!.push(x1, y1, x2, y2);
		}
	}
	return lists.map((l) => Float64Array.from(l));
}

function partContains(part: Part, x: number, y: number): boolean {
	const strip = part.strips[Math.min(part.strips.length - 1, Math.floor((y - part.bbox[1]) / STRIP_DEG))];
	if (!strip) return false;
	let inside = false;
	for (let e = 0; e < strip.length; e += 4) {
		const x1 = strip[e]!, y1 = strip[e + 1]!, x2 = strip[e + 2]!, y2 = strip[e + 3]!;
		if (y2 > y !== y1 > y && x < ((x1 - x2) * (y - y2)) / (y1 - y2) + x2) inside = !inside;
	}
	return inside;
}

export function polygonIndex(shapes: { code: string; geometry: Polygonal }[]): PolygonIndex {
	const buckets = new Map<string, Part[]>();
	for (const { code, geometry } of shapes) {
		for (const rings of polygonsOf(geometry)) {
			const bbox = ringsBBox(rings);
			const part: Part = { code, bbox, strips: stripsOf(rings, bbox) };
			const [w, s, e, n] = bbox;
			for (let i = Math.floor(w / CELL_DEG); i <= Math.floor(e / CELL_DEG); i++) {
				for (let j = Math.floor(s / CELL_DEG); j <= Math.floor(n / CELL_DEG); j++) {
					const key = `${i},${j}`;
					const list = buckets.get(key);
					if (list) list.push(part);
					else buckets.set(key, [part]);
				}
			}
		}
	}
	return {
		locate(lon, lat) {
			const parts = buckets.get(`${Math.floor(lon / CELL_DEG)},${Math.floor(lat / CELL_DEG)}`) ?? [];
			for (const part of parts) {
				const { bbox } = part;
				if (lon < bbox[0] || lon > bbox[2] || lat < bbox[1] || lat > bbox[3]) continue;
				if (partContains(part, lon, lat)) return part.code;
			}
			return null;
		}
	};
}
