import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaint } from './afterFirstPaint';

// A paint-timing observer under test control: entries arrive only when the test says a paint happened.
let observers: { cb: (list: { getEntriesByName(n: string): unknown[] }) => void; disconnected: boolean }[] = [];
class FakeObserver {
	static supportedEntryTypes = ['paint'];
	o: (typeof observers)[number];
	constructor(cb: (typeof observers)[number]['cb']) {
		this.o = { cb, disconnected: false };
		observers.push(this.o);
	}
	observe() {}
	disconnect() {
		this.o.disconnected = true;
	}
}
const report = (...names: string[]) =>
	observers.filter((o) => !o.disconnected).forEach((o) => o.cb({ getEntriesByName: (n) => names.filter((x) => x === n) }));

let visibility = 'visible';
beforeEach(() => {
	vi.useFakeTimers();
	observers = [];
	visibility = 'visible';
	vi.stubGlobal('document', {
		get visibilityState() {
			return visibility;
		}
	});
	vi.stubGlobal('PerformanceObserver', FakeObserver);
});
afterEach(() => {
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

async function settled(p: Promise<void>): Promise<boolean> {
	let done = false;
	p.then(() => (done = true));
	await vi.advanceTimersByTimeAsync(0);
	return done;
}

describe('afterFirstPaint', () => {
	it('waits for the first contentful paint, not any paint', async () => {
		const p = afterFirstPaint();
		expect(await settled(p)).toBe(false);
		report('first-paint');
		expect(await settled(p)).toBe(false);
		report('first-paint', 'first-contentful-paint');
		expect(await settled(p)).toBe(true);
		expect(observers[0]!.disconnected).toBe(true);
	});

	it('does not wait in a hidden tab, which paints nothing', async () => {
		visibility = 'hidden';
		expect(await settled(afterFirstPaint())).toBe(true);
		expect(observers).toHaveLength(0);
	});

	it('gives up waiting after the fallback time', async () => {
		const p = afterFirstPaint(500);
		await vi.advanceTimersByTimeAsync(499);
		expect(await settled(p)).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(await settled(p)).toBe(true);
	});

	it('waits for the next frame where the browser has no paint timing', async () => {
		const frames: (() => void)[] = [];
		vi.stubGlobal('PerformanceObserver', undefined);
		vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
		vi.stubGlobal('cancelAnimationFrame', () => {});
		const p = afterFirstPaint();
		expect(await settled(p)).toBe(false);
		frames.splice(0).forEach((f) => f());
		expect(await settled(p)).toBe(true);
	});
});
