import { describe, expect, it } from 'vitest';
import { primaryGroupings, withComplements } from './groupingRegistry.ts';

const G = [
	{ id: 'a', complementOf: null },
	{ id: 'rest_b', complementOf: 'b' },
	{ id: 'rest_a', complementOf: 'a' },
	{ id: 'b', complementOf: null },
	{ id: 'c', complementOf: null }
];

describe('grouping registry', () => {
	it('primaries in catalogue order, each followed by its complement', () => {
		expect(primaryGroupings(G).map((g) => g.id)).toEqual(['a', 'b', 'c']);
		expect(withComplements(G).map((g) => g.id)).toEqual(['a', 'rest_a', 'b', 'rest_b', 'c']);
	});
});
