import { describe, expect, it } from 'vitest';
import { composeShare, pageShare, type ShareSpec, type ShareWords } from './shareTexts';

const words: ShareWords = { dated: 'Data byggda 1 december 2026', processed: 'Bearbetning: Stadsdelskollen', linkLabel: 'Länk till exakt den här vyn', locale: 'sv' };
const builtAt = '2026-12-01T10:00:00Z';
const spec: ShareSpec = {
	link: { path: '/jamfor', rest: '?a=1#dotplot-title' },
	embed: '/embed/jamfor?diagram=dotplot&a=1',
	title: 'Syntetisk titel',
	subtitle: 'Syntetisk undertitel',
	source: 'Källa: SCB, tabell X. Licens: CC0.',
	csvTitle: 'Syntetisk titel',
	citeTitle: 'Syntetisk titel',
	altTitle: 'Syntetisk titel',
	citeSource: 'SCB, tabell X',
	definition: 'Syntetisk undertitel',
	notesAfter: ['egen data: min.csv'],
	kind: 'Punktdiagram',
	reading: 'Grupp A ligger högst.  Grupp B lägst.',
	fileParts: ['jamfor', 'dotplot', 'regso'],
	note: 'Din egen data finns inte i länken.'
};

describe('composeShare', () => {
	it('builds the permalink, embed, export meta, CSV meta, alt text, citation and file name from one spec', () => {
		const t = composeShare(spec, { origin: 'http://127.0.0.1:4332', pathname: '/ignored' }, builtAt, words);
		expect(t.permalink).toBe('http://127.0.0.1:4332/jamfor?a=1#dotplot-title');
		expect(t.embedUrl).toBe('http://127.0.0.1:4332/embed/jamfor?diagram=dotplot&a=1');
		expect(t.meta).toEqual({
			title: 'Syntetisk titel',
			subtitle: 'Syntetisk undertitel',
			source: 'Källa: SCB, tabell X. Licens: CC0. Bearbetning: Stadsdelskollen.',
			dated: 'Data byggda 1 december 2026',
			legend: undefined
		});
		expect(t.csvMeta).toEqual({
			title: 'Syntetisk titel',
			source: 'Källa: SCB, tabell X. Licens: CC0. Bearbetning: Stadsdelskollen.',
			definition: 'Syntetisk undertitel',
			notes: ['Data byggda 1 december 2026', 'egen data: min.csv', 'Länk till exakt den här vyn: http://127.0.0.1:4332/jamfor?a=1#dotplot-title']
		});
		expect(t.alt).toBe('Punktdiagram: Syntetisk titel. Grupp A ligger högst. Grupp B lägst.');
		expect(t.cite).toBe(
			'Syntetisk titel. Källa: SCB, tabell X. Bearbetning: Stadsdelskollen (data byggda 2026-12-01). http://127.0.0.1:4332/jamfor?a=1#dotplot-title'
		);
		expect(t.fileBase).toBe('jamfor-dotplot-regso');
		expect(t.note).toBe('Din egen data finns inte i länken.');
	});

	it('links relatively before the page knows its origin, and has no embed where the spec has none', () => {
		const t = composeShare({ ...spec, embed: null }, { origin: '', pathname: '' }, builtAt, words);
		expect(t.permalink).toBe('/jamfor?a=1#dotplot-title');
		expect(t.embedUrl).toBeNull();
	});
});

describe('pageShare', () => {
	const p = pageShare({
		anchor: 'seg-foreign_born-levels',
		title: 'Olikhetsindex D: Syntetisk',
		subtitle: 'RegSO; 2020–2023',
		source: 'SCB, Tabell (CC0)',
		citeSource: 'SCB, Tabell',
		definition: 'Andel utrikes födda.',
		notes: ['Syntetisk not'],
		kind: 'Diagram',
		reading: 'Högst på RegSO.',
		query: 'x=1'
	});

	it('links this page at the chart anchor, keeps notes before the dated line and names the file by the anchor', () => {
		const t = composeShare(p, { origin: 'http://h', pathname: '/segregation' }, builtAt, words);
		expect(t.permalink).toBe('http://h/segregation?x=1#seg-foreign_born-levels');
		expect(t.embedUrl).toBeNull();
		expect(t.csvMeta.title).toBe('Olikhetsindex D: Syntetisk – RegSO; 2020–2023');
		expect(t.csvMeta.source).toBe('Källa: SCB, Tabell (CC0). Bearbetning: Stadsdelskollen.');
		expect(t.csvMeta.definition).toBe('Definition: Andel utrikes födda.');
		expect(t.csvMeta.notes).toEqual(['Syntetisk not', 'Data byggda 1 december 2026', 'Länk till exakt den här vyn: http://h/segregation?x=1#seg-foreign_born-levels']);
		expect(t.alt).toBe('Diagram: Olikhetsindex D: Syntetisk. Högst på RegSO.');
		expect(t.cite.startsWith('Olikhetsindex D: Syntetisk, RegSO; 2020–2023. Källa: SCB, Tabell. ')).toBe(true);
		expect(t.fileBase).toBe('seg-foreign-born-levels');
	});

	it('without a query or subtitle: the anchor alone, the title alone', () => {
		const t = composeShare(pageShare({ anchor: 'a', title: 'T', subtitle: '', source: 'S', citeSource: 'S', definition: 'D', kind: 'K', reading: 'R' }), { origin: 'http://h', pathname: '/p' }, builtAt, words);
		expect(t.permalink).toBe('http://h/p#a');
		expect(t.csvMeta.title).toBe('T');
		expect(t.cite.startsWith('T. Källa: S. ')).toBe(true);
	});
});
