import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startAfterPaint } from './startAfterPaint';

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
let head: { rel: string; href: string }[] = [];
beforeEach(() => {
	vi.useFakeTimers();
	observers = [];
	head = [];
	visibility = 'visible';
	vi.stubGlobal('document', {
		get visibilityState() {
			return visibility;
		},
		createElement: () => ({ rel: '', href: '' }),
		head: { appendChild: (el: { rel: string; href: string }) => head.push(el) }
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

const MODULES = ['/_app/immutable/entry/start.js', '/_app/immutable/chunks/a.js'];

describe('startAfterPaint', () => {
	it('asks for no module before the first contentful paint, then for every one, once', async () => {
		const p = startAfterPaint(MODULES);
		expect(await settled(p)).toBe(false);
		report('first-paint');
		expect(await settled(p)).toBe(false);
		expect(head).toEqual([]);
		report('first-paint', 'first-contentful-paint');
		expect(await settled(p)).toBe(true);
		expect(head).toEqual(MODULES.map((href) => ({ rel: 'modulepreload', href })));
		expect(observers[0]!.disconnected).toBe(true);
		await vi.advanceTimersByTimeAsync(2000);
		expect(head).toHaveLength(MODULES.length);
	});

	it('does not wait in a hidden tab, which paints nothing', async () => {
		visibility = 'hidden';
		expect(await settled(startAfterPaint(MODULES))).toBe(true);
		expect(observers).toHaveLength(0);
		expect(head).toHaveLength(2);
	});

	it('gives up waiting after the fallback time', async () => {
		const p = startAfterPaint(MODULES, 500);
		await vi.advanceTimersByTimeAsync(499);
		expect(await settled(p)).toBe(false);
		await vi.advanceTimersByTimeAsync(1);
		expect(await settled(p)).toBe(true);
		expect(head).toHaveLength(2);
	});

	it('waits for the next frame where the browser has no paint timing', async () => {
		const frames: (() => void)[] = [];
		vi.stubGlobal('PerformanceObserver', undefined);
		vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
		const p = startAfterPaint(MODULES);
		expect(await settled(p)).toBe(false);
		frames.splice(0).forEach((f) => f());
		expect(await settled(p)).toBe(true);
	});
});
