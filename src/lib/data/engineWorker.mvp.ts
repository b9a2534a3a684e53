// The engine's worker (DuckDB's, for browsers without WebAssembly exceptions) with the guard in front: see engineWorker.eh.ts.
import './engineGuard.ts';
import '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js';
