import { describe, expect, it } from 'vitest';
import { divergingColours, sequentialColours } from './colour.ts';

// The ColorBrewer values as published (colorbrewer2.org), so a change of library or scheme shows here.
describe('palettes', () => {
	it('sequential: Blues 7 for neutral and better-when-higher, Purples 7 for worse-when-higher, darkest last', () => {
		expect(sequentialColours(5, 'neutral')).toEqual(['#c6dbef', '#9ecae1', '#4292c6', '#2171b5', '#084594']);
		expect(sequentialColours(7, 'higher_worse')).toEqual(['#f2f0f7', '#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486']);
		expect(sequentialColours(2, 'higher_better')).toEqual(['#c6dbef', '#4292c6']);
	});
	it('diverging: PuOr from orange (far below) through white to purple (far above)', () => {
		expect(divergingColours(7)).toEqual(['#b35806', '#e08214', '#fdb863', '#f7f7f7', '#b2abd2', '#8073ac', '#542788']);
		expect(divergingColours(3)).toEqual(['#b35806', '#f7f7f7', '#542788']);
	});
});
