// A quoted series' CSV traces every point to its source (name, URL, quoted sentence), and its source line names each
// source once in the page's language, with the years it gave. Synthetic figures, hand-written answers.
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { csvTable } from '$lib/share/dataColumns';
import { lineRows } from '$lib/charts/lineColumns';
import type { ComparableSeries, EvidenceRow } from '$lib/types/trygghet';
import { sourceRuns, sourceText } from './evidenceText';
import { seriesColumns, seriesSourceLine } from './seriesColumns';

afterEach(() => overwriteGetLocale(() => 'sv'));

function figure(id: string, year: number, value: number, over: Partial<EvidenceRow>): EvidenceRow {
	const r = {
		id, family: 'stadens_trygghetsmatning', measure: 'm', measureName: { sv: 'Mått', en: 'Measure' }, measureKey: 'k',
		value, unit: 'percent', unitName: { sv: 'procent', en: 'per cent' }, year, period: null, level: 'kommun', code: '0180',
		sourceLevel: 'kommun', areaName: 'Stockholm', sourceType: 'news', publisher: 'Mitt i', publisherName: { sv: 'Mitt i', en: 'Mitt i' },
		quote: null, quoteInherited: false, note: '', sourceTitle: 'Titel', url: 'https://example.org/', caveats: [], ...over
	};
	return { ...r, lang: 'sv', sourceTitleRuns: [{ text: r.sourceTitle, lang: 'sv' }] } as EvidenceRow;
}

const GERELL = {
	sourceType: 'secondary' as const,
	publisher: 'Manne Gerell (blog)',
	publisherName: { sv: 'Manne Gerell (blogg)', en: 'Manne Gerell (blog)' },
	sourceTitle: 'Manne Gerell (blogg), "Syntetisk rubrik", 5 dec 2013',
	url: 'https://blog.example/gerell'
};

// 2017 from a news article; 2020 quoted twice (an official release and a blog without a sentence); 2021 from the release.
const rows = [
	figure('a', 2017, 20, { sourceTitle: 'Artikel A', url: 'https://news.example/a', quote: '”20 procent”' }),
	figure('b', 2020, 24, { sourceType: 'official_release', publisher: 'Stockholms stad', publisherName: { sv: 'Stockholms stad', en: 'Stockholms stad' }, sourceTitle: 'Release B', url: 'https://city.example/b', quote: '”24 procent”' }),
	figure('c', 2020, 25, GERELL),
	figure('d', 2021, 22, { sourceType: 'official_release', publisher: 'Stockholms stad', publisherName: { sv: 'Stockholms stad', en: 'Stockholms stad' }, sourceTitle: 'Release B', url: 'https://city.example/b', quote: '”22 procent”' })
];
const byId = new Map(rows.map((r) => [r.id, r]));
const series = { points: rows.map((r) => ({ year: r.year!, value: r.value, evidenceId: r.id })) } satisfies Pick<ComparableSeries, 'points'>;
const chartSeries = [{ key: 'k', label: 'Mått', points: series.points.map((p) => ({ x: p.year, xLabel: String(p.year), value: p.value })) }];
const labels = { preliminary: 'preliminär', published: 'publicerad', showTable: 'Visa tabell', x: 'År', status: 'Status', missing: 'uppgift saknas' };
const csv = () => csvTable(seriesColumns(series, byId, { series: chartSeries, format: String, labels, csv: { csvLabel: () => 'Mått (procent)' } }), lineRows(chartSeries));

describe('seriesColumns', () => {
	it("gives every CSV row its own figure's source, URL and quoted sentence; a missing sentence stays empty", () => {
		const t = csv();
		expect(t.columns.map((c) => c.label)).toEqual(['År', 'Mått (procent)', 'Källa', 'Källans adress', 'Citerad mening']);
		expect(t.rows.map((r) => [r.x, r['series-k'], r.source, r.url, r.quote])).toEqual([
			['2017', 20, 'Mitt i: Artikel A', 'https://news.example/a', '”20 procent”'],
			['2020', 24, 'Stockholms stad: Release B', 'https://city.example/b', '”24 procent”'],
			['2020', 25, 'Manne Gerell (blogg), "Syntetisk rubrik", 5 dec 2013', 'https://blog.example/gerell', null],
			['2021', 22, 'Stockholms stad: Release B', 'https://city.example/b', '”22 procent”']
		]);
	});

	it('labels the source columns in English on the English page', () => {
		overwriteGetLocale(() => 'en');
		const t = csv();
		expect(t.columns.slice(2).map((c) => c.label)).toEqual(['Source', 'Source URL', 'Quoted sentence']);
		expect(t.rows[2]!.source).toBe('Manne Gerell (blog), "Syntetisk rubrik", 5 dec 2013');
	});
});

describe('seriesSourceLine', () => {
	it('names each source once, by its URL, with its type and the years it gave', () => {
		expect(seriesSourceLine(series, byId)).toEqual({
			full: 'Mitt i: Artikel A (Nyhetsartikel; 2017); Stockholms stad: Release B (Officiellt pressmeddelande; 2020–2021); Manne Gerell (blogg), "Syntetisk rubrik", 5 dec 2013 (Sekundär källa; 2020)',
			short: 'Mitt i: Artikel A; Stockholms stad: Release B; Manne Gerell (blogg), "Syntetisk rubrik", 5 dec 2013'
		});
	});

	it('names a publisher once, in the page\'s language, when the title already opens with it', () => {
		const gerell = rows.filter((r) => r.id === 'c').concat(figure('e', 2021, 26, GERELL), figure('f', 2023, 27, GERELL));
		const s = { points: gerell.map((r) => ({ year: r.year!, value: r.value, evidenceId: r.id })) };
		const map = new Map(gerell.map((r) => [r.id, r]));
		expect(seriesSourceLine(s, map).full).toBe('Manne Gerell (blogg), "Syntetisk rubrik", 5 dec 2013 (Sekundär källa; 2020–2021, 2023)');
		overwriteGetLocale(() => 'en');
		expect(seriesSourceLine(s, map).full).toBe('Manne Gerell (blog), "Syntetisk rubrik", 5 dec 2013 (Secondary source; 2020–2021, 2023)');
	});
});

describe('sourceText', () => {
	it('keeps a title that names its publisher after a colon, and puts the publisher before any other', () => {
		const mittI = { sv: 'Mitt i', en: 'Mitt i' };
		expect(sourceText({ publisherName: mittI, sourceTitle: 'Mitt i: "Stölder"', sourceTitleRuns: [{ text: 'Mitt i: "Stölder"', lang: 'sv' }] })).toBe('Mitt i: "Stölder"');
		expect(sourceText({ publisherName: mittI, sourceTitle: 'Mitt ibland oss', sourceTitleRuns: [{ text: 'Mitt ibland oss', lang: 'sv' }] })).toBe('Mitt i: Mitt ibland oss');
	});

	it("keeps the title's language on its runs, the publisher's name in the page's", () => {
		overwriteGetLocale(() => 'en');
		const r = {
			publisherName: { sv: 'Helen Törnqvist (blogg)', en: 'Helen Törnqvist (blog)' },
			sourceTitle: 'Bromma blir tryggare (blog by Helen Törnqvist, 15 Oct 2011)',
			sourceTitleRuns: [
				{ text: 'Bromma blir tryggare', lang: 'sv' as const },
				{ text: ' (blog by Helen Törnqvist, 15 Oct 2011)', lang: null }
			]
		};
		expect(sourceRuns(r)).toEqual([{ text: 'Helen Törnqvist (blog): ', lang: null }, ...r.sourceTitleRuns]);
		expect(sourceText(r)).toBe('Helen Törnqvist (blog): Bromma blir tryggare (blog by Helen Törnqvist, 15 Oct 2011)');
		const gerell = { publisherName: { sv: 'Manne Gerell (blogg)', en: 'Manne Gerell (blog)' }, sourceTitle: 'Manne Gerell (blogg), "Rubrik"', sourceTitleRuns: [{ text: 'Manne Gerell (blogg), "Rubrik"', lang: 'sv' as const }] };
		expect(sourceRuns(gerell)).toEqual([{ text: 'Manne Gerell (blog)', lang: null }, { text: ', "Rubrik"', lang: 'sv' }]);
	});
});
