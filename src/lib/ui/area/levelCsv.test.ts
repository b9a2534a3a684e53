import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileSources } from './areaProfile.ts';
import { levelCsv, type LevelCsvText } from './levelCsv.ts';
import { parseExportedCsv, toCsv } from '../../share/csv.ts';
import type { Area, BuiltCatalogue, Indicator, IndicatorFile } from '../../types/dataset.ts';
import { coverageWords } from '$lib/i18n/labels';
import { m } from '$lib/paraglide/messages';

// SYNTHETIC fixture: two stadsdelsområden, one indicator with 2023 and 2024, one with 2023 only, one with no values.
const indicator = (id: string, publisher: string): Indicator => ({
	id,
	name: { sv: `${id} sv`, en: `${id} en` },
	description: { sv: '', en: '' },
	theme: 'segregation',
	unit: 'percent',
	direction: 'neutral',
	source: { publisher, table: 'T', url: 'https://example.invalid', licence: 'CC0', files: [] },
	aggregation: { kind: 'ratio', scale: 100 },
	caveats: [],
	years: [2023, 2024],
	levels: ['stadsdelsomrade'],
	decimals: 1,
	classification: 'quantile'
});
const area = (code: string): Area => ({ level: 'stadsdelsomrade', code, name: `Namn ${code}`, parents: {}, landAreaKm2: 1, hasGeometry: true });
const files: Pick<IndicatorFile, 'id' | 'rows'>[] = [
	{
		id: 'a',
		rows: [
			['stadsdelsomrade', 'norr', 2023, 10, 1, 10, 'ok'],
			['stadsdelsomrade', 'norr', 2024, 12.345678, 1, 10, 'ok'],
			['stadsdelsomrade', 'syd', 2023, 20, 2, 10, 'ok'],
			// 2024 missing for syd: stays empty, never 0 and never the 2023 value.
			['stadsdelsomrade', 'syd', 2024, null, null, null, 'suppressed']
		]
	},
	{ id: 'b', rows: [['stadsdelsomrade', 'syd', 2023, 5.5, 1, 2, 'ok']] },
	{ id: 'c', rows: [['stadsdelsomrade', 'syd', 2023, null, null, null, 'missing']] }
];
const s = profileSources({ indicators: [indicator('a', 'SCB'), indicator('b', 'Valmyndigheten'), indicator('c', 'SCB')], groupings: [], areas: [area('norr'), area('syd')] }, files);
const text: LevelCsvText = {
	area: 'Område',
	code: 'kod',
	indicator: (name, unit, year, id) => `${name} (${unit}) ${year} [${id}]`,
	title: 'T',
	sourcesLabel: 'Källor',
	definition: 'D',
	notes: ['N'],
	pick: (t) => t.sv,
	unit: () => '%',
	note: 'Anmärkning',
	// The route's words (omrade/[level]/data.csv): the pages' coverage words, the build CSVs' area-weighting note.
	coverage: (share) => coverageWords(share, 'sv'),
	weighted: m.area_weighted_note({}, { locale: 'sv' }),
	meanOfValuesNote: (indicators) => `medel av värden: ${indicators.join(', ')}`
};

describe('levelCsv', () => {
	it("writes each indicator's latest year at the level as one column, missing as empty", () => {
		const { table, meta } = levelCsv(s, 'stadsdelsomrade', text);
		expect(table.columns.map((c) => c.label)).toEqual(['Område', 'kod', 'a sv (%) 2024 [a]', 'b sv (%) 2023 [b]', 'Anmärkning']);
		expect(table.rows).toEqual([
			{ name: 'Namn norr', code: 'norr', a: 12.3457, b: null, note: '' },
			{ name: 'Namn syd', code: 'syd', a: null, b: 5.5, note: '' }
		]);
		expect(meta.source).toBe('Källor: SCB (CC0); Valmyndigheten (CC0)');
		const back = parseExportedCsv(toCsv(table, meta, 'excel-sv'), 'excel-sv');
		expect(back[1]).toEqual(['Namn norr', 'norr', '12,3457', '', '']);
	});

	it("notes a value's coverage and the values estimated by area weighting in the row's note column, values unchanged", () => {
		// SYNTHETIC: a carried share with 57 % of its finer areas' population covered, and an area-weighted count.
		const files2: Pick<IndicatorFile, 'id' | 'rows'>[] = [
			{ id: 'a', rows: [['stadsdelsomrade', 'norr', 2024, 40, 757.2, 1893, 'approximate', 0.567106], ['stadsdelsomrade', 'syd', 2024, 30, 3, 10, 'ok']] },
			{ id: 'b', rows: [['stadsdelsomrade', 'norr', 2022, 1306.825, null, null, 'approximate'], ['stadsdelsomrade', 'syd', 2018, 99, null, null, 'approximate']] }
		];
		const b = { ...indicator('b', 'Valmyndigheten'), unit: 'persons' as const, areaWeighted: { stadsdelsomrade: [2022] } };
		const s2 = profileSources({ indicators: [indicator('a', 'SCB'), b], groupings: [], areas: [area('norr'), area('syd')] }, files2);
		expect(levelCsv(s2, 'stadsdelsomrade', text).table.rows).toEqual([
			{
				name: 'Namn norr',
				code: 'norr',
				a: 40,
				b: 1306.825,
				note: 'a sv: värdet bygger på områden med 57\u00a0% av befolkningen. Uppskattat genom areaviktning (de mindre områdenas antal fördelade efter landyta), inte räknade personer: b sv'
			},
			// syd's b is of 2018, not the column's year: empty, and nothing to note.
			{ name: 'Namn syd', code: 'syd', a: 30, b: null, note: '' }
		]);
		const en: LevelCsvText = { ...text, pick: (t) => t.en, coverage: (share) => coverageWords(share, 'en'), weighted: m.area_weighted_note({}, { locale: 'en' }) };
		expect(levelCsv(s2, 'stadsdelsomrade', en).table.rows[0]!.note).toBe(
			"a en: the value is based on areas with 57% of the population. Estimated by area weighting (the smaller areas' counts split by land area), not counted people: b en"
		);
	});

	it('gives an empty table for a level without areas', () => {
		expect(levelCsv(s, 'deso', text).table.rows).toEqual([]);
	});
});

const REPO = path.resolve(import.meta.dirname, '../../../..');
const RAW = path.resolve(process.env.STADSDELSKOLLEN_RAW ?? path.join(REPO, '..', 'shared', 'data', 'raw'));
const RAW_SOS = path.join(RAW, 'stats/statistik_om_stockholm/stadsdelsomraden_tabeller_transkriberade.csv');
const BUILT = path.join(REPO, 'static/data');

/** The 2016 household figures of Statistik om Stockholm's table, read straight from the raw file: name → value. */
function rawSos2016(indicator: string, areaLevel: string): Map<string, number> {
	const out = new Map<string, number>();
	for (const line of readFileSync(RAW_SOS, 'utf8').split(/\r?\n/).slice(1)) {
		const [ind, , year, level, name, value] = line.split(',');
		if (ind === indicator && year === '2016' && level === areaLevel && value) out.set(name!, Number(value));
	}
	return out;
}

describe.skipIf(!existsSync(RAW_SOS) || !existsSync(path.join(BUILT, 'catalog.json')))('levelCsv on the built data (golden figures from the raw file)', () => {
	const ids = ['disponibel_inkomst_hushall_median', 'disponibel_inkomst_hushall_medel', 'hushall_20plus_efter_disp_inkomst_tkr__samtliga'];
	const catalogue = JSON.parse(readFileSync(path.join(BUILT, 'catalog.json'), 'utf8')) as BuiltCatalogue;
	const built = profileSources(
		{ ...catalogue, indicators: catalogue.indicators.filter((i) => ids.includes(i.id)) },
		ids.map((id) => JSON.parse(readFileSync(path.join(BUILT, 'ind', `${id}.json`), 'utf8')) as IndicatorFile)
	);
	const row = (level: 'kommun' | 'stadsdelsomrade2007', code: string) => levelCsv(built, level, text).table.rows.find((r) => r.code === code)!;

	it("marks the whole city's household median, computed from the city parts' medians, as approximate", () => {
		// The raw file has no median for Hela staden (the page was cut off after Skarpnäck); the three city parts have one.
		const median = rawSos2016('disponibel_inkomst_hushall_median', 'ytterstad_innerstad_region');
		const households = rawSos2016('hushall_20plus_efter_disp_inkomst_tkr__samtliga', 'ytterstad_innerstad_region');
		expect(rawSos2016('disponibel_inkomst_hushall_median', 'kommun').size).toBe(0);
		expect([...median.keys()].sort()).toEqual(['Inre staden', 'Söderort', 'Västerort']);
		let sum = 0;
		let weight = 0;
		for (const [name, m] of median) {
			sum += m * households.get(name)!;
			weight += households.get(name)!;
		}
		const city = row('kommun', '0180');
		expect(city.disponibel_inkomst_hushall_median).toBe(Math.round((sum / weight) * 1e4) / 1e4);
		expect(city.disponibel_inkomst_hushall_median).toBe(397.7311);
		const name = (id: string) => catalogue.indicators.find((i) => i.id === id)!.name.sv;
		expect(city.note).toBe(`medel av värden: ${name('disponibel_inkomst_hushall_median')}`);
		// The city's mean is the source's own figure (585.1), not a mean of means: not listed.
		expect(city.disponibel_inkomst_hushall_medel).toBe(rawSos2016('disponibel_inkomst_hushall_medel', 'kommun').get('Hela staden'));
	});

	it("leaves a district's own median unmarked, and a district without one empty (never 0)", () => {
		const median = rawSos2016('disponibel_inkomst_hushall_median', 'stadsdelsomrade_2007_2020');
		expect(row('stadsdelsomrade2007', 'rinkeby-kista').disponibel_inkomst_hushall_median).toBe(median.get('Rinkeby-Kista'));
		expect(row('stadsdelsomrade2007', 'rinkeby-kista').note).toBe('');
		expect(median.has('Farsta')).toBe(false);
		expect(row('stadsdelsomrade2007', 'farsta').disponibel_inkomst_hushall_median).toBeNull();
	});
});
