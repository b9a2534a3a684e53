import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterPaint } from './afterPaint';

// A frame scheduler under test control: frames run only when the test says a paint happened.
let frames: (() => void)[] = [];
beforeEach(() => {
	vi.useFakeTimers();
	frames = [];
	vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
	vi.stubGlobal('cancelAnimationFrame', () => {});
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});
const paint = () => frames.splice(0).forEach((f) => f());

describe('afterPaint', () => {
	it('runs after the next frame and a task, once', () => {
		const fn = vi.fn();
		afterPaint(fn);
		vi.advanceTimersByTime(0);
		expect(fn).not.toHaveBeenCalled();
		paint();
		vi.advanceTimersByTime(0);
		expect(fn).toHaveBeenCalledTimes(1);
		vi.advanceTimersByTime(1000);
		expect(fn).toHaveBeenCalledTimes(1);
	});
	it('runs anyway when no frame comes (a hidden tab)', () => {
		const fn = vi.fn();
		afterPaint(fn, 250);
		vi.advanceTimersByTime(249);
		expect(fn).not.toHaveBeenCalled();
		vi.advanceTimersByTime(1);
		expect(fn).toHaveBeenCalledTimes(1);
	});
	it('never runs once cancelled', () => {
		const fn = vi.fn();
		const cancel = afterPaint(fn);
		cancel();
		paint();
		vi.advanceTimersByTime(1000);
		expect(fn).not.toHaveBeenCalled();
	});
});
