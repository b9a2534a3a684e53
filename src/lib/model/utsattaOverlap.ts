// Which district holds which of Polisen's utsatta områden: the share of each 2023 polygon's area that lies in each
// area of a level (estimated on a regular grid of sample points), and the 2025 list's RegSO under each area. Pure.
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

export interface Shape {
	code: string;
	name: string;
	geometry: Geometry;
}

export interface UsoShape extends Shape {
	/** 'Särskilt utsatt område' / 'Utsatt område' as Polisen writes it. */
	kategori: string;
}

export interface OverlapShare {
	uso: string;
	usoName: string;
	kategori: string;
	/** Area code at the level compared. */
	code: string;
	/** Share of the område's sampled area inside this area (0–1); shares of one område sum to 1 over the areas hit. */
	share: number;
}

type Rings = Position[][];

function polygonsOf(g: Geometry): Rings[] {
	if (g.type === 'Polygon') return [(g as Polygon).coordinates];
	if (g.type === 'MultiPolygon') return (g as MultiPolygon).coordinates;
	if (g.type === 'GeometryCollection') return g.geometries.flatMap(polygonsOf);
	return [];
}

/** Even–odd test over all rings (holes included), planar in lon/lat: fine at the scale of a district. */
function contains(polys: Rings[], x: number, y: number): boolean {
	let inside = false;
	for (const rings of polys) {
		for (const ring of rings) {
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi, yi] = ring[i]!;
				const [xj, yj] = ring[j]!;
				if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
			}
		}
	}
	return inside;
}

function bbox(polys: Rings[]): [number, number, number, number] {
	let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const rings of polys)
		for (const ring of rings)
			for (const [x, y] of ring) {
				x0 = Math.min(x0, x!);
				x1 = Math.max(x1, x!);
				y0 = Math.min(y0, y!);
				y1 = Math.max(y1, y!);
			}
	return [x0, y0, x1, y1];
}

/**
 * For each område, the areas holding part of it and the share they hold, largest first. Sample points lie on a grid
 * of about `samples` cells over the område's bounding box (longitude spacing widened by 1/cos(latitude), so cells are
 * roughly square on the ground); points inside the område but in no area (water, outside the kommun) are left out of
 * the shares. Shares below `minShare` are dropped.
 */
export function utsattaOverlap(usos: readonly UsoShape[], areas: readonly Shape[], samples = 4000, minShare = 0.01): OverlapShare[] {
	const areaPolys = areas.map((a) => ({ a, polys: polygonsOf(a.geometry), box: bbox(polygonsOf(a.geometry)) }));
	const out: OverlapShare[] = [];
	for (const u of usos) {
		const polys = polygonsOf(u.geometry);
		const [x0, y0, x1, y1] = bbox(polys);
		const k = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
		const dy = Math.sqrt(((x1 - x0) * k * (y1 - y0)) / samples) || 1;
		const dx = dy / k;
		const hits = new Map<string, number>();
		let total = 0;
		for (let y = y0 + dy / 2; y < y1; y += dy) {
			for (let x = x0 + dx / 2; x < x1; x += dx) {
				if (!contains(polys, x, y)) continue;
				const hit = areaPolys.find(({ polys: p, box: b }) => x >= b[0] && x <= b[2] && y >= b[1] && y <= b[3] && contains(p, x, y));
				if (!hit) continue;
				total += 1;
				hits.set(hit.a.code, (hits.get(hit.a.code) ?? 0) + 1);
			}
		}
		const shares = [...hits].map(([code, n]) => ({ uso: u.code, usoName: u.name, kategori: u.kategori, code, share: n / total }));
		out.push(...shares.filter((s) => s.share >= minShare).sort((a, b) => b.share - a.share));
	}
	return out;
}

export interface ListedArea {
	/** RegSO code matched by name to an område on the 2025 list. */
	regso: string;
	name: string;
	/** Code of the area containing the RegSO at each coarser level. */
	parents: Partial<Record<string, string>>;
}

/** The 2025 list's områden (as their name-matched RegSO) inside one area of a level. */
export function utsatta2025InArea(listed: readonly ListedArea[], level: string, code: string): ListedArea[] {
	return listed.filter((l) => (level === 'regso' ? l.regso === code : l.parents[level] === code));
}
