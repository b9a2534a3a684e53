// The engine's first script (engineBoot.js) run in a stand-in worker global: it asks for the WebAssembly module before
// it loads the engine's script, hands DuckDB the module it compiled instead of a second download, and leaves DuckDB's
// own path (and so its errors) as they were when the early compile failed.
import fs from 'node:fs';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { engineBootUrl } from './browserConnector.ts';

const SOURCE = fs.readFileSync(new URL('./engineBoot.js', import.meta.url), 'utf8');
const ORIGIN = 'http://127.0.0.1:4173';
const WASM = '/_app/immutable/assets/duckdb-eh.X1.wasm';
const ENGINE = '/_app/immutable/workers/engineWorker.eh-Y2.js';

function worker(opts: { compileFails?: boolean } = {}) {
	const log: string[] = [];
	const module = { kind: 'compiled module' };
	const response = (url: string) => ({ url, kind: 'response' });
	const wasm = {
		compileStreaming: async (source: Promise<{ url: string }>) => {
			const r = await source;
			log.push(`compile ${r.url}`);
			if (opts.compileFails) throw new Error('CompileError: truncated module');
			return module;
		},
		instantiateStreaming: async (source: Promise<{ url: string }>, imports: unknown) => {
			const r = await source;
			log.push(`duckdb's own instantiateStreaming of ${r.url}`);
			return { module: 'own', instance: { imports } };
		},
		instantiate: async (m: unknown, imports: unknown) => {
			log.push('instantiate the early module');
			return { m, imports };
		}
	};
	const g: Record<string, unknown> = {
		location: new URL(engineBootUrl('/_app/immutable/assets/engineBoot.Z3.js', ENGINE, WASM), ORIGIN),
		URL,
		URLSearchParams,
		Request,
		Response,
		Promise,
		WebAssembly: wasm,
		fetch: async (input: string | Request) => {
			const url = typeof input === 'string' ? input : input.url;
			log.push(`fetch ${url}`);
			return response(url);
		},
		importScripts: (url: string) => log.push(`importScripts ${url}`)
	};
	g.self = g;
	vm.runInNewContext(SOURCE, g);
	return { g, log, module, wasm: g.WebAssembly as typeof wasm, fetch: (i: string | Request) => (g.fetch as (i: string | Request) => Promise<unknown>)(i) };
}

describe("the engine's first script", () => {
	it('asks for the module before it loads the engine’s script, and names only itself in its request', () => {
		const { log } = worker();
		expect(log).toEqual([`fetch ${ORIGIN}${WASM}`, `importScripts ${ORIGIN}${ENGINE}`]);
		const u = new URL(engineBootUrl('/b.js', ENGINE, WASM), ORIGIN);
		expect(u.pathname + u.search).toBe('/b.js');
	});

	it("hands DuckDB's request for the module the module compiled early, downloaded once", async () => {
		const { log, wasm, fetch } = worker();
		const standIn = fetch(new Request(`${ORIGIN}${WASM}`));
		const result = await wasm.instantiateStreaming(standIn as Promise<{ url: string }>, { env: 'imports' });
		expect(result).toEqual({ module: { kind: 'compiled module' }, instance: { m: { kind: 'compiled module' }, imports: { env: 'imports' } } });
		expect(log.filter((l) => l.startsWith('fetch'))).toEqual([`fetch ${ORIGIN}${WASM}`]);
		// Anything else DuckDB fetches is fetched as usual.
		await fetch(`${ORIGIN}/data/x.arrow`);
		expect(log).toContain(`fetch ${ORIGIN}/data/x.arrow`);
	});

	it('lets DuckDB download the module itself when the early compile failed, so its error is the usual one', async () => {
		const { log, wasm, fetch } = worker({ compileFails: true });
		const standIn = fetch(new Request(`${ORIGIN}${WASM}`));
		const result = await wasm.instantiateStreaming(standIn as Promise<{ url: string }>, {});
		expect(result.module).toBe('own');
		expect(log.filter((l) => l === `fetch ${ORIGIN}${WASM}`)).toHaveLength(2);
		expect(log).toContain(`duckdb's own instantiateStreaming of ${ORIGIN}${WASM}`);
	});
});
