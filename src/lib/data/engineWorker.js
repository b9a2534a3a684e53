// @ts-nocheck -- a worker's globals (importScripts), which the app's DOM typings do not have.
// The engine's worker, guarded (a classic worker script, served as is). DuckDB's own worker script compiles its
// WebAssembly module without handling a failure: a missing, unreachable or truncated .wasm leaves a rejected promise
// inside the worker and the engine waiting for ever. Here such a rejection is thrown again, so the page receives it as
// the worker's error event (browserConnector.ts) and can say what went wrong. `?engine=` names DuckDB's worker script.
self.addEventListener('unhandledrejection', (e) => {
	e.preventDefault();
	throw e.reason instanceof Error ? e.reason : new Error(String(e.reason));
});
importScripts(new URL(self.location.href).searchParams.get('engine') ?? '');
