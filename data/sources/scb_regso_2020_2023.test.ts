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
	const { observations, warnings } = parseForeignBorn(FOREIGN, key, 'f.csv', [2020, 2021]);
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
		const { observations, warnings } = parseTenure(TENURE, key, 't.csv', [2020]);
		expect(observations).toHaveLength(1);
		expect(observations[0]).toMatchObject({ code: '0180R010', value: 90, numerator: 90, denominator: 100 });
		expect(warnings).toEqual([
			't.csv:6: RegSO "Okänd" not in the DeSO–RegSO key; dropped',
			't.csv: no rows for RegSO "Akalla" (0180R001)'
		]);
	});
	it('gives missing when a tenure form is absent', () => {
		const { observations } = parseTenure(TENURE.split('\n').slice(0, 4).join('\n'), key, 't.csv', [2020]);
		expect(observations[0]).toMatchObject({ value: null, status: 'missing' });
	});
});

describe('damaged tables are refused, naming the file', () => {
	it('a repeated row (the same RegSO and upplåtelseform), with both line numbers, instead of letting one win', () => {
		const TENURE = [
			'"region","upplåtelseform","Antal 2020"',
			'"Stockholm (Rinkeby)","hyresrätt",90',
			'"Stockholm (Rinkeby)","bostadsrätt",6',
			'"Stockholm (Rinkeby)","äganderätt",3',
			'"Stockholm (Rinkeby)","uppgift saknas",1',
			'"Stockholm (Rinkeby)","hyresrätt",99999'
		].join('\n');
		expect(() => parseTenure(TENURE, key, 't.csv', [2020])).toThrow(
			't.csv: lines 2 and 6 are both RegSO "Rinkeby" (0180R010), upplåtelseform "hyresrätt"; remove the repeated or conflicting row'
		);
	});
	it('a repeated total row of the population table', () => {
		expect(() => parseForeignBorn(FOREIGN + '\n"Stockholm (Rinkeby)","totalt","totalt",1,1', key, 'f.csv', [2020, 2021])).toThrow(/^f\.csv: lines 4 and 7 are both/);
	});
	it('a renamed year column, naming it, instead of dropping that year', () => {
		const renamed = FOREIGN.replace('"Antal 2021"', '"Antal 2O21"');
		expect(() => parseForeignBorn(renamed, key, 'f.csv', [2020, 2021])).toThrow(
			/^f\.csv:1: column "Antal 2O21" is not one this reader knows \(region, födelseregion, kön, "Antal <year>"\)/
		);
	});
	it('a year without its column, naming the year', () => {
		const text = ['"region","inkomstkomponent","kön","Medelvärde för samtliga, tkr 2022"', '"Stockholm (Rinkeby)","löneinkomst","totalt",173.9'].join('\n');
		expect(() => parseIncome(text, key, 'i.csv', [2022, 2023])).toThrow(
			'i.csv:1: no column for 2023 (expected "Medelvärde för samtliga, tkr <year>" for 2022, 2023); its figures would be missing'
		);
	});
	it('a year given twice', () => {
		const text = ['"region","upplåtelseform","Antal 2020","Antal 2020"', '"Stockholm (Rinkeby)","hyresrätt",1,2'].join('\n');
		expect(() => parseTenure(text, key, 't.csv', [2020])).toThrow('t.csv:1: columns "Antal 2020" and "Antal 2020" are both 2020');
	});
});

describe('parseIncome', () => {
	it('reads wage income per year from the trailing year of each column', () => {
		const text = [
			'"region","inkomstkomponent","kön","Medelvärde för samtliga, tkr 2022","Medelvärde för samtliga, tkr 2023"',
			'"Stockholm (Rinkeby)","löneinkomst ","totalt",173.9,168.4'
		].join('\n');
		const { observations } = parseIncome(text, key, 'i.csv', [2022, 2023]);
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
