import { describe, expect, it } from 'vitest';
import { docxBlob } from './docxDocument.ts';
import { documentModel } from './documentModel.ts';
import { syntheticFigure } from './syntheticFigure.ts';
import { parseExportedCsv, toCsv } from '../share/csv.ts';
import { readDocx } from '../../../tests/docxRead.ts';

// A 1×1 white PNG.
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));
const figures = [
	syntheticFigure({ id: 'a', note: 'Jämför med 2019.' }),
	syntheticFigure({ id: 'b', title: 'Andra <figuren> & "citat"', subtitle: '', alt: 'Linjediagram: andra.' })
];

async function build(includeTables: boolean, locale: 'sv' | 'en' = 'sv') {
	const model = documentModel({ title: 'Svar på motion', includeTables, figures }, locale, '2026-12-04T12:00:00Z');
	const blob = await docxBlob(model, [PNG, PNG]);
	return { model, docx: readDocx(new Uint8Array(await blob.arrayBuffer())) };
}

describe('docxBlob', () => {
	it('writes the title, each numbered caption with its source line and note, and the sources at the end', async () => {
		const { model, docx } = await build(true);
		const p = docx.paragraphs.filter((s) => s !== '');
		expect(p[0]).toBe('Svar på motion');
		expect(p[1]).toBe('Sammanställt 4 december 2026 med Stadsdelskollen.');
		const cap1 = p.indexOf('Figur 1. Syntetisk indikator, 2024 – Stadsdelsområde');
		expect(p[cap1 + 1]).toBe(model.figures[0]!.sourceLine);
		expect(p).toContain('Jämför med 2019.');
		expect(p).toContain('Figur 2. Andra <figuren> & "citat"');
		expect(p).toContain('Tabell 1. Data i figur 1');
		expect(p.slice(p.indexOf('Källor') + 1)).toEqual(model.sources);
		// The link is a real hyperlink.
		expect(docx.xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"/);
	});

	it('gives every image its alt text, and copies the tables cell for cell from the Swedish CSV', async () => {
		const { docx } = await build(true);
		expect(docx.images.map((i) => i.descr)).toEqual(['Karta: Syntetisk indikator. Högst i A.', 'Linjediagram: andra.']);
		const csv = parseExportedCsv(toCsv(figures[0]!.table, { title: '', source: '', definition: '', notes: [] }, 'excel-sv'), 'excel-sv');
		expect(docx.tables).toHaveLength(2);
		expect(docx.tables[0]).toEqual(csv);
		expect(docx.tables[0]![2]).toEqual(['B', '2024', '1234,75']);
	});

	it("tags a figure added on an English page as English in a Swedish document: its caption's title, source, notes and table", async () => {
		const model = documentModel(
			{ title: 'Svar', includeTables: true, figures: [figures[0]!, syntheticFigure({ id: 'e', title: 'Foreign-born', lang: 'en' })] },
			'sv',
			'2026-12-04T12:00:00Z'
		);
		const docx = readDocx(new Uint8Array(await (await docxBlob(model, [PNG, PNG])).arrayBuffer()));
		expect(docx.paragraphs).toContain('Figur 2. Foreign-born, 2024 – Stadsdelsområde');
		expect(docx.paragraphs).toContain('Figur 2 lades till på en engelsk sida, så dess texter är på engelska.');
		const runs = (re: RegExp) => Array.from(docx.xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g), (r) => r[1]!).filter((r) => re.test(r));
		expect(runs(/<w:lang w:val="en-GB"\/>/).map((r) => /<w:t[^>]*>([^<]*)</.exec(r)?.[1])).toEqual(
			expect.arrayContaining(['Foreign-born, 2024 – Stadsdelsområde', 'Definition: en syntetisk andel.', 'Område'])
		);
		// The first figure, added on a Swedish page, and the document's own words carry no run language of their own.
		expect(runs(/Syntetisk indikator|Figur 2\. /).some((r) => r.includes('<w:lang'))).toBe(false);
	});

	it('leaves the tables out when asked, and writes English captions in English', async () => {
		const { docx } = await build(false, 'en');
		expect(docx.tables).toHaveLength(0);
		expect(docx.paragraphs).toContain('Figure 1. Syntetisk indikator, 2024 – Stadsdelsområde');
		expect(docx.paragraphs).toContain('Sources');
	});
});
