// Boots the self-hosted DuckDB-WASM in a worker (never at prerender) and exposes it behind the Connector interface.
// Loaded only through db.ts's dynamic import; DuckDB's module and asset URLs are static imports here, so that one
// import fetches this chunk and theirs in parallel rather than one after the other.
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
// DuckDB's worker scripts, each behind the guard that reports a failed WebAssembly compile (engineGuard.ts).
import mvpWorker from './engineWorker.mvp.ts?worker&url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from './engineWorker.eh.ts?worker&url';
import engineBoot from './engineBoot.js?url&no-inline';
import type { Connector, Param } from './connector.ts';
import { plainRow } from './connector.ts';
import { tableFetcher, type TableFetcher } from './tableFetch.ts';
import { workerFailure } from './workerFailure.ts';
import { held } from './held.ts';

/** Arrow IPC files written by the pipeline, loaded as tables of the same name. */
export interface TableFile {
	name: string;
	url: string;
	/** Size and sha256 recorded by the build: a truncated or altered file is refused, never half-loaded. */
	expect?: Promise<{ bytes: number; sha256: string } | undefined>;
}

export async function createBrowserConnector(tables: TableFile[]): Promise<Connector> {
	// The data files download while the WebAssembly module compiles (not after it), in a worker of their own.
	const fetcher = tableFetcher(new Worker(new URL('./tableFetch.worker.ts', import.meta.url), { type: 'module' }));
	const buffers = held(Promise.all(tables.map((t) => fetchArrow(fetcher, t))));
	buffers.finally(() => fetcher.close()).catch(() => {});
	if (typeof WebAssembly !== 'object') throw new Error('webassembly-unavailable');
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const db = await instantiate(bundle);
	const conn = await db.connect();
	await conn.query(`SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;`);
	const loaded = await buffers;
	for (const [i, t] of tables.entries()) {
		await conn.insertArrowFromIPCStream(loaded[i]!, { name: t.name, create: true });
	}
	const prepared = preparedStatements((sql) => conn.prepare(sql));
	return {
		async query<Row extends Record<string, unknown>>(sql: string, params: Param[] = []) {
			const table = params.length ? await prepared.query(sql, params) : await conn.query(sql);
			return table.toArray().map((r) => plainRow(r.toJSON()) as Row);
		}
	};
}

/**
 * The engine's first script (engineBoot.js), naming the engine's script and its WebAssembly module in the fragment: the
 * request is for the small script alone.
 */
export function engineBootUrl(boot: string, worker: string, wasm: string): string {
	return `${boot}#worker=${encodeURIComponent(worker)}&wasm=${encodeURIComponent(wasm)}`;
}

/**
 * DuckDB's own client waits for ever on a worker whose script failed to load, or whose WebAssembly module could not be
 * fetched or compiled: those failures are errors here (engineGuard.ts passes the second kind on as one).
 */
async function instantiate(bundle: duckdb.DuckDBBundle): Promise<duckdb.AsyncDuckDB> {
	// Bundled as a classic script for the build; the dev server serves workers as modules.
	const worker = import.meta.env.DEV
		? new Worker(bundle.mainWorker!, { type: 'module' })
		: new Worker(engineBootUrl(engineBoot, bundle.mainWorker!, bundle.mainModule));
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	const failed = held(
		new Promise<never>((_, reject) =>
			worker.addEventListener(
				'error',
				(e) => {
					// Handled here: not also reported to the page as uncaught.
					e.preventDefault();
					reject(workerFailure(e, "the engine's worker"));
				},
				{ once: true }
			)
		)
	);
	try {
		await Promise.race([db.instantiate(bundle.mainModule, bundle.pthreadWorker), failed]);
	} catch (e) {
		worker.terminate();
		throw e;
	}
	return db;
}

interface Statement<T> {
	query(...params: Param[]): Promise<T>;
	close(): Promise<void>;
}

const MAX_STATEMENTS = 32;

/**
 * Prepared statements kept per SQL text, the least recently used closed beyond MAX_STATEMENTS: the app asks the same
 * few questions again and again, and preparing costs a round trip to the worker and a parse and plan each time.
 * A statement that fails is closed and forgotten, so the next call prepares it afresh.
 */
export function preparedStatements<T>(prepare: (sql: string) => Promise<Statement<T>>) {
	const kept = new Map<string, Promise<Statement<T>>>();
	const forget = (sql: string, stmt: Promise<Statement<T>>) => {
		if (kept.get(sql) === stmt) kept.delete(sql);
		stmt.then((s) => s.close()).catch(() => {});
	};
	return {
		async query(sql: string, params: Param[]): Promise<T> {
			let stmt = kept.get(sql);
			if (stmt) kept.delete(sql);
			else stmt = prepare(sql);
			kept.set(sql, stmt); // most recently used last
			if (kept.size > MAX_STATEMENTS) {
				const [oldest, old] = kept.entries().next().value as [string, Promise<Statement<T>>];
				forget(oldest, old);
			}
			try {
				return await (await stmt).query(...params);
			} catch (e) {
				forget(sql, stmt);
				throw e;
			}
		}
	};
}

async function fetchArrow(fetcher: TableFetcher, t: TableFile): Promise<Uint8Array> {
	const { bytes, sha256 } = await fetcher.fetch(t.url);
	const expect = await t.expect;
	if (expect) {
		if (bytes.byteLength !== expect.bytes)
			throw new Error(`data-corrupt: ${t.url} has ${bytes.byteLength} bytes, the build wrote ${expect.bytes}`);
		if (sha256 !== null && sha256 !== expect.sha256) throw new Error(`data-corrupt: ${t.url} does not match the build's sha256`);
	}
	return bytes;
}
