import { describe, expect, it } from 'vitest';
import { areaProfile, areasWithData, cityLikePartsOf, indexObservations, profileSources } from './areaProfile.ts';
import type { Area, Grouping, Indicator, IndicatorFile } from '../../types/dataset.ts';

// SYNTHETIC fixture: a city '0180', one stadsdelsområde 'norr' with one stadsdel 'norr-1', and a DeSO without data.
const indicator = (id: string, theme: Indicator['theme'], en = ''): Indicator => ({
	id,
	name: { sv: `${id} sv`, en },
	description: { sv: `${id} definition`, en: en && `${id} definition en` },
	theme,
	unit: 'percent',
	direction: 'neutral',
	source: { publisher: 'SCB', table: `T-${id}`, tableLang: 'sv', url: 'https://example.invalid', licence: 'CC0', files: [] },
	aggregation: { kind: 'ratio', scale: 100 },
	caveats: [],
	years: [2023, 2024],
	levels: ['kommun', 'stadsdelsomrade', 'stadsdel'],
	decimals: 1,
	classification: 'quantile'
});
// Catalogue order puts a context indicator first; the page orders by theme.
const indicators = [indicator('ctx', 'context'), indicator('share', 'segregation', 'share en'), indicator('nowhere', 'trygghet')];

const area = (level: Area['level'], code: string, parents: Area['parents'] = {}): Area => ({
	level,
	code,
	name: `Name ${code}`,
	parents,
	landAreaKm2: 1.5,
	hasGeometry: true
});
const areas = [
	area('kommun', '0180'),
	area('stadsdelsomrade', 'norr', { kommun: '0180' }),
	// 'ghost' is a parent the catalogue does not know.
	area('stadsdel', 'norr-1', { stadsdelsomrade: 'norr', kommun: '0180', innerstad_ytterstad: 'ghost' }),
	area('deso', '0180C0001', { kommun: '0180' })
];

const grouping = (id: string, memberships: Grouping['memberships']): Grouping => ({
	id,
	name: { sv: `${id} sv`, en: `${id} en` },
	definition: { sv: '', en: '' },
	citation: '',
	citationLang: 'sv',
	url: '',
	level: 'stadsdel',
	members: [],
	memberships,
	complementOf: null,
	note: null
});
const groupings = [
	grouping('in', { stadsdel: ['norr-1'], stadsdelsomrade: [] }),
	grouping('out', { stadsdel: ['other'], stadsdelsomrade: ['norr'] }),
	grouping('elsewhere', { deso: ['0180C0001'] }),
	{ ...grouping('not_elsewhere', { deso: [] }), complementOf: 'elsewhere' }
];

const files: Pick<IndicatorFile, 'id' | 'rows'>[] = [
	{
		id: 'share',
		rows: [
			['stadsdelsomrade', 'norr', 2024, 29.5, 295, 1000, 'approximate'],
			['stadsdelsomrade', 'norr', 2023, null, null, null, 'missing'],
			['kommun', '0180', 2023, 10, 100, 1000, 'ok'],
			['kommun', '0180', 2024, 11.5, 115, 1000, 'approximate'],
			['stadsdel', 'norr-1', 2023, 20, 20, 100, 'ok'],
			['stadsdel', 'norr-1', 2024, 0, 0, 100, 'derived']
		]
	},
	{ id: 'ctx', rows: [['stadsdelsomrade', 'norr', 2022, 5, null, null, 'ok']] },
	{ id: 'nowhere', rows: [] }
];
const sources = profileSources({ indicators, groupings, areas }, files);

describe('indexObservations', () => {
	it('keys series by level:code and indicator, years ascending', () => {
		const idx = indexObservations(files);
		expect(idx.get('stadsdelsomrade:norr')?.get('share')?.map((p) => p.year)).toEqual([2023, 2024]);
		expect(idx.has('deso:0180C0001')).toBe(false);
	});
});

describe('areaProfile', () => {
	const p = areaProfile(sources, 'stadsdelsomrade', 'norr', 'sv')!;

	it('takes the latest year and the whole city the same year', () => {
		const share = p.indicators.find((i) => i.id === 'share')!;
		expect(share).toMatchObject({ year: 2024, value: 29.5, status: 'approximate', city: 11.5, cityStatus: 'approximate' });
		expect(share.source).toEqual({ publisher: 'SCB', table: 'T-share', tableLang: 'sv', url: 'https://example.invalid' });
	});

	it('gives the whole city computed like the level\'s areas beside the source\'s city figure, where sources can compute it', () => {
		expect(p.indicators.find((i) => i.id === 'share')!.cityLikeParts).toBeNull();
		const asked: string[] = [];
		// Synthetic: a mean of medians over areas with 780 of 1 000 people, flagged approximate.
		const parts = { value: 12.25, approximate: true, derived: false, nMissing: 4, populationCovered: 780, populationTotal: 1000 };
		const withParts = { ...sources, cityLikeParts: (level: string, id: string, year: number) => (asked.push(`${level} ${id} ${year}`), id === 'share' ? parts : null) };
		const q = areaProfile(withParts, 'stadsdelsomrade', 'norr', 'sv')!;
		// The figure reaches the page with its flags and coverage, not as a bare number.
		expect(q.indicators.find((i) => i.id === 'share')).toMatchObject({ city: 11.5, cityLikeParts: parts });
		expect(asked).toContain('stadsdelsomrade share 2024');
		// The city's own page has no level to compute it over.
		expect(areaProfile(withParts, 'kommun', '0180', 'sv')?.indicators.every((i) => i.cityLikeParts === null) ?? true).toBe(true);
	});

	it("keeps the aggregate's flags and coverage with the whole city's figure, and no figure without a value", () => {
		// Synthetic cells, shaped as model/aggregate.ts's finishCell returns them.
		const cell = { value: 405.2, numerator: null, denominator: null, nAreas: 14, nMissing: 4, populationCovered: 780, populationTotal: 1000, min: 300, max: 500, approximate: true, derived: false };
		expect(cityLikePartsOf(cell)).toEqual({ value: 405.2, approximate: true, derived: false, nMissing: 4, populationCovered: 780, populationTotal: 1000 });
		expect(cityLikePartsOf({ ...cell, approximate: false, derived: true })).toMatchObject({ approximate: false, derived: true });
		expect(cityLikePartsOf({ ...cell, value: null })).toBeNull();
	});

	it('gives no city value when the city has none that year, rather than another year', () => {
		const ctx = p.indicators.find((i) => i.id === 'ctx')!;
		expect(ctx).toMatchObject({ year: 2022, value: 5, city: null, cityStatus: null });
	});

	it('draws no trend from one value and a missing year', () => {
		expect(p.indicators.find((i) => i.id === 'share')!.trend).toBeNull();
	});

	it('keeps a true zero as 0 and a trend over two years with the city beside it', () => {
		const s = areaProfile(sources, 'stadsdel', 'norr-1', 'sv')!.indicators.find((i) => i.id === 'share')!;
		expect(s.value).toBe(0);
		expect(s.status).toBe('derived');
		expect(s.trend).toEqual([
			{ year: 2023, value: 20, city: 10 },
			{ year: 2024, value: 0, city: 11.5 }
		]);
	});

	it('lists only indicators with rows for the area, segregation before context', () => {
		expect(p.indicators.map((i) => i.id)).toEqual(['share', 'ctx']);
	});

	it('orders parents coarsest first and links only those with a page', () => {
		const q = areaProfile(sources, 'stadsdel', 'norr-1', 'sv')!;
		expect(q.parents).toEqual([
			{ level: 'kommun', code: '0180', name: 'Name 0180', hasPage: true },
			{ level: 'innerstad_ytterstad', code: 'ghost', name: 'ghost', hasPage: false },
			{ level: 'stadsdelsomrade', code: 'norr', name: 'Name norr', hasPage: true }
		]);
	});

	it('separates membership, non-membership and membership not defined at the level (naming no complement twice)', () => {
		const q = areaProfile(sources, 'stadsdel', 'norr-1', 'sv')!;
		expect(q.groupings).toEqual([{ id: 'in', name: 'in sv' }]);
		expect(q.groupingsUndefined).toEqual([{ id: 'elsewhere', name: 'elsewhere sv' }]);
		expect(p.groupings).toEqual([{ id: 'out', name: 'out sv' }]);
	});

	it('speaks English where the catalogue has it and falls back to Swedish', () => {
		const en = areaProfile(sources, 'stadsdelsomrade', 'norr', 'en')!;
		expect(en.indicators.map((i) => [i.name, i.definition])).toEqual([
			['share en', 'share definition en'],
			['ctx sv', 'ctx definition']
		]);
	});

	it('is null for an area the catalogue does not have', () => {
		expect(areaProfile(sources, 'stadsdelsomrade', 'soder', 'sv')).toBeNull();
	});
});

describe('areasWithData', () => {
	it('lists areas with observations in level order, leaving out those without', () => {
		expect(areasWithData(sources).map((a) => `${a.level}:${a.code}`)).toEqual(['kommun:0180', 'stadsdelsomrade:norr', 'stadsdel:norr-1']);
	});
});
