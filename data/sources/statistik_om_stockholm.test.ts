import { describe, expect, it } from 'vitest';
import { findRawDir } from '../csv.ts';
import { areaCode, load, pageLang, parseTranscribed } from './statistik_om_stockholm.ts';

const HEAD = 'indicator,unit,year,area_level,area_name,value,note,source_table,source_url,source_kind';
const row = (indicator: string, unit: string, year: number, level: string, name: string, value: string, note = '') =>
	`${indicator},${unit},${year},${level},${name},${value},${note},Tabell X,http://example.test/${indicator.split('__')[0]},transcribed`;
const SDO = 'stadsdelsomrade_2007_2020';
const TEXT = [
	HEAD,
	row('folkmangd_31dec', 'personer', 2011, SDO, 'Rinkeby-Kista', '1000'),
	row('folkmangd_31dec', 'personer', 2011, SDO, 'Hägersten-Liljeholmen', '2000'),
	row('folkmangd_31dec', 'personer', 2011, 'kommun', 'Hela staden', '3000'),
	row('folkmangd_31dec', 'personer', 2011, 'ytterstad_innerstad_region', 'Inre staden', '3000'),
	row('folkmangd_prognos_31dec', 'personer', 2021, SDO, 'Rinkeby-Kista', '1200', 'prognos (2012 års prognos) ej utfall'),
	row('utlandsk_bakgrund_antal__totalt', 'personer', 2011, SDO, 'Rinkeby-Kista', '800'),
	row('utlandsk_bakgrund_antal__totalt', 'personer', 2011, SDO, 'Hägersten-Liljeholmen', '500'),
	row('ekonomiskt_bistand_personer', 'personer', 2017, SDO, 'Rinkeby-Kista', '50'),
	row('ekonomiskt_bistand_andel_av_befolkningen', 'procent', 2017, SDO, 'Rinkeby-Kista', '2.5'),
	row('disponibel_inkomst_hushall_median', 'tkr', 2016, SDO, 'Rinkeby-Kista', '300.5')
].join('\n');

describe('pageLang', () => {
	it("reads a table title's language from its page's address: the yearbook's English pages say so, the others are Swedish", () => {
		expect(pageLang(['http://statistik.stockholm.se/temp_eng/a-tabeller/tv.07437.html?t=a1&sprak=eng'])).toBe('en');
		expect(pageLang(['http://statistik.stockholm.se/images/stories/excel/b014-filer/sheet001.htm'])).toBe('sv');
		expect(pageLang(['http://example.test/x?sprak=english'])).toBe('sv');
	});
	it('gives no language to tables copied from pages in both', () => {
		expect(pageLang(['http://statistik.stockholm.se/a.html?sprak=eng', 'http://statistik.stockholm.se/b.htm'])).toBeNull();
	});
});

describe('areaCode', () => {
	it('slugs names and codes the city as 0180', () => {
		expect(areaCode('stadsdelsomrade2007', 'Hägersten-Liljeholmen')).toBe('hagersten-liljeholmen');
		expect(areaCode('innerstad_ytterstad', 'Inre staden')).toBe('innerstaden');
		expect(areaCode('kommun', 'Hela staden')).toBe('0180');
	});
});

describe('parseTranscribed', () => {
	const r = parseTranscribed(TEXT, 's.csv');
	const get = (id: string, code: string, year: number) => r.observations.find((o) => o.indicator === id && o.code === code && o.year === year);

	it('maps levels and keeps each row traced', () => {
		expect(get('folkmangd_31dec', 'rinkeby-kista', 2011)).toMatchObject({ level: 'stadsdelsomrade2007', value: 1000, origin: { file: 's.csv', row: 2 } });
		expect(get('folkmangd_31dec', '0180', 2011)?.level).toBe('kommun');
		expect(get('folkmangd_31dec', 'innerstaden', 2011)?.level).toBe('innerstad_ytterstad');
	});
	it('skips prognosis rows with a warning', () => {
		expect(r.observations.some((o) => o.indicator.includes('prognos') || o.year === 2021)).toBe(false);
		expect(r.warnings).toEqual(['s.csv: skipped 1 prognosis rows (forecasts, not outcomes)']);
	});
	it('pairs a published share with its count: denominator = count / share', () => {
		expect(get('ekonomiskt_bistand_andel_av_befolkningen', 'rinkeby-kista', 2017)).toMatchObject({ value: 2.5, numerator: 50, denominator: 2000, status: 'derived' });
	});
	it('derives the foreign-background share from two counts of the same date', () => {
		expect(get('utlandsk_bakgrund_andel_arsbok', 'hagersten-liljeholmen', 2011)).toMatchObject({ value: 25, numerator: 500, denominator: 2000, status: 'ok' });
	});
	it('makes areas a table skips explicitly missing', () => {
		expect(get('disponibel_inkomst_hushall_median', 'hagersten-liljeholmen', 2016)).toMatchObject({ value: null, status: 'missing' });
	});
	it('keeps each indicator’s source url and unit', () => {
		const median = r.indicators.find((i) => i.id === 'disponibel_inkomst_hushall_median')!;
		expect(median.source.url).toBe('http://example.test/disponibel_inkomst_hushall_median');
		expect(median.unit).toBe('sek_thousand');
		expect(median.aggregation.kind).toBe('not_aggregable');
	});
	it('fails on an indicator without a catalogue entry', () => {
		expect(() => parseTranscribed([HEAD, row('okand', 'personer', 2011, SDO, 'Farsta', '1')].join('\n'), 's.csv')).toThrow(/okand/);
	});
});

const raw = findRawDir();
describe.skipIf(!raw)('load (real mirror)', () => {
	const r = raw ? load(raw) : null;
	it('gives 14 SDOs, 3 city parts and the city, and skips the 18 prognosis rows', () => {
		const codes = (level: string) => new Set(r!.observations.filter((o) => o.level === level).map((o) => o.code));
		expect(codes('stadsdelsomrade2007').size).toBe(14);
		expect([...codes('innerstad_ytterstad')].sort()).toEqual(['innerstaden', 'soderort', 'vasterort']);
		expect([...codes('kommun')]).toEqual(['0180']);
		expect(r!.warnings).toEqual([`${'stats/statistik_om_stockholm/stadsdelsomraden_tabeller_transkriberade.csv'}: skipped 18 prognosis rows (forecasts, not outcomes)`]);
	});
	it('has a catalogue entry with a source url for every indicator', () => {
		for (const i of r!.indicators) expect(i.source.url).toMatch(/^http/);
	});
});
