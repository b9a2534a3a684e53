import fs from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { adoptEngine, earlyEngineUrl, startEngine } from './earlyEngine';

const BUNDLE = { mainModule: '/_app/immutable/assets/duckdb-eh.X1.wasm', mainWorker: '/_app/immutable/assets/duckdb-browser-eh.worker.Y2.js' };
const URL_EH = earlyEngineUrl('/_app/immutable/assets/engineWorker.Z3.js', BUNDLE);

class FakeWorker {
	static made: FakeWorker[] = [];
	terminated = false;
	private onError: (() => void)[] = [];
	constructor(public url: string) {
		FakeWorker.made.push(this);
	}
	addEventListener(type: string, listener: () => void) {
		if (type === 'error') this.onError.push(listener);
	}
	/** As when the browser could not load the worker's script. */
	fail() {
		for (const l of this.onError) l();
	}
	terminate() {
		this.terminated = true;
	}
}

const g = globalThis as unknown as Record<string, unknown>;
afterEach(() => {
	delete g.Worker;
	adoptEngine('cleanup');
	FakeWorker.made = [];
});

describe('the early engine', () => {
	it('names DuckDB’s worker script and module in the early worker’s address', () => {
		const u = new URL(URL_EH, 'http://127.0.0.1');
		// In the fragment: the request is for the wrapper alone, and does not look like a request for the module.
		expect(u.pathname + u.search).toBe('/_app/immutable/assets/engineWorker.Z3.js');
		const params = new URLSearchParams(u.hash.slice(1));
		expect(params.get('worker')).toBe(BUNDLE.mainWorker);
		expect(params.get('wasm')).toBe(BUNDLE.mainModule);
	});

	it('hands the worker the start-up script started to the connector, once', () => {
		g.Worker = FakeWorker;
		startEngine(URL_EH);
		expect(FakeWorker.made.map((w) => w.url)).toEqual([URL_EH]);
		expect(adoptEngine(URL_EH)).toBe(FakeWorker.made[0]);
		expect(adoptEngine(URL_EH)).toBeNull();
		expect(FakeWorker.made[0]!.terminated).toBe(false);
	});

	it('stops an early worker for another bundle, so the connector starts the right one', () => {
		g.Worker = FakeWorker;
		startEngine(URL_EH);
		const mvp = earlyEngineUrl('/_app/immutable/assets/engineWorker.Z3.js', { mainModule: '/m.wasm', mainWorker: '/m.js' });
		expect(adoptEngine(mvp)).toBeNull();
		expect(FakeWorker.made[0]!.terminated).toBe(true);
	});

	it('stops an early worker whose script failed to load, so the connector starts its own', () => {
		g.Worker = FakeWorker;
		startEngine(URL_EH);
		FakeWorker.made[0]!.fail();
		expect(adoptEngine(URL_EH)).toBeNull();
		expect(FakeWorker.made[0]!.terminated).toBe(true);
	});

	it('without an early worker (or where one cannot start) the connector starts its own', () => {
		expect(adoptEngine(URL_EH)).toBeNull();
		g.Worker = class {
			constructor() {
				throw new Error('SecurityError');
			}
		};
		expect(() => startEngine(URL_EH)).not.toThrow();
		expect(adoptEngine(URL_EH)).toBeNull();
	});

	it('runs as the start-up script inlines it: from its source text alone', () => {
		g.Worker = FakeWorker;
		new Function(`(${startEngine.toString()})(${JSON.stringify(URL_EH)})`)();
		expect(adoptEngine(URL_EH)).toBe(FakeWorker.made[0]);
	});
});

// engineWorker.js run as a worker would run it, with the worker's globals stubbed: what it downloads, what DuckDB's
// own worker (stubbed by the importScripts call) gets when it asks for its module.
const WORKER_SOURCE = fs.readFileSync(new URL('./engineWorker.js', import.meta.url), 'utf8');
const ORIGIN = 'http://127.0.0.1';
const WASM = ORIGIN + BUNDLE.mainModule;

function runWorker(opts: { earlyFails?: boolean } = {}) {
	const fetched: string[] = [];
	const events: string[] = [];
	const realModule = { kind: 'module' };
	const self: Record<string, unknown> = {
		location: new URL(URL_EH, ORIGIN),
		fetch: (input: unknown) => {
			const url = input instanceof Request ? input.url : String(input);
			fetched.push(url);
			events.push(`fetch ${url.replace(ORIGIN, '')}`);
			return opts.earlyFails && fetched.length === 1 ? Promise.reject(new TypeError('network error')) : Promise.resolve(new Response('bytes'));
		}
	};
	const WebAssembly = {
		compileStreaming: async (source: Promise<Response>) => {
			await source;
			return realModule;
		},
		instantiateStreaming: async (source: Promise<Response> | Response) => {
			await source;
			events.push('duckdb-compiled-itself');
			return { module: realModule, instance: { kind: 'instance-from-duckdb-path' } };
		},
		instantiate: async (module: unknown) => {
			events.push('instantiated-early-module');
			return { kind: 'instance', module };
		}
	};
	self.importScripts = (url: string) => events.push(`importScripts ${url.replace(ORIGIN, '')}`);
	new Function('self', 'WebAssembly', WORKER_SOURCE)(self, WebAssembly);
	/** What DuckDB's worker does to load its module (duckdb-wasm 1.32: fetch a Request, then instantiateStreaming). */
	const duckdbLoads = async () => {
		const response = (self.fetch as (r: Request) => Promise<Response>)(new Request(WASM));
		return WebAssembly.instantiateStreaming(response);
	};
	return { fetched, events, duckdbLoads, realModule, fetch: self.fetch as (u: string) => Promise<Response> };
}

describe('engineWorker.js', () => {
	it('starts downloading the module before it loads DuckDB’s worker, and DuckDB gets that module without a second download', async () => {
		const w = runWorker();
		expect(w.events).toEqual([`fetch ${BUNDLE.mainModule}`, `importScripts ${BUNDLE.mainWorker}`]);
		const out = (await w.duckdbLoads()) as { module: unknown; instance: unknown };
		expect(out.module).toBe(w.realModule);
		expect(w.fetched).toEqual([WASM]);
		expect(w.events).toContain('instantiated-early-module');
		expect(w.events).not.toContain('duckdb-compiled-itself');
	});

	it('when the early download fails, DuckDB downloads and compiles the module itself', async () => {
		const w = runWorker({ earlyFails: true });
		const out = (await w.duckdbLoads()) as { instance: { kind: string } };
		expect(out.instance.kind).toBe('instance-from-duckdb-path');
		expect(w.fetched).toEqual([WASM, WASM]);
	});

	it('leaves every other request, and any later one for the module, to the network', async () => {
		const w = runWorker();
		await w.duckdbLoads();
		await w.fetch(`${ORIGIN}/data/observations.arrow`);
		await w.fetch(WASM);
		expect(w.fetched).toEqual([WASM, `${ORIGIN}/data/observations.arrow`, WASM]);
	});
});
