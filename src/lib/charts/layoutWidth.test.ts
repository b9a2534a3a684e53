import { describe, expect, it } from 'vitest';
import { layoutWidth, thinned, tickCount, tickLabel } from './layoutWidth';

describe('layoutWidth', () => {
	it('is the desktop width until the shown width is known', () => {
		expect(layoutWidth(0, 760)).toBe(760);
		expect(layoutWidth(Number.NaN, 760)).toBe(760);
	});
	it('follows the shown width below the desktop width, never above it, never below 300', () => {
		expect(layoutWidth(328.4, 760)).toBe(328);
		expect(layoutWidth(960, 760)).toBe(760);
		expect(layoutWidth(240, 760)).toBe(300);
		// A chart designed narrower than the floor keeps its own width.
		expect(layoutWidth(200, 280)).toBe(280);
	});
});

describe('tickCount', () => {
	it('keeps the desktop count where ticks are at least the gap apart, and at least two', () => {
		expect(tickCount(442, 6)).toBe(6);
		expect(tickCount(200, 6)).toBe(2);
		expect(tickCount(300, 6)).toBe(4);
		expect(tickCount(50, 6)).toBe(2);
	});
});

describe('thinned', () => {
	const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021];
	it('keeps every value when they are far enough apart', () => {
		expect(thinned(years, 300, 36)).toEqual(years);
	});
	it('keeps every k-th from the first where they would crowd', () => {
		// 6 gaps over 120 px: 20 px apart, 36 needed → every second.
		expect(thinned(years, 120, 36)).toEqual([2015, 2017, 2019, 2021]);
		expect(thinned(years, 60, 36)).toEqual([2015, 2019]);
		expect(thinned([2020], 10, 36)).toEqual([2020]);
	});
});

describe('tickLabel', () => {
	it('centres a label on its tick, and anchors one that would cross an edge at that edge', () => {
		// "30,0 %" at 11 px: taken as about 38 px wide (3 digits, a comma, a space and %).
		expect(tickLabel(621, '30,0 %', 11, 640)).toEqual({ x: 621, anchor: 'middle' });
		expect(tickLabel(300, '30,0 %', 11, 640)).toEqual({ x: 300, anchor: 'middle' });
		expect(tickLabel(624, '30,0 %', 11, 640)).toEqual({ x: 639, anchor: 'end' });
		expect(tickLabel(10, '30,0 %', 11, 640)).toEqual({ x: 1, anchor: 'start' });
	});
});
