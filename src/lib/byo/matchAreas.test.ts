import { describe, expect, it } from 'vitest';
import { buildAreaIndex, detectLevel, editDistance, matchArea, normaliseName } from './matchAreas';
import { TEST_AREAS, SDO_NAMES } from './testAreas';

const index = buildAreaIndex(TEST_AREAS);

describe('normaliseName', () => {
	it('ignores case, diacritics, dashes and administrative words', () => {
		expect(normaliseName('Hägersten–Älvsjö')).toBe('hagersten alvsjo');
		expect(normaliseName('SPÅNGA-TENSTA stadsdelsområde')).toBe('spanga tensta');
		expect(normaliseName('Rinkeby-Kista sdf')).toBe('rinkeby kista');
		expect(normaliseName('Skärholmens stadsdelsförvaltning')).toBe('skarholmens');
	});
});

describe('matchArea', () => {
	it('matches codes exactly (any case) and restores leading zeros', () => {
		expect(matchArea(index, 'stadsdelsomrade', 'rinkeby-kista')).toMatchObject({ kind: 'match', by: 'code', area: { code: 'rinkeby-kista' } });
		expect(matchArea(index, 'deso', '0180c1010')).toMatchObject({ kind: 'match', area: { code: '0180C1010' } });
		expect(matchArea(index, 'kommun', 180)).toMatchObject({ kind: 'match', area: { code: '0180' } });
	});

	it('matches names ignoring case and diacritics', () => {
		expect(matchArea(index, 'stadsdelsomrade', 'hagersten-alvsjo')).toMatchObject({ kind: 'match', area: { name: 'Hägersten-Älvsjö' } });
		expect(matchArea(index, 'stadsdelsomrade', 'SKARPNÄCK')).toMatchObject({ kind: 'match', by: 'name', area: { code: 'skarpnack' } });
		expect(matchArea(index, 'stadsdelsomrade', 'Enskede–Årsta–Vantör')).toMatchObject({ kind: 'match', area: { code: 'enskede-arsta-vantor' } });
	});

	it('supports the pre-2020 stadsdelsområden', () => {
		expect(matchArea(index, 'stadsdelsomrade2007', 'Hägersten-Liljeholmen')).toMatchObject({ kind: 'match', area: { code: 'hagersten-liljeholmen', parent: 'hagersten-alvsjo' } });
		expect(matchArea(index, 'stadsdelsomrade2007', 'alvsjo')).toMatchObject({ kind: 'match', area: { code: 'alvsjo' } });
		expect(matchArea(index, 'stadsdelsomrade', 'Älvsjö').kind).toBe('unmatched');
	});

	it('suggests close names for the unmatched', () => {
		const r = matchArea(index, 'stadsdelsomrade', 'Skarholmn');
		expect(r.kind).toBe('unmatched');
		if (r.kind === 'unmatched') expect(r.suggestions[0]!.name).toBe('Skärholmen');
		const k = matchArea(index, 'stadsdelsomrade', 'Kista');
		if (k.kind === 'unmatched') expect(k.suggestions.map((a) => a.name)).toContain('Rinkeby-Kista');
		const far = matchArea(index, 'stadsdelsomrade', 'Göteborg');
		expect(far).toEqual({ kind: 'unmatched', suggestions: [] });
	});

	it('editDistance', () => {
		expect(editDistance('kitten', 'sitting')).toBe(3);
		expect(editDistance('', 'abc')).toBe(3);
	});
});

describe('detectLevel', () => {
	it('picks today\'s 13 for today\'s names, and the pre-2020 level when its names are there', () => {
		expect(detectLevel(index, SDO_NAMES)).toEqual({ level: 'stadsdelsomrade', matched: 13 });
		const old = SDO_NAMES.filter((n) => n !== 'Hägersten-Älvsjö').concat(['Hägersten-Liljeholmen', 'Älvsjö']);
		expect(detectLevel(index, old)).toEqual({ level: 'stadsdelsomrade2007', matched: 14 });
		expect(detectLevel(index, ['Rinkeby', 'Kista', 'Tensta'])).toEqual({ level: 'stadsdel', matched: 3 });
		expect(detectLevel(index, ['nowhere'])).toBeNull();
	});
});
