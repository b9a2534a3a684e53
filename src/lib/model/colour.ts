// Colour-blind-safe palettes for classed maps and charts; "no data" is a hatch, never a light tint of the scale.
import type { Direction } from '../types/dataset.ts';
import { schemeBlues, schemePuOr, schemePurples } from 'd3-scale-chromatic';
import { classOf } from './classBreaks.ts';

/**
 * The least contrast any class fill has against the white page (WCAG ratio). Area borders are white, so an area's
 * shape against the page is its fill alone: a tint under this limit (ColorBrewer's palest, 1.07–1.27:1) reads as blank
 * paper, as if the area had no data. 3:1 (WCAG 1.4.11) is not asked of each class: the fill is not the only carrier of
 * the value (the legend, the table and each area's text give it), and a single-hue ramp whose palest step is 3:1 leaves
 * too few steps to tell five classes apart. 1.3:1 keeps the palest tints that still read as a colour (#dadaeb 1.38,
 * #c6dbef 1.42) and drops those that don't.
 */
export const MIN_FILL_CONTRAST = 1.3;

const visible = (palette: readonly string[]) => palette.filter((c) => contrastRatio(c, '#ffffff') >= MIN_FILL_CONTRAST);

/** ColorBrewer sequential palettes (single hue, colour-blind safe), light → dark, 7 classes without the palest: 6. */
const BLUES = visible(schemeBlues[7]!);
const PURPLES = visible(schemePurples[7]!);
/**
 * ColorBrewer PuOr, diverging, colour-blind safe; index 0 = far below (orange), last = far above (purple). The 9-class
 * scheme without its two palest tints beside the centre, so each of 7 classes stays distinct from the neutral middle,
 * and the middle a light grey instead of the near-white #f7f7f7, so an area near the city value is not blank paper.
 */
const PUOR = [...schemePuOr[9]!]
	.reverse()
	.filter((_, i) => i !== 3 && i !== 5)
	.map((c, i) => (i === 3 ? '#d9d9d9' : c));

/** The most classes a sequential palette holds. */
export const MAX_SEQUENTIAL_CLASSES = BLUES.length;

/**
 * "No data" as a fill: a reference to the hatch pattern. A map on the page draws its own pattern under an id of its own
 * (several maps share a page) and puts it in place of this; an exported image defines the pattern under this id.
 */
export const NO_DATA_HATCH_ID = 'no-data-hatch';
export const NO_DATA_FILL = `url(#${NO_DATA_HATCH_ID})`;
export const NO_DATA_SWATCH = '#ffffff';

/**
 * An area that is not chosen, on a map where a fill marks the chosen ones (the custom-grouping builder): a grey that,
 * like every class fill, stands out from the white page (1.43:1), and that the chosen colour stands out from.
 */
export const UNSELECTED_FILL = '#d4d8de';

function spread(palette: readonly string[], n: number): string[] {
	if (n <= 1) return [palette[Math.floor(palette.length / 2)]!];
	return Array.from({ length: n }, (_, i) => palette[Math.round((i * (palette.length - 1)) / (n - 1))]!);
}

/** Sequential colours for `n` classes (at most MAX_SEQUENTIAL_CLASSES); higher-is-worse reads in purple, others in blue. */
export function sequentialColours(n: number, direction: Direction): string[] {
	const pal = direction === 'higher_worse' ? PURPLES : BLUES;
	return n <= 2 ? spread(pal.slice(0, 4), n) : spread(pal.slice(pal.length - Math.min(pal.length, n + 1)), n);
}

/** Diverging colours for `n` classes centred on a reference (the city value). */
export function divergingColours(n: number): string[] {
	return spread(PUOR, n);
}

export function fillFor(value: number | null, thresholds: readonly number[], colours: readonly string[]): string {
	const i = classOf(value, thresholds);
	return i === null ? NO_DATA_FILL : colours[Math.min(i, colours.length - 1)]!;
}

function luminance(hex: string): number | null {
	const m = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!m) return null;
	const [r, g, b] = [0, 2, 4].map((i) => {
		const c = parseInt(m[1]!.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21); NaN when either is not one. */
export function contrastRatio(a: string, b: string): number {
	const la = luminance(a);
	const lb = luminance(b);
	if (la === null || lb === null) return Number.NaN;
	return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** Dark or light text on a fill, whichever contrasts more. */
export function textOn(fill: string): '#000000' | '#ffffff' {
	if (luminance(fill) === null) return '#000000';
	return contrastRatio(fill, '#ffffff') >= contrastRatio(fill, '#000000') ? '#ffffff' : '#000000';
}
