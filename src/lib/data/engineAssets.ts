// The addresses of DuckDB-WASM's worker scripts and WebAssembly modules as the build emits them (hashed, self-hosted),
// and of the early worker that wraps one of them (engineWorker.js). Imported by the browser connector and by the
// server's start-up script rewrite, so both name the very same files.
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import engineWorker from './engineWorker.js?url&no-inline';

export const BUNDLES = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/** The bundle the start-up script starts early: every browser that runs the app's modules has wasm exceptions. */
export const EARLY_BUNDLE = BUNDLES.eh;
export const ENGINE_WORKER = engineWorker;
