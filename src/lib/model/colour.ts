// Colour-blind-safe palettes for classed maps and charts; "no data" is a hatch, never a light tint of the scale.
import type { Direction } from '../types/dataset.ts';
import { schemeBlues, schemePuOr, schemePurples } from 'd3-scale-chromatic';
import { classOf } from './classBreaks.ts';

/** ColorBrewer sequential palettes (single hue, colour-blind safe), light → dark, 7 classes; spread over 2–7. */
const BLUES = schemeBlues[7]!;
const PURPLES = schemePurples[7]!;
/**
 * ColorBrewer PuOr, diverging, colour-blind safe; index 0 = far below (orange), last = far above (purple). The 9-class
 * scheme without its two palest tints beside the centre, so each of 7 classes stays distinct from the neutral middle.
 */
const PUOR = [...schemePuOr[9]!].reverse().filter((_, i) => i !== 3 && i !== 5);

export const NO_DATA_FILL = 'url(#no-data-hatch)';
export const NO_DATA_SWATCH = '#ffffff';

function spread(palette: readonly string[], n: number): string[] {
	if (n <= 1) return [palette[Math.floor(palette.length / 2)]!];
	return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]!);
}

/** Sequential colours for `n` classes; indicators where higher is worse read in purple, others in blue. */
export function sequentialColours(n: number, direction: Direction): string[] {
	const pal = direction === 'higher_worse' ? PURPLES : BLUES;
	return n <= 2 ? spread(pal.slice(1, 5), n) : spread(pal.slice(7 - Math.min(7, n + 1)), n);
}

/** Diverging colours for `n` classes centred on a reference (the city value). */
export function divergingColours(n: number): string[] {
	return spread(PUOR, n);
}

export function fillFor(value: number | null, thresholds: readonly number[], colours: readonly string[]): string {
	const i = classOf(value, thresholds);
	return i === null ? NO_DATA_FILL : colours[Math.min(i, colours.length - 1)]!;
}

/** WCAG relative luminance contrast, to choose dark or light text on a fill. */
export function textOn(fill: string): '#000000' | '#ffffff' {
	const m = /^#([0-9a-f]{6})$/i.exec(fill);
	if (!m) return '#000000';
	const [r, g, b] = [0, 2, 4].map((i) => {
		const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	const l = 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
	return (1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000');
}
