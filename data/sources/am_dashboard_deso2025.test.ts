import { describe, expect, it } from 'vitest';
import { findRawDir } from '../csv.ts';
import { approximateByKind } from '../../src/lib/model/aggregate.ts';
import { INDICATORS, load, parseDesoIndicators } from './am_dashboard_deso2025.ts';

const HEADER =
	'deso2025,regso2025,pop,growth_2025,foreign_2024,foreign_2025,income_2024,income_med_2024,unemp_2024,renters_2024,renters_2025,flats_2025,tenure_1,tenure_2,tenure_3,tenure_4';
const TEXT = [HEADER, '0180C0001,0180R001,1100,10,50,40,300.5,280,5,50,60,,60,30,10,0'].join('\n');

describe('parseDesoIndicators', () => {
	const { observations } = parseDesoIndicators(TEXT, 'f.csv');
	const get = (id: string, year: number) => observations.find((o) => o.indicator === id && o.year === year)!;
	const nd = (id: string, year: number) => {
		const o = get(id, year);
		return [o.value, o.numerator, o.denominator, o.status];
	};

	it('reads pop as 2025 and derives 2024 from the growth rate', () => {
		expect(nd('folkmangd_deso2025', 2025)).toEqual([1100, null, null, 'ok']);
		expect(nd('folkmangd_deso2025', 2024)).toEqual([1000, null, null, 'derived']);
		expect(nd('folkmangd_forandring', 2025)).toEqual([10, 100, 1000, 'derived']);
	});
	it('derives share numerators from the population of the same year', () => {
		expect(nd('utlandsk_bakgrund_andel', 2024)).toEqual([50, 500, 1000, 'derived']);
		expect(nd('utlandsk_bakgrund_andel', 2025)).toEqual([40, 440, 1100, 'derived']);
	});
	it("keeps a share over a stand-in base as the source's, with its indicator flagging sums over areas approximate", () => {
		// The share (5 %) is as published; only the counts rest on the population standing in for the real base.
		expect(nd('arbetsloshet_andel', 2024)).toEqual([5, 50, 1000, 'derived']);
		const aggregation = (id: string) => INDICATORS.find((i) => i.id === id)!.aggregation;
		expect(aggregation('arbetsloshet_andel')).toEqual({ kind: 'ratio', scale: 100, approximate: true });
		expect(aggregation('utlandsk_bakgrund_andel')).toEqual({ kind: 'ratio', scale: 100 });
	});
	it("uses the tenure sum as the rental base: exact counts for 2025, estimated for 2024, each area's share the source's", () => {
		// 2025: the counted dwellings, not a rounded share × a base: the row is as in the source, not "derived".
		expect(nd('hyresratt_andel_deso2025', 2025)).toEqual([60, 60, 100, 'ok']);
		// 2024: the published share (50 %) × the 2025 dwellings; the row is not approximate, a sum over areas is.
		expect(nd('hyresratt_andel_deso2025', 2024)).toEqual([50, 50, 100, 'derived']);
		expect(nd('lagenheter_hyresratt', 2025)).toEqual([60, null, null, 'ok']);
		const rental = INDICATORS.find((i) => i.id === 'hyresratt_andel_deso2025')!.aggregation;
		expect(rental).toEqual({ kind: 'ratio', scale: 100, estimatedYears: [2024] });
		expect([approximateByKind(rental, 2024), approximateByKind(rental, 2025)]).toEqual([true, false]);
	});
	it('rejects a rental share of a year whose estimated counts the indicator does not declare', () => {
		const text = 'deso2025,regso2025,renters_2023,tenure_1,tenure_2,tenure_3,tenure_4\n0180C0001,0180R001,50,60,30,10,0';
		expect(() => parseDesoIndicators(text, 'f.csv')).toThrow(/renters_2023.*does not mark 2023 as a year of estimated counts/);
	});
	it('keeps means and medians without numerators', () => {
		expect(nd('nettoinkomst_medel', 2024)).toEqual([300.5, null, null, 'ok']);
		expect(nd('disponibel_inkomst_median', 2024)).toEqual([280, null, null, 'ok']);
	});
	it('turns an empty cell into a missing value, never 0', () => {
		expect(nd('flerbostadshus_andel', 2025)).toEqual([null, null, null, 'missing']);
	});
	it('traces each observation to its line and uses level deso2025', () => {
		expect(get('arbetsloshet_andel', 2024)).toMatchObject({ level: 'deso2025', code: '0180C0001', origin: { file: 'f.csv', row: 2 } });
	});
	it('rejects a column without a definition', () => {
		expect(() => parseDesoIndicators('deso2025,regso2025,mystery_2024\n0180C0001,0180R001,1', 'f.csv')).toThrow(/mystery_2024/);
	});
});

describe('catalogue', () => {
	it('describes every indicator in both languages with a source and a base year for shares', () => {
		for (const i of INDICATORS) {
			expect(i.name.sv && i.name.en && i.description.sv && i.description.en).toBeTruthy();
			expect(i.source.files).toEqual(['stats/am_dashboard_deso2025/deso2025_stockholm_indicators.csv']);
		}
		const unemp = INDICATORS.find((i) => i.id === 'arbetsloshet_andel')!;
		expect(unemp.description.sv).toMatch(/31 dec 2025/);
		expect(INDICATORS.find((i) => i.id === 'disponibel_inkomst_median')!.aggregation.kind).toBe('not_aggregable');
	});
});

const raw = findRawDir();
describe.skipIf(!raw)('load (real mirror)', () => {
	const r = raw ? load(raw) : null;
	it('maps every column of all 569 DeSO and keeps the documented gaps as missing', () => {
		expect(r!.warnings).toEqual([]);
		const pop = r!.observations.filter((o) => o.indicator === 'folkmangd_deso2025' && o.year === 2025);
		expect(pop).toHaveLength(569);
		expect(pop.reduce((s, o) => s + o.value!, 0)).toBe(999286);
		const missing = r!.observations.filter((o) => o.status === 'missing').map((o) => `${o.indicator}:${o.year}`);
		expect(missing.filter((m) => m === 'flerbostadshus_andel:2025')).toHaveLength(10);
		expect(missing.filter((m) => m === 'kapitalinkomst_andel:2024')).toHaveLength(1);
		expect(missing).toHaveLength(11);
	});
	it('reproduces renters_2025 from the tenure counts', () => {
		for (const o of r!.observations.filter((o) => o.indicator === 'hyresratt_andel_deso2025' && o.year === 2025))
			expect(Math.abs((100 * o.numerator!) / o.denominator! - o.value!)).toBeLessThan(0.0006);
	});
});
