import { describe, expect, it } from 'vitest';
import { contrastRatio, divergingColours, MAX_SEQUENTIAL_CLASSES, sequentialColours, UNSELECTED_FILL } from './colour.ts';
import { groupingStyle } from './groupingStyle.ts';

// The ColorBrewer values as published (colorbrewer2.org), so a change of library or scheme shows here.
describe('palettes', () => {
	it('sequential: Blues 7 for neutral and better-when-higher, Purples 7 for worse-when-higher, darkest last, palest tint left out', () => {
		expect(sequentialColours(5, 'neutral')).toEqual(['#c6dbef', '#9ecae1', '#4292c6', '#2171b5', '#084594']);
		expect(sequentialColours(6, 'higher_worse')).toEqual(['#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486']);
		expect(sequentialColours(2, 'higher_better')).toEqual(['#c6dbef', '#4292c6']);
	});
	it('diverging: PuOr from orange (far below) through a light grey to purple (far above)', () => {
		expect(divergingColours(7)).toEqual(['#b35806', '#e08214', '#fdb863', '#d9d9d9', '#b2abd2', '#8073ac', '#542788']);
		expect(divergingColours(3)).toEqual(['#b35806', '#d9d9d9', '#542788']);
	});
});

describe('every class fill stands out from the white page', () => {
	// Area borders are white, so a fill this close to white reads as blank paper (#f7f7f7 was 1.07:1); see
	// MIN_FILL_CONTRAST in colour.ts for why the limit is 1.3:1 and not 3:1.
	const LIMIT = 1.3;
	const palettes: [string, string[]][] = [];
	for (let n = 1; n <= MAX_SEQUENTIAL_CLASSES; n++)
		for (const d of ['neutral', 'higher_better', 'higher_worse'] as const) palettes.push([`sequential ${d} ${n}`, sequentialColours(n, d)]);
	for (let n = 1; n <= 7; n++) palettes.push([`diverging ${n}`, divergingColours(n)]);

	it.each(palettes)('%s', (_, colours) => {
		for (const c of colours) expect(contrastRatio(c, '#ffffff'), c).toBeGreaterThanOrEqual(LIMIT);
	});

	it('the custom-grouping map: an area not chosen stands out from the page, the chosen colour from it (3:1)', () => {
		expect(contrastRatio(UNSELECTED_FILL, '#ffffff')).toBeGreaterThanOrEqual(LIMIT);
		expect(contrastRatio(groupingStyle('egen').colour, UNSELECTED_FILL)).toBeGreaterThanOrEqual(3);
	});

	it('measures contrast as WCAG does', () => {
		expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
		expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
		expect(contrastRatio('#f7f7f7', '#ffffff')).toBeLessThan(LIMIT);
	});
});
