// Turns TopoJSON into SVG path strings under one fitted transverse Mercator frame, the same at build and in the browser.
import { geoTransverseMercator, type GeoProjection } from 'd3-geo';
import { meshArcs } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, FeatureCollection } from 'geojson';

/** A projection fixed by its parameters, so paths computed at build align with paths computed in the browser. */
export interface MapFrame {
	width: number;
	height: number;
	rotate: [number, number];
	scale: number;
	translate: [number, number];
}

export interface MapShape {
	code: string;
	name: string;
	d: string;
	/** Label/tooltip anchor in SVG coordinates. */
	cx: number;
	cy: number;
}

/** Central meridian 18° E (SWEREF 99 18 00, the city's own projection family). */
const ROTATE: [number, number] = [-18, 0];

export function fitFrame(outline: FeatureCollection | Feature, width: number, height: number): MapFrame {
	const p = geoTransverseMercator().rotate(ROTATE).fitSize([width, height], outline);
	const t = p.translate();
	return { width, height, rotate: ROTATE, scale: round(p.scale()), translate: [round(t[0]), round(t[1])] };
}

/**
 * Without adaptive resampling and without clipping at the antimeridian: across a city (or a country) the projection
 * bends no edge by a tenth of a pixel, and no area comes near 180°. Compared over every built level, the paths and
 * centroids are the same to the character; projecting DeSO's 544 areas takes about half the time (Node, warm), which a
 * first visit to a level waits for.
 */
export function projectionOf(frame: MapFrame): GeoProjection {
	return geoTransverseMercator()
		.rotate(frame.rotate)
		.scale(frame.scale)
		.translate(frame.translate)
		.precision(0)
		.preclip((stream) => stream);
}

function round(x: number): number {
	return Math.round(x * 1000) / 1000;
}

// Projecting a level's TopoJSON takes tens of milliseconds; a map change that keeps the level must not pay it again.
// Results are kept per topology object (the loaders cache those) and released with it.
const memo = new WeakMap<Topology, Map<string, unknown>>();

function remembered<T>(topo: Topology, key: string, make: () => T): T {
	let m = memo.get(topo);
	if (!m) memo.set(topo, (m = new Map()));
	if (!m.has(key)) m.set(key, make());
	return m.get(key) as T;
}

const frameKey = (f: MapFrame) => `${f.width}|${f.height}|${f.rotate.join(',')}|${f.scale}|${f.translate.join(',')}`;

/**
 * One shape per feature of `objectName`, keyed by its `code` property, with paths rounded to 0.1 px. The same call
 * returns the same shared array: callers must not change it.
 */
export function shapesFromTopology(topo: Topology, objectName: string, frame: MapFrame): MapShape[] {
	return remembered(topo, `shapes|${objectName}|${frameKey(frame)}`, () => projectShapes(topo, objectName, frame));
}

/**
 * The paths and centroids d3-geo's `geoPath(projectionOf(frame)).digits(1)` and its `centroid` give for each feature,
 * to the character (mapShapes.test.ts holds it to d3 over every built level), but each arc is decoded and projected
 * once per topology and frame, however many areas and outlines share it, and the centroid is summed in the same pass:
 * for DeSO's 544 areas this was the main cost of a first visit to the level. Features without polygons are left out,
 * as d3 would give them no path.
 */
function projectShapes(topo: Topology, objectName: string, frame: MapFrame): MapShape[] {
	const obj = topo.objects[objectName] as GeometryCollection<{ code: string; name: string }> | undefined;
	if (!obj) return [];
	const arc = projectedArcs(topo, frame);
	const out: MapShape[] = [];
	for (const g of obj.geometries) {
		const props = g.properties as { code: string; name: string } | undefined;
		if (!props) continue;
		const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
		const acc = new PathAndCentroid();
		for (const rings of polygons) for (const ring of rings) acc.ring(joined(ring, arc, 4));
		if (!acc.d) continue;
		const [cx, cy] = acc.centroid();
		out.push({ code: String(props.code), name: String(props.name), d: acc.d, cx: round(cx), cy: round(cy) });
	}
	return out;
}

type ArcPoints = (i: number) => Float64Array;

/** Arc i's points, decoded (topojson-client's transform) and projected on first use: x0, y0, x1, y1, … */
function projectedArcs(topo: Topology, frame: MapFrame): ArcPoints {
	return remembered(topo, `arcs|${frameKey(frame)}`, () => {
		const project = projectionOf(frame);
		const cache: (Float64Array | undefined)[] = new Array(topo.arcs.length);
		const t = topo.transform;
		return (i: number) => {
			let a = cache[i];
			if (a) return a;
			const src = topo.arcs[i]!;
			a = new Float64Array(src.length * 2);
			let x = 0;
			let y = 0;
			for (let k = 0; k < src.length; k++) {
				const p = src[k]!;
				const lonLat: [number, number] = t
					? [(x += p[0]!) * t.scale[0] + t.translate[0], (y += p[1]!) * t.scale[1] + t.translate[1]]
					: [p[0]!, p[1]!];
				const q = project(lonLat) ?? [NaN, NaN];
				a[2 * k] = q[0];
				a[2 * k + 1] = q[1];
			}
			return (cache[i] = a);
		};
	});
}

/**
 * The points of a line or ring given by its arcs (~i reversed), joined as topojson-client joins them: each arc after
 * the first starts where the last one ended, and a line shorter than `min` points is padded with its first point.
 */
function joined(arcs: number[], arc: ArcPoints, min: number): Float64Array {
	let n = 0;
	for (const [j, i] of arcs.entries()) n += arc(i < 0 ? ~i : i).length / 2 - (j === 0 ? 0 : 1);
	const out = new Float64Array(Math.max(n, n > 0 ? min : 0) * 2);
	let o = 0;
	for (const [j, i] of arcs.entries()) {
		const a = arc(i < 0 ? ~i : i);
		const len = a.length / 2;
		for (let k = j === 0 ? 0 : 1; k < len; k++) {
			const m = i < 0 ? len - 1 - k : k;
			out[o++] = a[2 * m]!;
			out[o++] = a[2 * m + 1]!;
		}
	}
	for (; o < out.length; o += 2) {
		out[o] = out[0]!;
		out[o + 1] = out[1]!;
	}
	return out;
}

const r1 = (v: number) => Math.round(v * 10) / 10;

/** d3-geo's path string (PathString with digits 1) of an open line: every point, no closing. */
function linePath(p: Float64Array): string {
	let d = '';
	for (let k = 0; k < p.length; k += 2) d += `${k === 0 ? 'M' : 'L'}${r1(p[k]!)},${r1(p[k + 1]!)}`;
	return d;
}

/** d3-geo's path string (PathString, digits 1) and planar centroid (path/centroid.js), fed ring by ring. */
class PathAndCentroid {
	d = '';
	#x0 = 0;
	#y0 = 0;
	#z0 = 0;
	#x1 = 0;
	#y1 = 0;
	#z1 = 0;
	#x2 = 0;
	#y2 = 0;
	#z2 = 0;

	/** A closed ring (its last point repeats the first, and d3 does not stream it). */
	ring(p: Float64Array) {
		const n = p.length / 2 - 1;
		if (n < 1) return;
		const fx = p[0]!;
		const fy = p[1]!;
		let d = `M${r1(fx)},${r1(fy)}`;
		this.#point(fx, fy);
		let px = fx;
		let py = fy;
		for (let k = 1; k < n; k++) {
			const x = p[2 * k]!;
			const y = p[2 * k + 1]!;
			d += `L${r1(x)},${r1(y)}`;
			this.#edge(px, py, x, y);
			px = x;
			py = y;
		}
		this.#edge(px, py, fx, fy);
		this.d += d + 'Z';
	}

	#point(x: number, y: number) {
		this.#x0 += x;
		this.#y0 += y;
		++this.#z0;
	}

	#edge(x0: number, y0: number, x: number, y: number) {
		const dx = x - x0;
		const dy = y - y0;
		let z = Math.sqrt(dx * dx + dy * dy);
		this.#x1 += (z * (x0 + x)) / 2;
		this.#y1 += (z * (y0 + y)) / 2;
		this.#z1 += z;
		z = y0 * x - x0 * y;
		this.#x2 += z * (x0 + x);
		this.#y2 += z * (y0 + y);
		this.#z2 += z * 3;
		this.#point(x, y);
	}

	centroid(): [number, number] {
		if (this.#z2) return [this.#x2 / this.#z2, this.#y2 / this.#z2];
		if (this.#z1) return [this.#x1 / this.#z1, this.#y1 / this.#z1];
		if (this.#z0) return [this.#x0 / this.#z0, this.#y0 / this.#z0];
		return [NaN, NaN];
	}
}

/** The outline of a set of features (their outer boundary), e.g. a grouping drawn over the map. */
export function outlineOf(topo: Topology, objectName: string, codes: ReadonlySet<string>, frame: MapFrame): string {
	return remembered(topo, `outline|${objectName}|${frameKey(frame)}|${[...codes].sort().join(',')}`, () => projectOutline(topo, objectName, codes, frame));
}

/** d3-geo's path of topojson's mesh of the selection, from the shared projected arcs (held to d3 in the tests). */
function projectOutline(topo: Topology, objectName: string, codes: ReadonlySet<string>, frame: MapFrame): string {
	const obj = topo.objects[objectName] as GeometryCollection<{ code: string }> | undefined;
	if (!obj) return '';
	const codeOf = (g: { properties?: unknown }) => String((g.properties as { code?: string } | undefined)?.code);
	const selected = { ...obj, geometries: obj.geometries.filter((g) => codes.has(codeOf(g))) };
	if (!selected.geometries.length) return '';
	// Within the selection only, an arc used once is on its outer boundary.
	const lines = meshArcs(topo, selected, (a, b) => a === b).arcs;
	const arc = projectedArcs(topo, frame);
	return lines.map((line) => linePath(joined(line, arc, 2))).join('');
}

/** All polygons of an object as one path (water, or a whole layer such as Polisen's areas), as d3-geo draws them. */
export function layerPath(topo: Topology, objectName: string, frame: MapFrame): string {
	return remembered(topo, `layer|${objectName}|${frameKey(frame)}`, () => {
		const obj = topo.objects[objectName];
		if (!obj) return '';
		const arc = projectedArcs(topo, frame);
		const acc = new PathAndCentroid();
		for (const g of obj.type === 'GeometryCollection' ? obj.geometries : [obj]) {
			const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
			for (const rings of polygons) for (const ring of rings) acc.ring(joined(ring, arc, 4));
		}
		return acc.d;
	});
}
