import { beforeAll, describe, expect, it } from 'vitest';
import { createNodeConnector } from '../nodeConnector.ts';
import type { Connector } from '../connector.ts';
import type { Observation } from '../../types/dataset.ts';
import { observationsArrow } from '../../../../data/write/arrowTables.ts';
import { SYNTHETIC_OBSERVATIONS } from '../../../../tests/fixtures/synthetic-dataset.ts';
import { scatterValues } from './scatterValues.ts';

// Adds a 2022 value for SYN-A only, so the two years can be told apart.
const EXTRA: Observation[] = [
	{ indicator: 'synthetic_pop', level: 'deso', code: 'SYN-A', year: 2022, value: 90, numerator: null, denominator: null, status: 'ok' }
];

let c: Connector;
beforeAll(async () => {
	c = await createNodeConnector({ observations: observationsArrow([...SYNTHETIC_OBSERVATIONS, ...EXTRA]) });
});

describe('scatterValues', () => {
	it('pairs two indicators per area, keeping a missing value missing', async () => {
		const rows = await scatterValues(c, {
			level: 'deso',
			x: { indicator: 'synthetic_pop', year: 2024 },
			y: { indicator: 'synthetic_share', year: 2024 }
		});
		expect(rows).toEqual([
			{ code: 'SYN-A', x: 100, y: 10, approximate: false },
			{ code: 'SYN-B', x: 300, y: 30, approximate: false },
			{ code: 'SYN-C', x: 50, y: null, approximate: false }
		]);
	});

	it('reads each indicator at its own year and keeps areas that only one side has', async () => {
		const rows = await scatterValues(c, {
			level: 'deso',
			x: { indicator: 'synthetic_pop', year: 2022 },
			y: { indicator: 'synthetic_median', year: 2024 }
		});
		expect(rows).toEqual([
			{ code: 'SYN-A', x: 90, y: 200, approximate: false },
			{ code: 'SYN-B', x: null, y: 300, approximate: false },
			{ code: 'SYN-C', x: null, y: 400, approximate: true }
		]);
	});
});
