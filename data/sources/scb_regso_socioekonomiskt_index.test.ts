import { describe, expect, it } from 'vitest';
import { findRawDir } from '../csv.ts';
import { repeatedFigures } from '../validate.ts';
import { load, parseOmradestyp, parseRegsoKey, regsoNameIn } from './scb_regso_socioekonomiskt_index.ts';

const KEY = [
	'\uFEFFKommun,Kommunnamn,DeSO_2018,RegSO_2020,RegSOkod_2020',
	'0114,Upplands Väsby,0114C1010,Bollstanäs,0114R001',
	'0180,Stockholm,0180C1010,Rinkeby,0180R010',
	'0180,Stockholm,0180C1020,Rinkeby,0180R010',
	'0180,Stockholm,0180C1030,Akalla,0180R001'
].join('\n');

const INDEX = [
	'\uFEFF,2022',
	'Upplands Väsby (Bollstanäs),4',
	'Stockholm (Rinkeby),1',
	'Stockholm (Akalla),3',
	'Stockholm (Okänt),2',
	'"Fotnot: en text',
	'över två rader",',
	'Databas:,'
].join('\n');

describe('parseRegsoKey', () => {
	it('maps Stockholm RegSO names to codes only', () => {
		const key = parseRegsoKey(KEY);
		expect([...key]).toEqual([
			['Rinkeby', '0180R010'],
			['Akalla', '0180R001']
		]);
	});
	it('rejects a name with two codes', () => {
		expect(() => parseRegsoKey(KEY + '\n0180,Stockholm,0180C1040,Akalla,0180R002')).toThrow(/two codes/);
	});
});

describe('regsoNameIn', () => {
	it('keeps only Stockholm labels', () => {
		expect(regsoNameIn('Stockholm (Hägersten-Västberga)')).toBe('Hägersten-Västberga');
		expect(regsoNameIn('Upplands Väsby (Bollstanäs)')).toBeNull();
		expect(regsoNameIn('Databas:')).toBeNull();
	});
});

describe('parseOmradestyp', () => {
	it('joins names to codes, skips other kommuner and footnotes, warns on unknown names', () => {
		const { observations, warnings } = parseOmradestyp(INDEX, 2022, parseRegsoKey(KEY), 'f.csv');
		expect(observations.map((o) => [o.code, o.year, o.value, o.level, o.origin?.row])).toEqual([
			['0180R010', 2022, 1, 'regso', 3],
			['0180R001', 2022, 3, 'regso', 4]
		]);
		expect(warnings).toEqual(['f.csv:5: RegSO "Okänt" not in the DeSO–RegSO key; dropped']);
	});
	it('keeps a repeated RegSO row, so the build refuses it naming both lines, instead of keeping the first', () => {
		const { observations } = parseOmradestyp(INDEX + '\nStockholm (Akalla),5', 2022, parseRegsoKey(KEY), 'f.csv');
		expect(repeatedFigures(observations).map((f) => f.message)).toEqual([
			'omradestyp regso 0180R001 2022: lines 4 and 9 of f.csv both give this figure; remove the repeated or conflicting row'
		]);
	});
	it('rejects a value outside 1–5', () => {
		expect(() => parseOmradestyp(',2022\nStockholm (Akalla),7', 2022, parseRegsoKey(KEY), 'f.csv')).toThrow(/1–5/);
	});
});

const raw = findRawDir();
const AKALLA = '0180R002';
describe.skipIf(!raw)('load (real mirror)', () => {
	it('gives all 127 Stockholm RegSO for both years', () => {
		const r = load(raw!);
		expect(r.warnings).toEqual([]);
		for (const year of [2022, 2023]) expect(r.observations.filter((o) => o.year === year)).toHaveLength(127);
		// SOURCES.md: Akalla is 3 in the 2022 file and 2 in the 2023 file.
		const akalla = r.observations.filter((o) => o.code === AKALLA).map((o) => [o.year, o.value]);
		expect(akalla).toEqual([
			[2022, 3],
			[2023, 2]
		]);
	});
});
