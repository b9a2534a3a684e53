import { describe, expect, it } from 'vitest';
import { profileSources } from './areaProfile.ts';
import { levelCsv, type LevelCsvText } from './levelCsv.ts';
import { parseExportedCsv, toCsv } from '../../share/csv.ts';
import type { Area, Indicator, IndicatorFile } from '../../types/dataset.ts';
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
	weighted: m.area_weighted_note({}, { locale: 'sv' })
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
