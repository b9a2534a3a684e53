import { describe, expect, it } from 'vitest';
import { documentModel, printImage } from './documentModel.ts';
import { syntheticFigure } from './syntheticFigure.ts';
import type { UnderlagDoc } from './types.ts';

const NOW = '2026-12-04T12:00:00Z';
const other = syntheticFigure({
	id: 'f2',
	title: 'Annan indikator',
	subtitle: '',
	source: 'Källa: Annan källa (CC BY 4.0). Bearbetning: Stadsdelskollen.',
	note: '  Se avsnitt 3.  '
});
const third = syntheticFigure({ id: 'f3', title: 'Tredje', permalink: 'http://127.0.0.1/jamfor?x=1' });
const doc: UnderlagDoc = { title: '', includeTables: true, figures: [syntheticFigure(), other, third] };

describe('documentModel', () => {
	it('numbers the captions in the collection order, in Swedish and English', () => {
		const sv = documentModel(doc, 'sv', NOW);
		expect(sv.figures.map((f) => f.caption)).toEqual([
			'Figur 1. Syntetisk indikator, 2024 – Stadsdelsområde',
			'Figur 2. Annan indikator',
			'Figur 3. Tredje, 2024 – Stadsdelsområde'
		]);
		const en = documentModel({ ...doc, figures: [other, syntheticFigure()] }, 'en', NOW);
		expect(en.figures.map((f) => f.caption)).toEqual(['Figure 1. Annan indikator', 'Figure 2. Syntetisk indikator, 2024 – Stadsdelsområde']);
		expect(en.figures[0]!.table!.caption).toBe('Table 1. Data in figure 1');
	});

	it("marks a figure added on a page in the other language with that language and says so, in the document's language", () => {
		const mixed: UnderlagDoc = { ...doc, figures: [syntheticFigure({ lang: 'sv' }), { ...other, lang: 'en', title: 'Other indicator' }, third] };
		const sv = documentModel(mixed, 'sv', NOW);
		expect(sv.figures.map((f) => f.lang)).toEqual([null, 'en', null]);
		expect(sv.figures[1]!.captionLead + sv.figures[1]!.title).toBe('Figur 2. Other indicator');
		expect(sv.figures[1]!.caption).toBe('Figur 2. Other indicator');
		expect(sv.figures[1]!.langNote).toBe('Figur 2 lades till på en engelsk sida, så dess texter är på engelska.');
		expect(sv.figures[0]!.langNote).toBe('');
		// The figure's words, then the document's.
		expect(sv.figures[1]!.sourceOwn).toBe('Källa: Annan källa (CC BY 4.0). Bearbetning: Stadsdelskollen. Data byggda 29 november 2026');
		expect(sv.figures[1]!.sourceRest).toBe(', hämtad 4 december 2026.');
		const en = documentModel(mixed, 'en', NOW);
		expect(en.figures.map((f) => f.lang)).toEqual(['sv', null, null]);
		expect(en.figures[0]!.langNote).toBe('Figure 1 was added on a Swedish page, so its texts are in Swedish.');
	});

	it('gives every figure a source line with its source, data date, retrieval date and permalink', () => {
		const sv = documentModel(doc, 'sv', NOW).figures[0]!;
		expect(sv.sourceLine).toBe(
			'Källa: Syntetisk källa, tabell T1 (CC0). Bearbetning: Stadsdelskollen. Data byggda 29 november 2026, hämtad 4 december 2026. Länk: http://127.0.0.1/?indikator=x'
		);
		const en = documentModel(doc, 'en', NOW).figures[0]!;
		expect(en.sourceText).toMatch(/, retrieved 4 December 2026\.$/);
		expect(en.linkLabel).toBe('Link');
	});

	it('formats table numbers as the Swedish CSV does (decimal comma, in full, missing as empty) and the English as the plain CSV', () => {
		const sv = documentModel(doc, 'sv', NOW).figures[0]!.table!;
		expect(sv.cells).toEqual([
			['Område', 'År', 'Värde (%)'],
			['A', '2024', '12,5'],
			['B', '2024', '1234,75'],
			['C', '2024', '']
		]);
		expect(sv.numeric).toEqual([false, true, true]);
		expect(sv.missingNote).toBe('Tom cell: uppgift saknas (inte noll).');
		const en = documentModel(doc, 'en', NOW).figures[0]!.table!;
		expect(en.cells[2]).toEqual(['B', '2024', '1234.75']);
	});

	it('leaves the tables out when the user chose so, and says nothing of missing values when none is missing', () => {
		expect(documentModel({ ...doc, includeTables: false }, 'sv', NOW).figures.every((f) => f.table === null)).toBe(true);
		const full = syntheticFigure({ table: { columns: [{ key: 'v', label: 'V' }], rows: [{ v: 0 }] } });
		expect(documentModel({ ...doc, figures: [full] }, 'sv', NOW).figures[0]!.table!.missingNote).toBeNull();
	});

	it('lists each source once at the end, with the figures that use it', () => {
		const sv = documentModel(doc, 'sv', NOW);
		expect(sv.sourcesTitle).toBe('Källor');
		expect(sv.sources).toEqual([
			'Syntetisk källa, tabell T1 (CC0). Bearbetning: Stadsdelskollen. Data byggda 29 november 2026. Används i figurerna 1 och 3.',
			'Annan källa (CC BY 4.0). Bearbetning: Stadsdelskollen. Data byggda 29 november 2026. Används i figur 2.'
		]);
		expect(documentModel(doc, 'en', NOW).sources[0]).toMatch(/Used in figures 1 and 3\.$/);
	});

	it('names a default title, trims the note, and carries the definition and the own-data warning', () => {
		const own = syntheticFigure({ notes: ['egen data: mina.csv'], ownDataNote: 'Din egna data finns inte i länken.' });
		const model = documentModel({ ...doc, figures: [own, other] }, 'sv', NOW);
		expect(model.title).toBe('Underlag från Stadsdelskollen');
		expect(model.compiled).toBe('Sammanställt 4 december 2026 med Stadsdelskollen.');
		expect(model.figures[0]!.details).toEqual(['Definition: en syntetisk andel.', 'egen data: mina.csv', 'Din egna data finns inte i länken.']);
		expect(model.figures[1]!.note).toBe('Se avsnitt 3.');
		expect(documentModel({ ...doc, title: ' Svar på motion ' }, 'sv', NOW).title).toBe('Svar på motion');
	});
});

describe('printImage', () => {
	it('fills the 16 cm text width at 300 dpi', () => {
		// 16 cm = 6.299 in: 604.7 px at 96 dpi, 1889.8 px at 300 dpi; from an 800 px SVG that is ×2.362.
		const img = printImage(800, 400);
		expect(img.widthPx).toBe(605);
		expect(img.heightPx).toBe(302);
		expect(img.scale).toBeCloseTo(1889.76 / 800, 3);
	});

	it('shrinks a tall figure to 18 cm high', () => {
		// 800×1600 at 16 cm wide would be 32 cm high: 18 cm high makes it 9 cm wide (340 px; 1062.99 px at 300 dpi).
		const img = printImage(800, 1600);
		expect(img.heightPx).toBe(680);
		expect(img.widthPx).toBe(340);
		expect(img.scale).toBeCloseTo(1062.99 / 800, 3);
	});
});
