import { describe, expect, it } from 'vitest';
import { findRawDir } from '../csv.ts';
import { load, parseForeignBorn, parseIncome, parseTenure } from './scb_regso_2020_2023.ts';

const key = new Map([
	['Rinkeby', '0180R010'],
	['Akalla', '0180R001']
]);

const FOREIGN = [
	'\uFEFF"region","födelseregion","kön","Antal 2020","Antal 2021"',
	'"Solna (Råsunda)","Sverige","totalt",10,10',
	'"Stockholm (Rinkeby)","Sverige","totalt",400,300',
	'"Stockholm (Rinkeby)","totalt","totalt",1000,1200',
	'"Stockholm (Akalla)","totalt","totalt",500,',
	'"Stockholm (Akalla)","Sverige","totalt",250,260'
].join('\n');

describe('parseForeignBorn', () => {
	const { observations, warnings } = parseForeignBorn(FOREIGN, key, 'f.csv');
	const get = (id: string, code: string, year: number) =>
		observations.find((o) => o.indicator === id && o.code === code && o.year === year)!;
	it('derives the foreign-born share as (totalt − Sverige) / totalt', () => {
		const o = get('utrikes_fodda_andel', '0180R010', 2021);
		expect([o.value, o.numerator, o.denominator, o.status]).toEqual([75, 900, 1200, 'ok']);
		expect(o.origin).toEqual({ file: 'f.csv', row: 4 });
		expect(get('folkmangd', '0180R010', 2020).value).toBe(1000);
	});
	it('leaves an empty cell missing, never 0', () => {
		expect(get('folkmangd', '0180R001', 2021)).toMatchObject({ value: null, status: 'missing' });
		expect(get('utrikes_fodda_andel', '0180R001', 2021)).toMatchObject({ value: null, numerator: null, status: 'missing' });
		expect(get('utrikes_fodda_andel', '0180R001', 2020).value).toBe(50);
	});
	it('ignores other kommuner', () => {
		expect(observations.every((o) => o.code.startsWith('0180'))).toBe(true);
		expect(warnings).toEqual([]);
	});
});

describe('parseTenure', () => {
	const TENURE = [
		'"region","upplåtelseform","Antal 2020"',
		'"Stockholm (Rinkeby)","hyresrätt",90',
		'"Stockholm (Rinkeby)","bostadsrätt",6',
		'"Stockholm (Rinkeby)","äganderätt",3',
		'"Stockholm (Rinkeby)","uppgift saknas",1',
		'"Stockholm (Okänd)","hyresrätt",5'
	].join('\n');
	it('divides rentals by all four tenure forms and warns on unknown and absent names', () => {
		const { observations, warnings } = parseTenure(TENURE, key, 't.csv');
		expect(observations).toHaveLength(1);
		expect(observations[0]).toMatchObject({ code: '0180R010', value: 90, numerator: 90, denominator: 100 });
		expect(warnings).toEqual([
			't.csv:6: RegSO "Okänd" not in the DeSO–RegSO key; dropped',
			't.csv: no rows for RegSO "Akalla" (0180R001)'
		]);
	});
	it('gives missing when a tenure form is absent', () => {
		const { observations } = parseTenure(TENURE.split('\n').slice(0, 4).join('\n'), key, 't.csv');
		expect(observations[0]).toMatchObject({ value: null, status: 'missing' });
	});
});

describe('parseIncome', () => {
	it('reads wage income per year from the trailing year of each column', () => {
		const text = [
			'"region","inkomstkomponent","kön","Medelvärde för samtliga, tkr 2022","Medelvärde för samtliga, tkr 2023"',
			'"Stockholm (Rinkeby)","löneinkomst ","totalt",173.9,168.4'
		].join('\n');
		const { observations } = parseIncome(text, key, 'i.csv');
		expect(observations.map((o) => [o.indicator, o.year, o.value, o.numerator])).toEqual([
			['loneinkomst_medel', 2022, 173.9, null],
			['loneinkomst_medel', 2023, 168.4, null]
		]);
	});
});

const raw = findRawDir();
describe.skipIf(!raw)('load (real mirror)', () => {
	const r = raw ? load(raw) : null;
	it('covers 127 RegSO × 4 years for each indicator without warnings', () => {
		expect(r!.warnings).toEqual([]);
		for (const id of ['folkmangd', 'utrikes_fodda_andel', 'hyresratt_andel', 'loneinkomst_medel'])
			expect(r!.observations.filter((o) => o.indicator === id && o.value !== null)).toHaveLength(127 * 4);
	});
	it('sums RegSO populations to the city total 988 943 on 31 Dec 2023', () => {
		const total = r!.observations
			.filter((o) => o.indicator === 'folkmangd' && o.year === 2023)
			.reduce((s, o) => s + o.value!, 0);
		expect(total).toBe(988943);
	});
});
