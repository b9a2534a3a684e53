import { describe, expect, it } from 'vitest';
import { findRawDir } from '../csv.ts';
import { load, parseValdistrikt } from './valmyndigheten.ts';

const HEADER =
	'ar,val,distriktstyp,valdistriktskod,valdistriktsnamn,valkrets,rostberattigade,varav_utlandska_medborgare,rostande,valdeltagande_pct,giltiga_valsedlar,M,C,L,KD,S,V,MP,SD,OVR';
const TEXT = [
	HEADER,
	'2018,R,valdistrikt,01801301,Maria 1,1 Södermalm,1000,,800,80.00,790,1,1,1,1,1,1,1,1,1',
	'2018,R,valdistrikt,01801302,Maria 2,1 Södermalm,500,,450,90.00,449,1,1,1,1,1,1,1,1,1',
	'2018,R,uppsamling_eller_ej_fordelade_fortidsroster,01800001,Uppsamlingsdistrikt,1 Södermalm,,,50,,50,1,1,1,1,1,1,1,1,1',
	'2022,K,valdistrikt,01804113,Spånga 1,6 Yttre Västerort,200,20,150,75.00,150,1,1,1,1,1,1,1,1,1'
].join('\n');

describe('parseValdistrikt', () => {
	const { observations, warnings } = parseValdistrikt(TEXT, 'v.csv');
	const find = (id: string, level: string, code: string) => observations.find((o) => o.indicator === id && o.level === level && o.code === code);

	it('gives turnout per district at the level of its election year', () => {
		expect(find('valdeltagande_riksdag', 'valdistrikt2018', '01801301')).toMatchObject({
			year: 2018,
			value: 80,
			numerator: 800,
			denominator: 1000,
			status: 'ok',
			origin: { file: 'v.csv', row: 2 }
		});
		expect(find('valdeltagande_kommun', 'valdistrikt2022', '01804113')?.value).toBe(75);
		expect(find('rostberattigade_riksdag', 'valdistrikt2018', '01801302')?.value).toBe(500);
	});
	it('fails on fewer rows for an election than documented (a file cut at a line break lowers the kommun total), warns on more', () => {
		expect(() => parseValdistrikt(TEXT, 'v.csv', { '2018 R': 4, '2022 K': 1 })).toThrow(
			'v.csv: 3 rows for 2018 R where stats/SOURCES.md documents 4; the file is truncated, and the kommun total would be too low'
		);
		expect(parseValdistrikt(TEXT, 'v.csv', { '2018 R': 3, '2022 K': 1 }).warnings).toHaveLength(1);
		expect(parseValdistrikt(TEXT, 'v.csv', { '2018 R': 2 }).warnings).toContain(
			'v.csv: 3 rows for 2018 R where stats/SOURCES.md documents 2; a newer or changed file: check its figures and update stats/SOURCES.md'
		);
	});
	it('keeps collection rows out of the districts but counts their votes in the kommun total', () => {
		expect(observations.some((o) => o.code === '01800001')).toBe(false);
		// (800 + 450 + 50) / (1000 + 500) = 86.67 %, not the district-only 83.3 %.
		const city = find('valdeltagande_riksdag', 'kommun', '0180')!;
		expect([city.numerator, city.denominator]).toEqual([1300, 1500]);
		expect(city.value).toBeCloseTo(86.667, 3);
		expect(warnings).toEqual([
			'v.csv: 2018 riksdag: 50 voters in 1 collection rows are not assigned to a valdistrikt; counted only in the kommun total'
		]);
	});
	it('rejects an unknown election type', () => {
		expect(() => parseValdistrikt([HEADER, '2018,X,valdistrikt,1,a,b,1,,1,,1,1,1,1,1,1,1,1,1,1'].join('\n'), 'v.csv')).toThrow(/v.csv:2/);
	});
});

const raw = findRawDir();
describe.skipIf(!raw)('load (real mirror)', () => {
	const r = raw ? load(raw) : null;
	const city = (id: string, year: number) =>
		r!.observations.find((o) => o.indicator === id && o.level === 'kommun' && o.year === year)!.value!;
	it('reproduces the city riksdag turnout in SOURCES.md: 85.8 % (2014), 87.3 % (2018), 84.0 % (2022)', () => {
		expect(city('valdeltagande_riksdag', 2014).toFixed(1)).toBe('85.8');
		expect(city('valdeltagande_riksdag', 2018).toFixed(1)).toBe('87.3');
		expect(city('valdeltagande_riksdag', 2022).toFixed(1)).toBe('84.0');
	});
	it('has one observation per district and election', () => {
		const n = (level: string, id: string) => r!.observations.filter((o) => o.level === level && o.indicator === id).length;
		expect(n('valdistrikt2014', 'valdeltagande_riksdag')).toBe(537);
		expect(n('valdistrikt2018', 'valdeltagande_region')).toBe(573);
		expect(n('valdistrikt2022', 'valdeltagande_kommun')).toBe(592);
	});
});
