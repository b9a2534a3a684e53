// Runs first in the engine's worker (engineWorker.*.ts), before DuckDB's own worker code. That code compiles its
// WebAssembly module without handling a failure: a missing, unreachable or truncated .wasm leaves a rejected promise
// inside the worker and the engine waiting for ever. Here such a rejection is thrown again, so the page receives it as
// the worker's error event (browserConnector.ts) and can say what went wrong.
addEventListener('unhandledrejection', (e) => {
	e.preventDefault();
	throw e.reason instanceof Error ? e.reason : new Error(String(e.reason));
});
