import { describe, expect, it } from 'vitest';
import { classLabel, legendClasses } from './legendClasses.ts';

describe('legendClasses', () => {
	it('one class per colour, from the minimum through the thresholds to the maximum; the last includes its top', () => {
		const cs = legendClasses([10, 20], ['#a', '#b', '#c', '#d'], 2, 31);
		expect(cs).toEqual([
			{ colour: '#a', lo: 2, hi: 10, last: false },
			{ colour: '#b', lo: 10, hi: 20, last: false },
			{ colour: '#c', lo: 20, hi: 31, last: true }
		]);
		expect(cs.map((c) => classLabel(c, String))).toEqual(['2 – <10', '10 – <20', '20 – 31']);
	});
	it('no label without a known limit', () => {
		expect(classLabel(legendClasses([], ['#a'], null, null)[0]!, String)).toBe('');
	});
});
