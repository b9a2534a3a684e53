// The map's values query against a tiny SYNTHETIC table: one query gives the level's rows and the city's value.
import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../nodeConnector.ts';
import type { Connector } from '../connector.ts';
import type { Observation } from '../../types/dataset.ts';
import { observationsArrow } from '../../../../data/write/arrowTables.ts';
import { indicatorValues, indicatorValuesWithCity } from './indicatorValues.ts';

const o = (level: Observation['level'], code: string, year: number, value: number | null, status: Observation['status'] = 'ok'): Observation => ({
	indicator: 'syn_share',
	level,
	code,
	year,
	value,
	numerator: null,
	denominator: null,
	status
});
const SYNTHETIC: Observation[] = [
	{ ...o('stadsdel', 'syn-b', 2023, 20, 'approximate'), coverage: 0.57 },
	o('stadsdel', 'syn-a', 2023, null, 'suppressed'),
	o('stadsdel', 'syn-a', 2022, 5),
	o('stadsdelsomrade', 'syn-x', 2023, 12),
	o('kommun', '0180', 2023, 15),
	o('kommun', '0180', 2022, 7),
	o('deso', 'syn-d', 2021, 1)
];

let c: Connector;
beforeAll(async () => {
	c = await createNodeConnector({ observations: observationsArrow(SYNTHETIC) });
});

describe('indicatorValuesWithCity', () => {
	it("gives the level's rows (ordered by code, missing kept missing) and the kommun row's value", async () => {
		const r = await indicatorValuesWithCity(c, { indicator: 'syn_share', level: 'stadsdel', year: 2023 });
		expect(r.city).toBe(15);
		expect(r.values).toEqual([
			{ code: 'syn-a', value: null, numerator: null, denominator: null, status: 'suppressed', coverage: null },
			// A carried row's coverage (the share of its finer areas' population with data) comes with it.
			{ code: 'syn-b', value: 20, numerator: null, denominator: null, status: 'approximate', coverage: 0.57 }
		]);
		expect(r.values).toEqual(await indicatorValues(c, { indicator: 'syn_share', level: 'stadsdel', year: 2023 }));
	});

	it('has no city value where the source has no kommun row, and at level kommun the city is its own row', async () => {
		expect(await indicatorValuesWithCity(c, { indicator: 'syn_share', level: 'deso', year: 2021 })).toMatchObject({ city: null, values: [{ code: 'syn-d', value: 1 }] });
		const k = await indicatorValuesWithCity(c, { indicator: 'syn_share', level: 'kommun', year: 2022 });
		expect(k).toMatchObject({ city: 7, values: [{ code: '0180', value: 7 }] });
	});
});
