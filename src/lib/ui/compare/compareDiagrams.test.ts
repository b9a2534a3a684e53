import { describe, expect, it } from 'vitest';
import type { CompareCatalogue } from '$lib/state/compareState';
import { parseCompareEmbed, parseDiagram } from './compareDiagrams.ts';

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

// SYNTHETIC catalogue: two groupings, one indicator at every level, no areas.
const cat: CompareCatalogue = {
	groupings: ['fokus2025', 'stadsdelslyftet'],
	indicators: ['lag_ekonomisk_standard_andel'],
	needIndicators: ['lag_ekonomisk_standard_andel'],
	defaults: { groupings: ['fokus2025', 'hela_staden'], level: 'stadsdelsomrade', indicator: 'lag_ekonomisk_standard_andel', need: 'lag_ekonomisk_standard_andel' },
	hasArea: () => false,
	indicatorsAt: () => ['lag_ekonomisk_standard_andel'],
	needsAt: () => ['lag_ekonomisk_standard_andel'],
	latestYear: 2024
};
const parse = (q: string) => parseCompareEmbed(new URLSearchParams(q), cat);

describe('parseCompareEmbed', () => {
	it('a link with only a chart: that chart, no state of its own, nothing set aside', () => {
		expect(parse('diagram=serie')).toEqual({ diagram: 'serie', unknownDiagram: false, state: null, issues: [], setAside: false, query: 'diagram=serie' });
	});

	it('a repeated chart is named as repeated, the first used, and the address keeps one', () => {
		const link = parse('diagram=serie&diagram=rangordning');
		expect(link).toMatchObject({ diagram: 'serie', issues: [{ param: 'diagram', reason: 'repeated' }], setAside: true, query: 'diagram=serie' });
	});

	it('a repeated chart whose first names no chart is not said to be used', () => {
		const link = parse('diagram=pie&diagram=serie');
		expect(link).toMatchObject({ diagram: 'dotplot', unknownDiagram: true, setAside: true, query: 'diagram=dotplot' });
		expect(link.issues).toEqual([
			{ param: 'diagram', reason: 'repeated' },
			{ param: 'diagram', reason: 'unknown' }
		]);
	});

	it('the comparison\'s own parameters are read as on the comparison page, their issues after the chart\'s', () => {
		const link = parse('diagram=serie&diagram=serie&niva=deso&niva=regso&x=1');
		expect(link.state).toMatchObject({ level: 'deso' });
		expect(link.issues).toEqual([
			{ param: 'diagram', reason: 'repeated' },
			{ param: 'niva', reason: 'repeated' },
			{ param: 'x', reason: 'unknown' }
		]);
		expect(link.query).toBe('diagram=serie&grupper=fokus2025,hela_staden&niva=deso&indikator=lag_ekonomisk_standard_andel&behov=lag_ekonomisk_standard_andel');
	});
});
