import { describe, expect, it } from 'vitest';
import { cleanName, MAX_NAME, parseCompareState, serialiseCompareState, type CompareCatalogue } from './compareState.ts';

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
	indicatorsAt: (level) => ['lag_ekonomisk_standard_andel', 'utrikes_fodda_andel', ...(level === 'stadsdelsomrade' ? ['bara_sdo'] : [])],
	needsAt: () => ['lag_ekonomisk_standard_andel']
};
const parse = (q: string) => parseCompareState(new URLSearchParams(q), cat);

describe('compareState', () => {
	it('replaces an indicator without figures at the level, and says so, keeping the rest of the link', () => {
		const { state, issues } = parse('niva=deso&indikator=bara_sdo&grupper=fokus2025');
		expect(state).toMatchObject({ level: 'deso', indicator: 'lag_ekonomisk_standard_andel', groupings: ['fokus2025'] });
		expect(issues).toEqual([{ param: 'indikator', reason: 'unknown' }]);
		expect(parse('niva=stadsdelsomrade&indikator=bara_sdo')).toMatchObject({ state: { indicator: 'bara_sdo' }, issues: [] });
	});

	it('gives the default comparison for an empty URL, with no issues', () => {
		const { state, issues } = parse('');
		expect(state).toEqual({ ...cat.defaults, sort: 'catalogue', custom: null });
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

	it('ignores the name without a custom grouping, and flags unknown parameters', () => {
		const { state, issues } = parse('egennamn=Hej&foo=1');
		expect(state.custom).toBeNull();
		expect(issues).toEqual([{ param: 'foo', reason: 'unknown' }]);
	});
});
