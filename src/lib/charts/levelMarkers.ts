// The markers that tell divisions of the city apart in LevelChart and its key: shape first, then fill, so they
// read without colour; the glyph and legend fill name the marker in the exported legend.
import type { Shape } from '$lib/model/groupingStyle';

export interface LevelMarker {
	shape: Shape;
	fill: string;
	stroke: string;
	strokeWidth: number;
	legendFill: string;
	glyph: string;
}

const MARKERS: LevelMarker[] = [
	{ shape: 'circle', fill: '#1a4e8a', stroke: '#ffffff', strokeWidth: 1, legendFill: '#1a4e8a', glyph: '●' },
	{ shape: 'square', fill: 'none', stroke: '#1b1b1f', strokeWidth: 2, legendFill: '#ffffff', glyph: '□' },
	{ shape: 'triangle', fill: '#8a5a00', stroke: '#ffffff', strokeWidth: 1, legendFill: '#8a5a00', glyph: '▲' }
];

/** The i-th division's marker (three, repeating). */
export function levelMarker(i: number): LevelMarker {
	return MARKERS[i % MARKERS.length]!;
}
