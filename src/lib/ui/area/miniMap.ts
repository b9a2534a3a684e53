// The small locator map on an area page: the city and its stadsdelsområden, simplified for a thumbnail, and the area
// (or, for levels without geometry, its finest parent that has one) highlighted. Pure: topology in, SVG paths out.
import { geoPath } from 'd3-geo';
import { feature, merge, mesh } from 'topojson-client';
import { presimplify, simplify, type Triangle } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { LEVELS } from '../../types/dataset.ts';
import type { Area, Level } from '../../types/dataset.ts';
import { projectionOf, type MapFrame } from '../../model/mapShapes.ts';

/** The page map's frame scaled to `width` pixels, so the thumbnail shows exactly the same extent. */
export function miniFrame(frame: MapFrame, width: number): MapFrame {
	const k = width / frame.width;
	const r = (x: number) => Math.round(x * 1000) / 1000;
	return {
		width,
		height: Math.round(frame.height * k),
		rotate: frame.rotate,
		scale: r(frame.scale * k),
		translate: [r(frame.translate[0] * k), r(frame.translate[1] * k)]
	};
}

/** Visvalingam simplification with triangle areas measured in the frame's pixels: drops detail the thumbnail cannot show. */
export function simplifyForFrame(topo: Topology, frame: MapFrame, minAreaPx2: number): Topology {
	const p = projectionOf(frame);
	const weight = (t: Triangle) => {
		const [a, b, c] = t.map((pt) => p(pt) ?? [0, 0]) as [[number, number], [number, number], [number, number]];
		return Math.abs((a[0] - c[0]) * (b[1] - a[1]) - (a[0] - b[0]) * (c[1] - a[1])) / 2;
	};
	// topojson-simplify's typings want property-less objects; properties pass through untouched.
	return simplify(presimplify(topo as Topology<Objects<object>>, weight), minAreaPx2) as Topology;
}

export interface MiniBase {
	width: number;
	height: number;
	/** The whole city as one filled path. */
	land: string;
	/** Borders between the units of the base layer, each drawn once. */
	borders: string;
}

export function miniBase(topo: Topology, objectName: string, frame: MapFrame): MiniBase {
	const obj = topo.objects[objectName] as GeometryCollection | undefined;
	if (!obj) throw new Error(`topology has no object ${objectName}`);
	const path = geoPath(projectionOf(frame)).digits(1);
	return {
		width: frame.width,
		height: frame.height,
		land: path(merge(topo, obj.geometries as Parameters<typeof merge>[1])) ?? '',
		borders: path(mesh(topo, obj, (a, b) => a !== b)) ?? ''
	};
}

/** The base layer as a standalone SVG file, drawn once and shared by every area page (cached by the browser). */
export function miniBaseSvg(b: MiniBase): string {
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${b.width} ${b.height}" width="${b.width}" height="${b.height}">` +
		`<path d="${b.land}" fill="#e4e6eb" stroke="#6b7280" stroke-width="0.75"/>` +
		`<path d="${b.borders}" fill="none" stroke="#9ca3af" stroke-width="0.5"/>` +
		`</svg>\n`
	);
}

export interface MiniShape {
	d: string;
	cx: number;
	cy: number;
	/** Smaller than a few pixels across: the map adds a ring so it can be found. */
	small: boolean;
}

/** Every unit of a level as a thumbnail path, keyed by code. */
export function miniShapes(topo: Topology, objectName: string, frame: MapFrame, smallPx = 14): Map<string, MiniShape> {
	const obj = topo.objects[objectName] as GeometryCollection<{ code: string }> | undefined;
	const out = new Map<string, MiniShape>();
	if (!obj) return out;
	const path = geoPath(projectionOf(frame)).digits(1);
	for (const g of obj.geometries) {
		const f = feature(topo, g) as Feature<Geometry, { code: string }>;
		const d = path(f);
		if (!d || !f.properties) continue;
		const [[x0, y0], [x1, y1]] = path.bounds(f);
		const [cx, cy] = path.centroid(f);
		out.set(String(f.properties.code), {
			d,
			cx: Math.round(cx * 10) / 10,
			cy: Math.round(cy * 10) / 10,
			small: Math.max(x1 - x0, y1 - y0) < smallPx
		});
	}
	return out;
}

/**
 * The area to draw for `area`: itself where its level has geometry, else its finest parent at a level that has.
 * The whole city never counts (highlighting it would locate nothing), so it is null for the city and for areas
 * whose only geometric parent is the city.
 */
export function mapTarget(area: Pick<Area, 'level' | 'code' | 'parents' | 'hasGeometry'>, geoLevels: readonly Level[]): { level: Level; code: string } | null {
	if (area.level === 'kommun') return null;
	if (area.hasGeometry && geoLevels.includes(area.level)) return { level: area.level, code: area.code };
	const finestFirst = (Object.entries(area.parents) as [Level, string][])
		.filter(([l]) => l !== 'kommun' && l !== area.level && geoLevels.includes(l))
		.sort(([a], [b]) => LEVELS.indexOf(b) - LEVELS.indexOf(a));
	const first = finestFirst[0];
	return first ? { level: first[0], code: first[1] } : null;
}
