// Errors are values at the query boundary: every query returns a result or a described failure.

export type FailureKind = 'wasm-unavailable' | 'data-missing' | 'data-corrupt' | 'query-failed';

export interface Failure {
	kind: FailureKind;
	/** Technical detail for the console and bug reports; the UI shows a sentence chosen by `kind`. */
	detail: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Classifies anything thrown while booting DuckDB or running a query. */
export function toFailure(e: unknown): Failure {
	const detail = e instanceof Error ? e.message : String(e);
	// A file that could not be fetched (ours say so; the engine's module or worker script: 404, or the network failed).
	if (/data-file-missing|HTTP status code is not ok|Failed to fetch|failed to load/i.test(detail)) return { kind: 'data-missing', detail };
	// A module that arrived cut short or altered compiles with an error about its bytes, not about the browser.
	if (/CompileError.*(extends past end|unexpected end|expected magic|section|length|invalid)/i.test(detail)) return { kind: 'data-corrupt', detail };
	if (/webassembly-unavailable|WebAssembly is not defined|wasm.*(disallowed|not allowed)|CompileError/i.test(detail))
		return { kind: 'wasm-unavailable', detail };
	if (/data-corrupt/.test(detail)) return { kind: 'data-corrupt', detail };
	if (/arrow|ipc|schema|magic|invalid.*(stream|buffer)|Expected to read|offset|out of bounds/i.test(detail))
		return { kind: 'data-corrupt', detail };
	return { kind: 'query-failed', detail };
}
