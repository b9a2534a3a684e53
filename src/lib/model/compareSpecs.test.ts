import { describe, expect, it } from 'vitest';
import { specFor, type SpecCatalogue } from './compareSpecs.ts';

// SYNTHETIC catalogue: a population indicator and a user's own indicators as the comparison page adds them.
const cat: SpecCatalogue = {
	populationByLevel: { stadsdelsomrade: 'folkmangd' },
	indicators: [
		{ id: 'folkmangd', unit: 'count', aggregation: { kind: 'sum' }, years: [2023, 2024], levels: ['stadsdelsomrade'] },
		{ id: 'egen_varde', unit: 'percent', aggregation: { kind: 'not_aggregable', weight: null }, years: [2026], levels: ['stadsdelsomrade'] },
		{ id: 'egen_andel', unit: 'percent', aggregation: { kind: 'ratio', scale: 100 }, years: [2026], levels: ['stadsdelsomrade'] }
	]
};

describe('specFor with the user own indicators', () => {
	it('weights a value without counts by the level population of the nearest year', () => {
		const s = specFor(cat, 'stadsdelsomrade', cat.indicators[1]!, 2026);
		expect(s.weight).toEqual({ indicator: 'folkmangd', year: 2024 });
		expect(s.population).toEqual({ indicator: 'folkmangd', year: 2024 });
	});
	it('takes no weight for a ratio (its counts are summed)', () => {
		expect(specFor(cat, 'stadsdelsomrade', cat.indicators[2]!, 2026).weight).toBeNull();
	});
});
