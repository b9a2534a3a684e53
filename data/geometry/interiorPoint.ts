// A point guaranteed to lie inside a polygon: its centroid when that is inside, else the middle of the widest
// horizontal run through its largest part (a scanline search, which cannot miss).
import { geoArea, geoCentroid, geoContains } from 'd3';
import type { Position } from 'geojson';
import { polygonsOf, ringsBBox, type Polygonal, type Ring } from './polygonal.ts';

function widestRun(rings: Ring[], y: number): { x: number; width: number } | null {
	const crossings: number[] = [];
	for (const ring of rings) {
		for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
			const [xi, yi] = ring[i] as [number, number];
			const [xj, yj] = ring[j] as [number, number];
			if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
		}
	}
	crossings.sort((a, b) => a - b);
	let best: { x: number; width: number } | null = null;
	for (let i = 0; i + 1 < crossings.length; i += 2) {
		const width = crossings[i + 1]! - crossings[i]!;
		if (!best || width > best.width) best = { x: (crossings[i]! + crossings[i + 1]!) / 2, width };
	}
	return best;
}

export function interiorPoint(geometry: Polygonal): Position {
	const centroid = geoCentroid(geometry);
	if (geoContains(geometry, centroid)) return centroid;
	const parts = polygonsOf(geometry);
	const largest = parts.reduce((a, b) =>
		geoArea({ type: 'Polygon', coordinates: b }) > geoArea({ type: 'Polygon', coordinates: a }) ? b : a
	);
	const [, south, , north] = ringsBBox(largest);
	let best: { x: number; y: number; width: number } | null = null;
	// Scanlines at irrational fractions of the height never pass exactly through a vertex.
	for (let k = 1; k <= 9; k++) {
		const y = south + ((north - south) * (k + Math.SQRT2 / 10)) / 10.5;
		const run = widestRun(largest, y);
		if (run && (!best || run.width > best.width)) best = { ...run, y };
	}
	if (!best) throw new Error('interiorPoint: degenerate polygon');
	return [best.x, best.y];
}
