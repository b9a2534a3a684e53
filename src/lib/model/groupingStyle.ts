// How each grouping is drawn across the comparison charts: a colour, a marker shape and a line dash, so a grouping is
// told apart without colour. Every grouping that can be shown together (each catalogue grouping, its complement, the
// custom one and the whole city) has its own colour and its own shape; a complement ("övriga staden") is drawn as the
// hollow form of its grouping's shape and with a dashed line. The whole city is black and drawn as a reference line.
// The one palette of grouping colours: each ≥ 3:1 against the white page (WCAG 1.4.11, marks), and every two of them,
// and each against the focus ring's orange (--focus, #c2410c), at least ΔE 20 apart (CIELAB) as seen with normal
// vision and as simulated for protanopia, deuteranopia and tritanopia (groupingStyle.test.ts checks all of it). They
// are for marks and lines, not text (some are only just over 3:1).

export type Shape =
	| 'circle'
	| 'square'
	| 'diamond'
	| 'triangle'
	| 'triangle-down'
	| 'cross'
	| 'circle-open'
	| 'square-open'
	| 'triangle-open'
	| 'triangle-down-open';

export interface GroupingStyle {
	colour: string;
	shape: Shape;
	/** SVG stroke-dasharray of the grouping's line; '' for a solid line. */
	dash: string;
}

/** A complement's line: long dashes, unlike the city's reference line (thinner, black, "4 3"). */
const COMPLEMENT_DASH = '7 3';

const STYLES: Record<string, GroupingStyle> = {
	fokus2025: { colour: '#1a4e8a', shape: 'circle', dash: '' },
	ovriga_fokus2025: { colour: '#8785e2', shape: 'circle-open', dash: COMPLEMENT_DASH },
	stadsdelslyftet: { colour: '#4e1c00', shape: 'square', dash: '' },
	ovriga_stadsdelslyftet: { colour: '#b67db0', shape: 'square-open', dash: COMPLEMENT_DASH },
	utsatta2023: { colour: '#a24d39', shape: 'triangle', dash: '' },
	ovriga_utsatta2023: { colour: '#954aef', shape: 'triangle-open', dash: COMPLEMENT_DASH },
	utsatta2025: { colour: '#2da27a', shape: 'triangle-down', dash: '' },
	ovriga_utsatta2025: { colour: '#644a5e', shape: 'triangle-down-open', dash: COMPLEMENT_DASH },
	egen: { colour: '#6200fa', shape: 'diamond', dash: '' },
	hela_staden: { colour: '#1b1b1f', shape: 'cross', dash: '' }
};

/** The whole city's reference line on the time series and its keys: thinner than a grouping's, black, short dashes. */
export const CITY_REFERENCE = { colour: '#1b1b1f', dash: '4 3', width: 1.5 } as const;

export function groupingStyle(key: string): GroupingStyle {
	return STYLES[key] ?? { colour: '#1b1b1f', shape: 'circle', dash: '' };
}

type Point = readonly [number, number];

function polygon(points: readonly Point[]): string {
	return points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join('') + 'Z';
}

function round(v: number): number {
	return Math.round(v * 100) / 100;
}

/**
 * A hollow polygon as one path that fills correctly with the default nonzero rule: the outline, then the same outline
 * shrunk towards its centroid and traced the other way round, which cuts the hole.
 */
function hollow(points: readonly Point[], keep: number): string {
	const cx = points.reduce((s, p) => s + p[0], 0) / points.length;
	const cy = points.reduce((s, p) => s + p[1], 0) / points.length;
	const inner = points.map(([x, y]): Point => [cx + (x - cx) * keep, cy + (y - cy) * keep]).reverse();
	return polygon(points) + polygon(inner);
}

const square = (r: number): Point[] => {
	const s = r * 0.9;
	return [[-s, -s], [s, -s], [s, s], [-s, s]];
};
const triangle = (r: number): Point[] => [[0, -r * 1.15], [r * 1.1, r * 0.85], [-r * 1.1, r * 0.85]];
const triangleDown = (r: number): Point[] => triangle(r).map(([x, y]): Point => [x, -y]);

/** SVG path of a marker of radius r centred on (0, 0). */
export function markerPath(shape: Shape, r: number): string {
	switch (shape) {
		case 'circle':
			return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
		case 'circle-open': {
			const i = round(r * 0.5);
			return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z` + `M${-i},0a${i},${i} 0 1,1 ${2 * i},0a${i},${i} 0 1,1 ${-2 * i},0Z`;
		}
		case 'square': {
			const s = r * 0.9;
			return `M${-s},${-s}H${s}V${s}H${-s}Z`;
		}
		case 'square-open':
			return hollow(square(r), 0.5);
		case 'diamond':
			return `M0,${-r * 1.2}L${r * 1.2},0L0,${r * 1.2}L${-r * 1.2},0Z`;
		case 'triangle':
			return `M0,${-r * 1.15}L${r * 1.1},${r * 0.85}L${-r * 1.1},${r * 0.85}Z`;
		case 'triangle-open':
			return hollow(triangle(r), 0.4);
		case 'triangle-down':
			return polygon(triangleDown(r));
		case 'triangle-down-open':
			return hollow(triangleDown(r), 0.4);
		case 'cross': {
			const a = r * 0.35;
			return `M${-r},${-a}H${-a}V${-r}H${a}V${-a}H${r}V${a}H${a}V${r}H${-a}V${a}H${-r}Z`;
		}
	}
}
