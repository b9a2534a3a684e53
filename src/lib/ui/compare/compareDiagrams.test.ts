import { describe, expect, it } from 'vitest';
import { parseDiagram } from './compareDiagrams.ts';

describe('parseDiagram', () => {
	it('reads a known chart name and defaults to the dot plot', () => {
		expect(parseDiagram('serie')).toEqual({ diagram: 'serie', unknown: false });
		expect(parseDiagram(null)).toEqual({ diagram: 'dotplot', unknown: false });
	});
	it('falls back to the dot plot for an unknown or inherited name, and says so', () => {
		expect(parseDiagram('pie')).toEqual({ diagram: 'dotplot', unknown: true });
		expect(parseDiagram('toString')).toEqual({ diagram: 'dotplot', unknown: true });
	});
});
