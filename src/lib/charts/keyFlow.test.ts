import { describe, expect, it } from 'vitest';
import { flowKeys, keyHeight } from './keyFlow';
import { labelWidth } from './layoutWidth';

const items = (...labels: string[]) => labels.map((label, i) => ({ key: `k${i}`, label }));

describe('flowKeys', () => {
	it('lays short names out left to right, a new line where the next would pass the width (the desktop key)', () => {
		const keys = flowKeys(items('Grupp', 'Övriga', '100'), 400);
		expect(keys.map((k) => [k.x, k.y, k.lines])).toEqual([
			[0, 10, ['Grupp']],
			[71, 10, ['Övriga']],
			[148.6, 10, ['100']]
		]);
		expect(keyHeight(keys)).toBe(26);
		expect(flowKeys(items('Grupp', 'Övriga', '100'), 150).map((k) => [k.x, k.y])).toEqual([[0, 10], [71, 10], [0, 30]]);
	});

	it('wraps a name longer than a line onto lines of its own, never cut, and moves the next item below it', () => {
		// Two names that differ only at their end, at a 375 px viewport's width.
		const keys = flowKeys(items('Fokusområden 2025', 'Övriga staden (utanför Stadsdelslyftet (motion KS 2025/652))', 'Övriga staden (utanför Stadsdelslyftet (motion KS 2024/111))', '100'), 343);
		expect(keys.map((k) => [k.x, k.y])).toEqual([[0, 10], [0, 30], [0, 64], [0, 98]]);
		expect(keys[1]!.lines.join(' ')).toBe('Övriga staden (utanför Stadsdelslyftet (motion KS 2025/652))');
		expect(keys[2]!.lines.join(' ')).toBe('Övriga staden (utanför Stadsdelslyftet (motion KS 2024/111))');
		expect(keys[1]!.lines.at(-1)).toContain('2025/652');
		expect(keys.every((k) => k.lines.every((l) => k.x + 18 + labelWidth(l, 12) <= 343))).toBe(true);
		expect(keyHeight(keys)).toBe(114);
	});
});
