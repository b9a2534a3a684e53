// The engine's worker (DuckDB's, for browsers with WebAssembly exceptions) with the guard in front, bundled as one
// script: a worker that loaded DuckDB's script with importScripts became ready ~80 ms later (interleaved cold loads).
import './engineGuard.ts';
import '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js';
