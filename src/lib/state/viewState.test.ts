import { describe, expect, it } from 'vitest';
import { areaViewQuery, customViewQuery, parseViewState, serialiseViewState, type StateCatalogue } from './viewState.ts';

// SYNTHETIC catalogue for the parser.
const cat: StateCatalogue = {
	indicators: [
		{ id: 'andel_a', years: [2020, 2021, 2022], levels: ['stadsdelsomrade', 'regso'] },
		{ id: 'andel_b', years: [2024], levels: ['deso2025', 'deso', 'stadsdelsomrade'] }
	],
	groupings: [{ id: 'fokus2025' }, { id: 'stadsdelslyftet' }, { id: 'utsatta2023' }],
	defaultIndicator: 'andel_a',
	defaultGroupings: ['fokus2025'],
	hasArea: (level, code) => level === 'stadsdelsomrade' && ['farsta', 'skarholmen'].includes(code)
};
const parse = (q: string) => parseViewState(new URLSearchParams(q), cat);

describe('parseViewState', () => {
	it('uses the first of a repeated parameter and says it was repeated', () => {
		const { state, issues } = parse('indikator=andel_a&indikator=andel_b&ar=2020&ar=2021');
		expect(state).toMatchObject({ indicator: 'andel_a', year: 2020 });
		expect(issues).toEqual([
			{ param: 'indikator', reason: 'repeated' },
			{ param: 'ar', reason: 'repeated' }
		]);
	});

	it('gives the defaults for an empty URL', () => {
		expect(parse('')).toEqual({
			state: { indicator: 'andel_a', year: 2022, level: 'stadsdelsomrade', groupings: ['fokus2025'], area: null, compare: false, custom: null },
			issues: []
		});
	});

	it('reads a full valid URL', () => {
		const { state, issues } = parse('indikator=andel_b&niva=deso&ar=2024&grupper=stadsdelslyftet,utsatta2023&jmf=1');
		expect(issues).toEqual([]);
		expect(state).toMatchObject({ indicator: 'andel_b', level: 'deso', year: 2024, groupings: ['stadsdelslyftet', 'utsatta2023'], compare: true });
	});

	it.each([
		['indikator=<script>alert(1)</script>', 'indikator', 'malformed'],
		['indikator=finns_inte', 'indikator', 'unknown'],
		['ar=20x2', 'ar', 'malformed'],
		['ar=1999', 'ar', 'unavailable'],
		['ar=-1', 'ar', 'malformed'],
		['niva=land', 'niva', 'malformed'],
		['niva=deso', 'niva', 'unavailable'],
		['grupper=fokus2025,"><img src=x onerror=alert(1)>', 'grupper', 'unknown'],
		['omrade=../../etc/passwd', 'omrade', 'malformed'],
		['omrade=atlantis', 'omrade', 'unknown'],
		['jmf=yes', 'jmf', 'malformed'],
		[`indikator=${'a'.repeat(5000)}`, 'indikator', 'too-long'],
		['utm_source=x', 'utm_source', 'unknown']
	])('falls back to the default for %s and reports it', (q, param, reason) => {
		const { state, issues } = parse(q);
		expect(issues).toContainEqual({ param, reason });
		expect(state.indicator).toMatch(/^andel_[ab]$/);
		expect(cat.indicators.find((i) => i.id === state.indicator)!.years).toContain(state.year);
	});

	it('keeps the valid parameters when another is bad', () => {
		const { state } = parse('indikator=andel_a&ar=2021&niva=nope');
		expect(state).toMatchObject({ indicator: 'andel_a', year: 2021, level: 'stadsdelsomrade' });
	});

	it('accepts a selected area only at the shown level', () => {
		expect(parse('omrade=farsta').state.area).toBe('farsta');
		expect(parse('niva=regso&omrade=farsta').state.area).toBeNull();
	});
});

describe('serialiseViewState', () => {
	it('round-trips a full state', () => {
		const q = 'indikator=andel_a&ar=2020&niva=regso&grupper=stadsdelslyftet,utsatta2023&omrade=x1&jmf=1';
		const state = { ...parse(q).state, area: 'x1' };
		expect(serialiseViewState(state)).toBe(q);
	});
	it('names indicator, year, level and groupings even when they are the defaults, so links do not drift', () => {
		expect(serialiseViewState(parse('').state)).toBe('indikator=andel_a&ar=2022&niva=stadsdelsomrade&grupper=fokus2025');
	});
	it('groupings none of which is known keep the defaults, as the notice says; some known: those', () => {
		expect(parse('grupper=__proto__,x').state.groupings).toEqual(['fokus2025']);
		expect(parse('grupper=__proto__,stadsdelslyftet').state.groupings).toEqual(['stadsdelslyftet']);
	});
	it('writes an emptied grouping list explicitly', () => {
		const { state } = parse('grupper=');
		expect(state.groupings).toEqual([]);
		expect(serialiseViewState(state)).toMatch(/grupper=$/);
	});
});

describe('areaViewQuery', () => {
	it('is read back by the map as that area at its level, with the rest of the view at its defaults', () => {
		expect(areaViewQuery('stadsdelsomrade', 'farsta')).toBe('niva=stadsdelsomrade&omrade=farsta');
		expect(parse(areaViewQuery('stadsdelsomrade', 'farsta'))).toEqual({
			state: { indicator: 'andel_a', year: 2022, level: 'stadsdelsomrade', groupings: ['fokus2025'], area: 'farsta', compare: false, custom: null },
			issues: []
		});
	});
});

describe("one's own grouping on the map", () => {
	it('reads it from the link and outlines it after the defaults, unless the list leaves it out', () => {
		const { state, issues } = parse('egen=stadsdelsomrade:farsta,skarholmen&egennamn=S%C3%B6der');
		expect(issues).toEqual([]);
		expect(state.custom).toEqual({ level: 'stadsdelsomrade', codes: ['farsta', 'skarholmen'], name: 'Söder' });
		expect(state.groupings).toEqual(['fokus2025', 'egen']);
		expect(parse('grupper=utsatta2023&egen=stadsdelsomrade:farsta').state.groupings).toEqual(['utsatta2023']);
		expect(parse('grupper=egen,fokus2025&egen=stadsdelsomrade:farsta').state.groupings).toEqual(['fokus2025', 'egen']);
	});

	it('drops and lists areas that do not exist, and a grouping or name without areas', () => {
		const withUnknown = parse('egen=stadsdelsomrade:farsta,atlantis,<b>');
		expect(withUnknown.state.custom?.codes).toEqual(['farsta']);
		expect(withUnknown.issues).toEqual([{ param: 'egen', reason: 'unknown-codes', codes: ['atlantis', 'b'] }]);
		const none = parse('egen=stadsdelsomrade:atlantis&egennamn=X&grupper=egen');
		expect(none.state.custom).toBeNull();
		expect(none.state.groupings).toEqual(['fokus2025']);
		expect(none.issues).toEqual([
			{ param: 'egen', reason: 'unknown-codes', codes: ['atlantis'] },
			{ param: 'egennamn', reason: 'unavailable' },
			{ param: 'grupper', reason: 'unknown' }
		]);
		expect(parse('egen=valdistrikt2022:farsta').issues).toEqual([{ param: 'egen', reason: 'malformed' }]);
	});

	it('keeps it in the canonical link, read back the same, its name as plain text', () => {
		const { state } = parse('egen=stadsdelsomrade:skarholmen,farsta&egennamn=%E2%80%AEx%3Cb%3E%20%20y');
		const q = serialiseViewState(state);
		expect(q).toBe('indikator=andel_a&ar=2022&niva=stadsdelsomrade&grupper=fokus2025,egen&egen=stadsdelsomrade:skarholmen,farsta&egennamn=x%3Cb%3E+y');
		expect(parse(q)).toEqual({ state, issues: [] });
	});
});

describe('customViewQuery', () => {
	it("is read back by the map as the grouping outlined at its level, with the comparison's indicator", () => {
		const custom = { level: 'stadsdelsomrade' as const, codes: ['farsta'], name: 'Mitt' };
		const { state, issues } = parse(customViewQuery(custom, 'andel_b'));
		expect(issues).toEqual([]);
		expect(state).toMatchObject({ indicator: 'andel_b', level: 'stadsdelsomrade', custom, groupings: ['fokus2025', 'egen'] });
	});
});
