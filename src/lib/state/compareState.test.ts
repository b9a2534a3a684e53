import { describe, expect, it } from 'vitest';
import { cleanName, customCompareQuery, fitUntil, MAX_NAME, parseCompareState, serialiseCompareState, type CompareCatalogue } from './compareState.ts';

const AREAS: Record<string, string[]> = {
	stadsdelsomrade: ['farsta', 'skarholmen', 'rinkeby-kista'],
	deso: ['0180C1010', '0180C1020', '0180C1030']
};
const cat: CompareCatalogue = {
	groupings: ['fokus2025', 'stadsdelslyftet', 'ovriga_stadsdelslyftet'],
	indicators: ['lag_ekonomisk_standard_andel', 'utrikes_fodda_andel', 'bara_sdo'],
	needIndicators: ['lag_ekonomisk_standard_andel'],
	defaults: {
		groupings: ['fokus2025', 'stadsdelslyftet', 'ovriga_stadsdelslyftet', 'hela_staden'],
		level: 'stadsdelsomrade',
		indicator: 'lag_ekonomisk_standard_andel',
		need: 'lag_ekonomisk_standard_andel'
	},
	hasArea: (level, code) => (AREAS[level] ?? []).includes(code),
	// SYNTHETIC: 'bara_sdo' has figures at stadsdelsområde level only.
	// SYNTHETIC: 'utrikes_fodda_andel' has figures from 2020 only; the others from 2010.
	indicatorsAt: (level, until = null) =>
		['lag_ekonomisk_standard_andel', ...(until === null || until >= 2020 ? ['utrikes_fodda_andel'] : []), ...(level === 'stadsdelsomrade' ? ['bara_sdo'] : [])].filter(
			() => until === null || until >= 2010
		),
	needsAt: (_level, until = null) => (until === null || until >= 2010 ? ['lag_ekonomisk_standard_andel'] : []),
	// SYNTHETIC: no indicator has figures after 2024.
	latestYear: 2024
};
const parse = (q: string) => parseCompareState(new URLSearchParams(q), cat);

describe('compareState', () => {
	it('a custom name without a custom grouping is set aside and said so; repeated, it is not said to be used', () => {
		expect(parse('egennamn=Mitt%20urval').issues).toEqual([{ param: 'egennamn', reason: 'unavailable' }]);
		expect(parse('egen=nej&egennamn=x').issues).toEqual([
			{ param: 'egen', reason: 'malformed' },
			{ param: 'egennamn', reason: 'unavailable' }
		]);
		expect(parse('egennamn=a&egennamn=b').issues).toEqual([
			{ param: 'egennamn', reason: 'repeated' },
			{ param: 'egennamn', reason: 'unavailable' }
		]);
		expect(parse('egen=deso:0180C1010&egennamn=x').issues).toEqual([]);
	});

	it('uses the first of a repeated parameter and says it was repeated', () => {
		const { state, issues } = parse('indikator=utrikes_fodda_andel&indikator=bara_sdo&niva=deso&niva=regso');
		expect(state).toMatchObject({ indicator: 'utrikes_fodda_andel', level: 'deso' });
		expect(issues).toEqual([
			{ param: 'indikator', reason: 'repeated' },
			{ param: 'niva', reason: 'repeated' }
		]);
	});

	it('replaces an indicator without figures at the level, and says so, keeping the rest of the link', () => {
		const { state, issues } = parse('niva=deso&indikator=bara_sdo&grupper=fokus2025');
		expect(state).toMatchObject({ level: 'deso', indicator: 'lag_ekonomisk_standard_andel', groupings: ['fokus2025'] });
		expect(issues).toEqual([{ param: 'indikator', reason: 'unknown' }]);
		expect(parse('niva=stadsdelsomrade&indikator=bara_sdo')).toMatchObject({ state: { indicator: 'bara_sdo' }, issues: [] });
	});

	it("holds a shared link's year, and sets aside one its indicators have no figures by, or one that is no year", () => {
		const q = 'grupper=fokus2025&niva=stadsdelsomrade&indikator=utrikes_fodda_andel&behov=lag_ekonomisk_standard_andel&tom=2022';
		expect(parse(q)).toEqual({ state: expect.objectContaining({ until: 2022, indicator: 'utrikes_fodda_andel' }), issues: [] });
		expect(serialiseCompareState(parse(q).state)).toBe(q);
		// Before the indicator's first year: the latest figures, said so.
		expect(parse(q.replace('tom=2022', 'tom=2015'))).toEqual({ state: expect.objectContaining({ until: null, indicator: 'utrikes_fodda_andel' }), issues: [{ param: 'tom', reason: 'unknown' }] });
		// After the latest figure any indicator has: no link made on the site says so; the latest figures, said so.
		expect(parse(q.replace('tom=2022', 'tom=2025'))).toEqual({ state: expect.objectContaining({ until: null }), issues: [{ param: 'tom', reason: 'unknown' }] });
		expect(parse(q.replace('tom=2022', 'tom=2100')).issues).toEqual([{ param: 'tom', reason: 'unknown' }]);
		expect(parse(q.replace('tom=2022', 'tom=2024')).state.until).toBe(2024);
		for (const bad of ['tom=20x2', 'tom=1850', 'tom=99999', 'tom=', 'tom=2022.5'])
			expect(parse(`indikator=utrikes_fodda_andel&${bad}`), bad).toEqual({ state: expect.objectContaining({ until: null }), issues: [{ param: 'tom', reason: 'malformed' }] });
		// A choice made after opening the link keeps the year while it can.
		const held = parse(q).state;
		expect(fitUntil({ ...held, indicator: 'lag_ekonomisk_standard_andel' }, cat)).toEqual({ state: expect.objectContaining({ until: 2022 }), dropped: false });
		expect(fitUntil({ ...held, until: 2012 }, cat)).toEqual({ state: expect.objectContaining({ until: null }), dropped: true });
	});

	it('gives the default comparison for an empty URL, with no issues', () => {
		const { state, issues } = parse('');
		expect(state).toEqual({ ...cat.defaults, sort: 'catalogue', custom: null, until: null });
		expect(issues).toEqual([]);
	});

	it('round-trips a full state, custom grouping included, canonically', () => {
		const q = 'grupper=fokus2025,egen,hela_staden&niva=deso&indikator=utrikes_fodda_andel&behov=lag_ekonomisk_standard_andel&sortera=egen&egen=deso:0180C1010,0180C1030&egennamn=Farsta+s%C3%B6der';
		const { state, issues } = parse(q);
		expect(issues).toEqual([]);
		expect(state.custom).toEqual({ level: 'deso', codes: ['0180C1010', '0180C1030'], name: 'Farsta söder' });
		expect(state.groupings).toEqual(['fokus2025', 'egen', 'hela_staden']);
		expect(state.sort).toBe('egen');
		expect(serialiseCompareState(state)).toBe(q);
		expect(parse(serialiseCompareState(state)).state).toEqual(state);
	});

	it('adds the custom grouping to the defaults when the link names no groupings', () => {
		expect(parse('egen=stadsdelsomrade:farsta').state.groupings).toEqual([...cat.defaults.groupings, 'egen']);
	});

	it('drops unknown codes and lists them (sanitised) as an issue', () => {
		const { state, issues } = parse('egen=stadsdelsomrade:farsta,atlantis,<b>x</b>,farsta');
		expect(state.custom?.codes).toEqual(['farsta']);
		expect(issues).toEqual([{ param: 'egen', reason: 'unknown-codes', codes: ['atlantis', 'bxb'] }]);
	});

	it('a custom grouping with no area left is no grouping: its name and its place in grupper are set aside too', () => {
		expect(parse('egen=deso:&egennamn=Tom')).toMatchObject({
			state: { custom: null, groupings: ['fokus2025', 'stadsdelslyftet', 'ovriga_stadsdelslyftet', 'hela_staden'] },
			issues: [
				{ param: 'egen', reason: 'malformed' },
				{ param: 'egennamn', reason: 'unavailable' }
			]
		});
		const allUnknown = parse('egen=deso:__proto__,constructor&grupper=fokus2025,egen');
		expect(allUnknown.state.custom).toBeNull();
		expect(allUnknown.state.groupings).toEqual(['fokus2025']);
		expect(allUnknown.issues).toEqual([
			{ param: 'egen', reason: 'unknown-codes', codes: ['__proto__', 'constructor'] },
			{ param: 'grupper', reason: 'unknown' }
		]);
	});

	it('groupings none of which is known give the defaults, as the notice says; an empty list is kept', () => {
		expect(parse('grupper=__proto__,constructor')).toMatchObject({
			state: { groupings: ['fokus2025', 'stadsdelslyftet', 'ovriga_stadsdelslyftet', 'hela_staden'] },
			issues: [{ param: 'grupper', reason: 'unknown' }]
		});
		expect(parse('grupper=__proto__&egen=deso:0180C1010').state.groupings).toEqual(['fokus2025', 'stadsdelslyftet', 'ovriga_stadsdelslyftet', 'hela_staden', 'egen']);
		expect(parse('grupper=').state.groupings).toEqual([]);
	});

	it('refuses hostile input without throwing, and never lets it through', () => {
		const hostile = [
			"egen=stadsdelsomrade:farsta');DROP TABLE observations;--",
			'egen=<script>alert(1)</script>',
			'egen=kommun:0180',
			`egen=deso:${'0180C1010,'.repeat(2000)}`,
			'grupper=fokus2025,../../etc,egen',
			'niva=deso%00',
			'indikator=x%27%20OR%201%3D1',
			'sortera=%3Cimg%20src%3Dx%3E',
			`egennamn=${'x'.repeat(10_000)}&egen=stadsdelsomrade:farsta`
		];
		for (const q of hostile) {
			const { state, issues } = parse(q);
			expect(issues.length, q.slice(0, 40)).toBeGreaterThan(0);
			for (const c of state.custom?.codes ?? []) expect(c).toMatch(/^[0-9A-Za-z_-]+$/);
			expect(state.groupings.every((g) => /^[a-z0-9_]+$/.test(g))).toBe(true);
			expect(state.sort).toMatch(/^[a-z0-9_]+$/);
		}
		// 'egen' is not a grouping when there is no custom grouping
		expect(parse('grupper=fokus2025,egen').state.groupings).toEqual(['fokus2025']);
	});

	it('keeps a name as plain text: markup stays inert text, control characters go, length is capped', () => {
		expect(parse('egen=stadsdelsomrade:farsta&egennamn=%3Cscript%3Ealert(1)%3C%2Fscript%3E').state.custom?.name).toBe('<script>alert(1)</script>');
		expect(cleanName('a\u0000b\u202Ec\n  d')).toBe('a b c d');
		expect(cleanName('x'.repeat(200))).toHaveLength(MAX_NAME);
	});

	it('sets aside the name without a custom grouping, and flags unknown parameters', () => {
		const { state, issues } = parse('egennamn=Hej&foo=1');
		expect(state.custom).toBeNull();
		expect(issues).toEqual([
			{ param: 'foo', reason: 'unknown' },
			{ param: 'egennamn', reason: 'unavailable' }
		]);
	});
});

describe('customCompareQuery', () => {
	it('is read back by the comparison as that grouping, compared at its level beside the defaults', () => {
		const custom = { level: 'deso' as const, codes: ['0180C1030', '0180C1010'], name: 'Mitt urval' };
		const { state, issues } = parse(customCompareQuery(custom));
		expect(issues).toEqual([]);
		expect(state).toMatchObject({ level: 'deso', custom, groupings: [...cat.defaults.groupings, 'egen'] });
	});
});
