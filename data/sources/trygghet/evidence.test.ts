import { describe, expect, it } from 'vitest';
import { parseStadsdelIndex } from './areas.ts';
import { extractQuote, noteCaveats, parseEvidence, titleRuns } from './evidence.ts';
import { classifySource } from './sourceType.ts';

const HEADER = 'indicator,unit,year,area_level,area_name,value,note,source_title,source_url';
const STADSDELAR = parseStadsdelIndex('stadsdel,stadsdelsomrade\nHökarängen,Farsta\nTensta,Spånga-Tensta\n');

const FIXTURE = [
	HEADER,
	'oro_for_brott,percent,2020,kommun,Stockholm,9,“nio procent är oroliga”,Release,https://start.stockholm/a/',
	'oro_for_brott,percent,2017,kommun,Stockholm,11,same sentence as 2020 row; response rate Rinkeby-Kista 34 %,Release,https://start.stockholm/a/',
	'oro_for_brott,percent,2017,stadsdelsomrade_2007_2020,Spånga-Tensta,26,“Spånga-Tensta 26”,Release,https://start.stockholm/a/',
	'oro_for_brott,percent,2020,stadsdelsomrade_2020,Spånga-Tensta,13,“Spånga-Tensta 13”,Release,https://start.stockholm/a/',
	'otrygg_i_bostadsomradet,percent,2020,stadsdel,Hökarängen,18,"stadsdel in Farsta SDO: “Hökarängen, 18 procent”; small sample",Artikel,https://www.mitti.se/b/',
	'trygg_ute_sena_kvallar,percent,2022,lokalpolisomrade,Järva,64,“64 procent”,Polisen,https://polisen.se/c/',
	"otrygghet_vid_utevistelse_sen_kvall,percent,,stadsdelsomrade_2007_2020,Södermalm,23,Brå table: 'Andel som känner sig otrygga ute sent',NTU,https://bra.se/download/t.html",
	"otrygghet_vid_utevistelse_sen_kvall,percent,2010,kommun,Stockholm,16,same table,NTU,https://bra.se/download/t.html",
	'oro_for_brott,percent,2020,stadsdelsomrade_2020,Bromma,10,“tio procent”,Release,https://start.stockholm/a/',
	'oro_for_brott,percent,2020,stadsdelsomrade_2020,Järva,50,“Järva”,Blogg,https://example.org/d'
].join('\n');

describe('titleRuns', () => {
	it("splits off the mirror's note in brackets, whose language is not known, from the publication's own title", () => {
		expect(titleRuns('Bromma blir tryggare (blog by Helen Törnqvist, 15 Oct 2011)', 'sv')).toEqual([
			{ text: 'Bromma blir tryggare', lang: 'sv' },
			{ text: ' (blog by Helen Törnqvist, 15 Oct 2011)', lang: null }
		]);
	});
	it('keeps a title without a closing note whole, brackets inside it included', () => {
		const t = 'Manne Gerell (blogg), "Vilken svensk storstad är egentligen farligast", 5 dec 2013 – tabell';
		expect(titleRuns(t, 'sv')).toEqual([{ text: t, lang: 'sv' }]);
	});
});

describe('parseEvidence', () => {
	const parsed = parseEvidence(FIXTURE, 'stockholms_stad_trygghetsmatning', 'f.csv', STADSDELAR);
	if (!parsed.ok) throw new Error(parsed.error);
	const byLine = new Map(parsed.rows.map((r) => [Number(r.id.split(':')[1]), r]));

	it("gives the quote and the source's title its family's language (Swedish)", () => {
		expect(byLine.get(2)).toMatchObject({ quote: 'nio procent är oroliga', lang: 'sv', sourceTitleRuns: [{ text: 'Release', lang: 'sv' }] });
	});

	it('keeps values and maps kommun, both SDO vintages and stadsdelar to our levels', () => {
		expect(byLine.get(2)).toMatchObject({ value: 9, year: 2020, level: 'kommun', code: '0180', measure: 'oro_for_brott' });
		expect(byLine.get(4)).toMatchObject({ level: 'stadsdelsomrade2007', code: 'spanga-tensta', value: 26 });
		expect(byLine.get(5)).toMatchObject({ level: 'stadsdelsomrade', code: 'spanga-tensta', value: 13 });
		expect(byLine.get(6)).toMatchObject({ level: 'stadsdel', code: 'hokarangen' });
	});

	it('names each measure in Swedish and English, and fails naming file and line on a key without a name', () => {
		expect(byLine.get(2)).toMatchObject({ measureName: { sv: 'Oro för brott', en: 'Worry about crime' }, unitName: { sv: 'procent', en: 'percent' } });
		const unknown = parseEvidence(FIXTURE.replace('oro_for_brott,percent,2017,kommun', 'oro_for_nagot_nytt,percent,2017,kommun'), 'stockholms_stad_trygghetsmatning', 'f.csv', STADSDELAR);
		expect(unknown).toEqual({ ok: false, error: "f.csv:3: measure 'oro_for_nagot_nytt' has no Swedish/English name; add it to data/sources/trygghet/measureNames.ts" });
	});

	it('gives each note in both languages, and fails naming file and line on a note without a translation', () => {
		expect(byLine.get(6)!.caveats).toEqual([{ sv: 'stadsdel i Farsta stadsdelsområde: “…”; litet urval', en: 'stadsdel in Farsta stadsdelsområde: “…”; small sample' }]);
		const unknown = parseEvidence(FIXTURE.replace('response rate Rinkeby-Kista 34 %', 'probably the same indicator'), 'stockholms_stad_trygghetsmatning', 'f.csv', STADSDELAR);
		expect(unknown).toEqual({ ok: false, error: "f.csv:3: note 'probably the same indicator' has no Swedish/English version; add it to data/sources/trygghet/noteTranslations.ts" });
	});

	it('never invents a location: police areas and unknown SDO names keep their name with level null', () => {
		expect(byLine.get(7)).toMatchObject({ level: null, code: null, areaName: 'Järva', sourceLevel: 'lokalpolisomrade' });
		expect(byLine.get(11)).toMatchObject({ level: null, code: null, areaName: 'Järva', sourceLevel: 'stadsdelsomrade_2020' });
	});

	it('inherits the quote for "same sentence" and the caption for "same table", and flags it', () => {
		expect(byLine.get(3)).toMatchObject({ quote: 'nio procent är oroliga', quoteInherited: true, caveats: [{ sv: 'svarsfrekvens Rinkeby-Kista 34 %', en: 'response rate Rinkeby-Kista 34 %' }] });
		expect(byLine.get(9)).toMatchObject({ quote: 'Andel som känner sig otrygga ute sent', quoteInherited: true });
		expect(byLine.get(2)?.quoteInherited).toBe(false);
	});

	it('keeps an empty year as null', () => {
		expect(byLine.get(8)?.year).toBeNull();
		expect(byLine.get(10)).toMatchObject({ value: 10, year: 2020 });
	});

	it('fails naming file and line on a value or year that is not a number, never leaving the figure out quietly', () => {
		const text = parseEvidence(FIXTURE.replace(',Bromma,10,', ',Bromma,n/a,'), 'stockholms_stad_trygghetsmatning', 'f.csv', STADSDELAR);
		expect(text).toEqual({ ok: false, error: "f.csv:10: value 'n/a' is not a number; the file is corrupt or the figure mistyped" });
		const blank = parseEvidence(FIXTURE.replace(',Bromma,10,', ',Bromma,,'), 'stockholms_stad_trygghetsmatning', 'f.csv', STADSDELAR);
		expect(blank).toEqual({ ok: false, error: "f.csv:10: value '' is not a number; the file is corrupt or the figure mistyped" });
		const year = parseEvidence(FIXTURE.replace('percent,2020,stadsdelsomrade_2020,Bromma', 'percent,20x0,stadsdelsomrade_2020,Bromma'), 'stockholms_stad_trygghetsmatning', 'f.csv', STADSDELAR);
		expect(year).toEqual({ ok: false, error: "f.csv:10: year '20x0' is not an integer; the file is corrupt or the year mistyped" });
	});

	it('classifies source types and warns about unknown hosts', () => {
		expect(byLine.get(2)).toMatchObject({ sourceType: 'official_release', publisher: 'Stockholms stad' });
		expect(byLine.get(6)).toMatchObject({ sourceType: 'news', publisher: 'Mitt i' });
		expect(byLine.get(8)).toMatchObject({ sourceType: 'official_table', publisher: 'Brå' });
		expect(byLine.get(11)).toMatchObject({ sourceType: 'secondary', publisher: 'example.org' });
		expect(parsed.warnings.some((w) => w.includes("unknown publisher host 'example.org'"))).toBe(true);
	});

	it('gives each (family, wording, level) its own measure key', () => {
		expect(byLine.get(4)?.measureKey).not.toBe(byLine.get(5)?.measureKey);
		expect(byLine.get(2)?.measureKey).toBe(byLine.get(3)?.measureKey);
		const ntu = parseEvidence(FIXTURE, 'bra_ntu', 'f.csv', STADSDELAR);
		expect(ntu.ok && ntu.rows[0]?.measureKey).not.toBe(byLine.get(2)?.measureKey);
	});

	it('fails with a described error when a column is missing', () => {
		expect(parseEvidence('indicator,unit\nx,percent', 'bra_ntu', 'g.csv', null)).toEqual({
			ok: false,
			error: 'g.csv: missing column(s) year, area_level, area_name, value, note, source_title, source_url'
		});
	});
});

describe('quotes and caveats', () => {
	it('reads Swedish nested quotation marks as one quotation', () => {
		expect(extractQuote('share “I år svarade 74 procent att det är ”tryggt att bo i min stadsdel”” (DN)')).toBe(
			'I år svarade 74 procent att det är ”tryggt att bo i min stadsdel”'
		);
	});

	it('does not take a single-quoted phrase for a quotation unless it is a table caption', () => {
		expect(extractQuote("differs from the 'minst en gång i månaden' measure")).toBeNull();
	});

	it('keeps what the transcriber added as a caveat and nothing when the note is only the quote', () => {
		expect(noteCaveats('“tio procent”; c. 1 300 respondents')).toEqual(['“…”; c. 1 300 respondents']);
		expect(noteCaveats('“tio procent”')).toEqual([]);
		expect(noteCaveats('same sentence')).toEqual([]);
	});

	it('names a publisher in Swedish and English where the words differ, under one identity', () => {
		const blog = classifySource('https://mgerell.blogspot.com/2013/12/x.html', '');
		expect(blog.publisher).toBe('Manne Gerell (blog)');
		expect(blog.publisherName).toEqual({ sv: 'Manne Gerell (blogg)', en: 'Manne Gerell (blog)' });
		expect(classifySource('https://www.mitti.se/x', '').publisherName).toEqual({ sv: 'Mitt i', en: 'Mitt i' });
		expect(classifySource('https://example.org/x', '').publisherName).toEqual({ sv: 'example.org', en: 'example.org' });
	});

	it("lets a note's own 'sekundär källa' override the host rule", () => {
		expect(classifySource('https://www.mitti.se/x', 'sekundär källa (blogg)').type).toBe('secondary');
	});
});
