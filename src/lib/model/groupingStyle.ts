// How each grouping is drawn across the comparison charts: a colour (≥ 3:1 against white) and a shape, so a grouping
// is told apart without colour; the whole city is always black and drawn as a reference line.

export type Shape = 'circle' | 'square' | 'diamond' | 'triangle' | 'cross';

export interface GroupingStyle {
	colour: string;
	shape: Shape;
}

const STYLES: Record<string, GroupingStyle> = {
	fokus2025: { colour: '#1a4e8a', shape: 'circle' },
	stadsdelslyftet: { colour: '#b3261e', shape: 'square' },
	ovriga_fokus2025: { colour: '#5a6472', shape: 'diamond' },
	ovriga_stadsdelslyftet: { colour: '#5a6472', shape: 'diamond' },
	utsatta2023: { colour: '#8a5a00', shape: 'triangle' },
	utsatta2025: { colour: '#8a5a00', shape: 'triangle' },
	ovriga_utsatta2023: { colour: '#5a6472', shape: 'cross' },
	ovriga_utsatta2025: { colour: '#5a6472', shape: 'cross' },
	egen: { colour: '#6b2fa0', shape: 'triangle' },
	hela_staden: { colour: '#1b1b1f', shape: 'cross' }
};

export function groupingStyle(key: string): GroupingStyle {
	return STYLES[key] ?? { colour: '#1b1b1f', shape: 'circle' };
}

/** SVG path of a marker of radius r centred on (0, 0). */
export function markerPath(shape: Shape, r: number): string {
	switch (shape) {
		case 'circle':
			return `M${-r},0a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
		case 'square': {
			const s = r * 0.9;
			return `M${-s},${-s}H${s}V${s}H${-s}Z`;
		}
		case 'diamond':
			return `M0,${-r * 1.2}L${r * 1.2},0L0,${r * 1.2}L${-r * 1.2},0Z`;
		case 'triangle':
			return `M0,${-r * 1.15}L${r * 1.1},${r * 0.85}L${-r * 1.1},${r * 0.85}Z`;
		case 'cross': {
			const a = r * 0.35;
			return `M${-r},${-a}H${-a}V${-r}H${a}V${-a}H${r}V${a}H${a}V${r}H${-a}V${a}H${-r}Z`;
		}
	}
}
