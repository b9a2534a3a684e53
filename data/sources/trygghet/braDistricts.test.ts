import { describe, expect, it } from 'vitest';
import type { Observation } from '../../../src/lib/types/dataset.ts';
import { districtObservations, districtRows } from './braDistricts.ts';
import { ownRates } from './braOwnRates.ts';

// Synthetic selection and rows (made-up figures): two current districts and the two merged in 2020.
const selection = {
	offences: [],
	periods: [],
	regions: [
		{ id: '1', label: 'Farsta', district: 'Farsta', vintage: 2020 as const },
		{ id: '2', label: 'Hägersten-Älvsjö', district: 'Hägersten-Älvsjö', vintage: 2020 as const },
		{ id: '3', label: 'Hägersten-Liljeholmen', district: 'Hägersten-Liljeholmen', vintage: 2007 as const },
		{ id: '4', label: 'Älvsjö', district: 'Älvsjö', vintage: 2007 as const }
	]
};
const r = (offenceId: string, regionId: string, year: number, count: number | null, per100k: number | null, line = 0) => ({ line, offenceId, regionId, year, count, per100k });
const rows = districtRows(
	[
		r('5036', '1', 2019, 900, 1500, 5),
		r('5036', '1', 2020, 1000, 1600, 6),
		r('5036', '3', 2019, 700, 800),
		r('5036', '4', 2019, 300, 1200),
		r('5036', '2', 2020, 1100, 900),
		r('11650', '1', 2020, 40, 64),
		r('11708', '1', 2020, 5, 8),
		r('11650', '2', 2020, 30, 25),
		r('11708', '2', 2020, null, null)
	],
	{ selection }
);
const find = (category: string, level: string, code: string, year: number) => rows.find((x) => x.category === category && x.level === level && x.code === code && x.year === year);

describe('Brå rows per stadsdelsområde', () => {
	it('adds the two published rows for drugs + weapons, and leaves the sum missing when one is missing', () => {
		expect(find('drugs_weapons', 'stadsdelsomrade', 'farsta', 2020)).toMatchObject({ count: 45, per100k: 72, kind: 'summed' });
		expect(find('drugs_weapons', 'stadsdelsomrade', 'hagersten-alvsjo', 2020)).toMatchObject({ count: null, per100k: null });
	});

	it('keeps the 2007 division for the years it is published, with Hägersten-Älvsjö harmonised by adding counts only', () => {
		expect(find('total', 'stadsdelsomrade2007', 'alvsjo', 2019)).toMatchObject({ count: 300, kind: 'published' });
		expect(find('total', 'stadsdelsomrade2007', 'farsta', 2019)).toMatchObject({ count: 900 });
		expect(find('total', 'stadsdelsomrade', 'hagersten-alvsjo', 2019)).toMatchObject({ count: 1000, per100k: null, kind: 'harmonised' });
		expect(find('total', 'stadsdelsomrade2007', 'farsta', 2020)).toBeUndefined();
		const obs = districtObservations(rows, 'bra_sol/5-textfil.tsv');
		expect(obs.filter((o) => o.code === 'hagersten-alvsjo' && o.year === 2019).map((o) => [o.indicator, o.value, o.status])).toEqual([['anmalda_brott_totalt', 1000, 'derived']]);
		expect(obs.find((o) => o.code === 'hagersten-alvsjo' && o.year === 2020 && o.indicator === 'anmalda_narkotika_och_vapenlagsbrott_summa')).toMatchObject({ value: null, status: 'missing' });
	});

	it('recomputes the rate from the population of the same year only, and warns when Brå differs by more than 5 %', () => {
		const pop = (code: string, year: number, value: number): Observation => ({ indicator: 'folkmangd', level: 'stadsdelsomrade', code, year, value, numerator: null, denominator: null, status: 'ok' });
		const { observations, warnings } = ownRates(districtObservations(rows, 'f'), [pop('farsta', 2020, 62_500), pop('hagersten-alvsjo', 2020, 125_000)]);
		const own = (code: string, year: number) => observations.find((o) => o.indicator === 'anmalda_brott_totalt_per_100k_folkmangd' && o.code === code && o.year === year);
		// 100 000 × 1 000 / 62 500 = 1 600 (Brå: 1 600); 100 000 × 1 100 / 125 000 = 880 (Brå: 900, 2.2 % apart).
		expect(own('farsta', 2020)).toMatchObject({ value: 1600, numerator: 1000, denominator: 62_500, status: 'derived' });
		expect(own('hagersten-alvsjo', 2020)?.value).toBe(880);
		expect(own('farsta', 2019)).toBeUndefined();
		expect(warnings).toEqual([]);
		const off = ownRates(districtObservations(rows, 'f'), [pop('farsta', 2020, 50_000)]);
		// |2 000 − 1 600| / 1 600 = 25 %; drugs + weapons: |90 − 72| / 72 = 25 %.
		expect(off.warnings).toEqual([
			"bra_sol anmalda_brott_totalt stadsdelsomrade farsta 2020: Brå's rate 1600 per 100 000 differs by 25 % from 2000 computed with population 50000 (folkmangd, 2020)",
			"bra_sol anmalda_narkotika_och_vapenlagsbrott_summa stadsdelsomrade farsta 2020: Brå's rate 72 per 100 000 differs by 25 % from 90 computed with population 50000 (folkmangd, 2020)"
		]);
	});
});
