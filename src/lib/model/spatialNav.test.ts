import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './spatialNav.ts';

// A SYNTHETIC 3×3 grid of area centres, 10 px apart: a1 is top-left, c3 bottom-right.
const grid = ['a', 'b', 'c'].flatMap((row, r) => [1, 2, 3].map((col) => ({ code: `${row}${col}`, cx: col * 10, cy: (r + 1) * 10 })));

describe('nearestInDirection', () => {
	it('moves to the neighbour in each direction', () => {
		expect(nearestInDirection(grid, 'b2', 'right')).toBe('b3');
		expect(nearestInDirection(grid, 'b2', 'left')).toBe('b1');
		expect(nearestInDirection(grid, 'b2', 'up')).toBe('a2');
		expect(nearestInDirection(grid, 'b2', 'down')).toBe('c2');
	});
	it('stays put at the edge', () => {
		expect(nearestInDirection(grid, 'a3', 'right')).toBeNull();
		expect(nearestInDirection(grid, 'c1', 'down')).toBeNull();
	});
});
