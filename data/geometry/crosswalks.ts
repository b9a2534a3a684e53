// Crosswalks between levels: nested and primary ones from the areas' parents, area-weighted ones for valdistrikt
// by land overlap (grid samples off water, in a local metric frame).
import type { Area, Level } from '../../src/lib/types/dataset.ts';
import type { Crosswalk } from '../types.ts';
import type { AreaPolygons } from './areas.ts';
import { polygonIndex, type PolygonIndex } from './polygonIndex.ts';
import { landSamples, overlapShares } from './sampling.ts';

/** Overlaps below this share are boundary noise between independently drawn polygons; dropped, then renormalised. */
export const MIN_SHARE = 0.01;
const SAMPLES = 400;

function fromParents(areas: Area[], from: Level, to: Level, method: 'nested' | 'primary'): Crosswalk {
	const links: Crosswalk['links'] = new Map();
	for (const a of areas) {
		const parent = a.level === from ? a.parents[to] : undefined;
		if (parent) links.set(a.code, [{ code: parent, share: 1 }]);
	}
	return { from, to, method, links };
}

function sameCodes(areas: Area[], from: Level, to: Level): Crosswalk {
	const target = new Set(areas.filter((a) => a.level === to).map((a) => a.code));
	const links: Crosswalk['links'] = new Map();
	for (const a of areas) if (a.level === from && target.has(a.code)) links.set(a.code, [{ code: a.code, share: 1 }]);
	return { from, to, method: 'nested', links };
}

/** Shares of each fine area's land in the coarse areas; drops shares under MIN_SHARE and renormalises. */
export function areaWeighted(polygons: AreaPolygons, from: Level, to: Level, water: PolygonIndex): Crosswalk {
	const index = polygonIndex(polygons.shapes[to] ?? []);
	const links: Crosswalk['links'] = new Map();
	for (const shape of polygons.shapes[from] ?? []) {
		const shares = overlapShares(landSamples(shape.geometry, water, SAMPLES).points, index);
		const kept = shares.filter((s) => s.share >= MIN_SHARE);
		const total = kept.reduce((t, s) => t + s.share, 0);
		if (total > 0) links.set(shape.code, kept.map((s) => ({ code: s.code, share: s.share / total })));
	}
	return { from, to, method: 'area_weighted', links };
}

export function buildCrosswalks(areas: Area[], polygons: AreaPolygons): Crosswalk[] {
	const levels = [...new Set(areas.map((a) => a.level))];
	const water = polygonIndex(polygons.water.map((geometry) => ({ code: 'water', geometry })));
	return [
		fromParents(areas, 'deso', 'regso', 'nested'),
		fromParents(areas, 'deso2025', 'deso', 'nested'),
		fromParents(areas, 'deso2025', 'regso2025', 'nested'),
		sameCodes(areas, 'regso2025', 'regso'),
		fromParents(areas, 'deso', 'stadsdel', 'primary'),
		fromParents(areas, 'deso', 'stadsdelsomrade', 'primary'),
		fromParents(areas, 'regso', 'stadsdel', 'primary'),
		fromParents(areas, 'regso', 'stadsdelsomrade', 'primary'),
		fromParents(areas, 'stadsdel', 'stadsdelsomrade', 'primary'),
		fromParents(areas, 'stadsdelsomrade', 'innerstad_ytterstad', 'nested'),
		fromParents(areas, 'stadsdelsomrade2007', 'stadsdelsomrade', 'nested'),
		fromParents(areas, 'stadsdelsomrade2007', 'innerstad_ytterstad', 'nested'),
		...levels.filter((l) => l !== 'kommun').map((l) => fromParents(areas, l, 'kommun', 'nested')),
		...(['valdistrikt2018', 'valdistrikt2022'] as const).flatMap((from) =>
			(['deso', 'stadsdel', 'stadsdelsomrade'] as const).map((to) => areaWeighted(polygons, from, to, water))
		)
	];
}
