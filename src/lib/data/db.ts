// The app's single DuckDB: booted lazily in the background after first paint, with its state observable and every
// user-driven query timed (performance marks) and turned into a Result.
import type { Connector, Param } from './connector.ts';
import { ok, toFailure, type Failure, type Result } from './result.ts';
import { held } from './held.ts';

export type DbState = { status: 'idle' | 'loading' | 'ready' } | { status: 'error'; error: Failure };

/** The tables the pipeline writes as Arrow IPC under static/data/. */
export const TABLES = ['observations', 'areas', 'memberships'] as const;

let connector: Promise<Connector> | null = null;
let state: DbState = { status: 'idle' };
const listeners = new Set<(s: DbState) => void>();

function setState(s: DbState) {
	state = s;
	for (const l of listeners) l(s);
}

export function dbState(): DbState {
	return state;
}

export function onDbState(listener: (s: DbState) => void): () => void {
	listeners.add(listener);
	listener(state);
	return () => listeners.delete(listener);
}

type TableCheck = { bytes: number; sha256: string };

const isTableCheck = (x: unknown): x is TableCheck =>
	typeof x === 'object' && x !== null && Number.isInteger((x as TableCheck).bytes) && /^[0-9a-f]{64}$/.test(String((x as TableCheck).sha256));

/** The sizes and sha256 the build recorded for the Arrow tables (static/data/tables.json). */
async function tableChecks(base: string): Promise<unknown> {
	const res = await fetch(`${base}/data/tables.json`, { priority: 'low' });
	if (!res.ok) throw new Error(`data-file-missing:${base}/data/tables.json:${res.status}`);
	try {
		return await res.json();
	} catch {
		throw new Error('data-corrupt: tables.json is not valid JSON');
	}
}

/** A table's recorded size and sha256; a table without them is never loaded unchecked. */
export function tableCheck(file: unknown, name: string): TableCheck {
	const files = typeof file === 'object' && file !== null ? (file as { files?: unknown }).files : undefined;
	const c = typeof files === 'object' && files !== null && Object.hasOwn(files, name) ? (files as Record<string, unknown>)[name] : undefined;
	if (!isTableCheck(c)) throw new Error(`data-corrupt: tables.json records no size and sha256 for ${name}`);
	return c;
}

/** Starts DuckDB (once). `base` is the app's base path for the data files. */
export function bootDb(base = ''): Promise<Connector> {
	if (connector) return connector;
	setState({ status: 'loading' });
	const checks = held(tableChecks(base));
	connector = import('./browserConnector.ts')
		.then(({ createBrowserConnector }) =>
			createBrowserConnector(
				TABLES.map((name) => ({
					name,
					url: `${base}/data/${name}.arrow`,
					// A missing or unreadable tables.json fails the boot like a missing table would (once, through the table
					// that awaits it first: until then the rejection is held, not reported as unhandled).
					expect: held(checks.then((c) => tableCheck(c, `${name}.arrow`)))
				}))
			)
		)
		.then((c) => {
			performance.mark('duckdb:ready');
			setState({ status: 'ready' });
			return c;
		});
	connector.catch((e) => setState({ status: 'error', error: toFailure(e) }));
	return connector;
}

/** For tests and the Node side: use a given connector instead of booting the browser one. */
export function useConnector(c: Connector) {
	connector = Promise.resolve(c);
	setState({ status: 'ready' });
}

/** Runs a query function against the shared DuckDB, timed with query:start / query:end marks. */
export async function run<T>(q: (c: Connector) => Promise<T>): Promise<Result<T>> {
	try {
		const c = await (connector ?? bootDb());
		const start = performance.mark('query:start').startTime;
		const value = await q(c);
		// A measure per query as well: the marks cannot be paired when queries overlap.
		performance.measure('query', { start, end: performance.mark('query:end').startTime });
		return ok(value);
	} catch (e) {
		return { ok: false, error: toFailure(e) };
	}
}

export type { Param };
