import { describe, expect, it } from 'vitest';
import { isAreaWeighted } from './areaWeighted.ts';

describe('isAreaWeighted', () => {
	// SYNTHETIC: an indicator whose DeSO rows of 2022 were estimated by area weighting.
	const ind = { areaWeighted: { deso: [2022] } };
	it('is true only for a level and year the build recorded', () => {
		expect(isAreaWeighted(ind, 'deso', 2022)).toBe(true);
		expect(isAreaWeighted(ind, 'deso', 2018)).toBe(false);
		expect(isAreaWeighted(ind, 'regso', 2022)).toBe(false);
		expect(isAreaWeighted({}, 'deso', 2022)).toBe(false);
	});
});
