// Containing areas computed from geometry: each child goes to the coarser area holding most of its land
// (grid samples off water), or, for slivers with no land sample inside any candidate, the one holding its interior point.
import { geoContains } from 'd3';
import type { Level } from '../../src/lib/types/dataset.ts';
import { interiorPoint } from './interiorPoint.ts';
import type { Shape } from './polygonal.ts';
import { polygonIndex, type PolygonIndex } from './polygonIndex.ts';
import { landSamples, overlapShares } from './sampling.ts';

export interface ParentFit {
	code: string;
	/** Share of the child's land samples inside this parent (1 for an interior-point fallback). */
	share: number;
}

export type GeometricParents = Map<string, Partial<Record<Level, ParentFit>>>;

/** Samples per child area: enough to call a 60/40 split reliably, cheap enough for 600 areas × 4 levels. */
const SAMPLES = 150;

export function geometricParents(
	children: Shape[],
	candidates: { level: Level; shapes: Shape[] }[],
	water: PolygonIndex
): GeometricParents {
	const indexes = candidates.map(({ level, shapes }) => ({ level, shapes, index: polygonIndex(shapes) }));
	const out: GeometricParents = new Map();
	for (const child of children) {
		const { points } = landSamples(child.geometry, water, SAMPLES);
		const fits: Partial<Record<Level, ParentFit>> = {};
		for (const { level, shapes, index } of indexes) {
			const best = overlapShares(points, index)[0];
			if (best) {
				fits[level] = best;
				continue;
			}
			const point = interiorPoint(child.geometry);
			const holder = shapes.find((s) => geoContains(s.geometry, [point[0]!, point[1]!]));
			if (holder) fits[level] = { code: holder.code, share: 1 };
		}
		out.set(child.code, fits);
	}
	return out;
}
