import { describe, expect, it } from 'vitest';
import { toFailure } from './result.ts';

describe('toFailure', () => {
	it.each([
		[new Error('webassembly-unavailable'), 'wasm-unavailable'],
		[new Error('data-file-missing:/data/observations.arrow:404'), 'data-missing'],
		[new Error('data-corrupt: /data/ind/x.json is not valid JSON'), 'data-corrupt'],
		[new Error('Invalid IPC stream: expected magic bytes'), 'data-corrupt'],
		[new Error('Binder Error: column "x" not found'), 'query-failed'],
		// The engine's worker passing on what the browser said about its WebAssembly module (engineWorker.js).
		[new Error("the engine's worker failed: Uncaught TypeError: Failed to execute 'compile' on 'WebAssembly': HTTP status code is not ok"), 'data-missing'],
		[new Error("the engine's worker failed: Uncaught TypeError: Failed to fetch"), 'data-missing'],
		[new Error("the engine's worker failed: Uncaught CompileError: WebAssembly.instantiateStreaming(): section (code 10, \"Code\") extends past end of the module (length 30000000, remaining bytes 99000) @+1000"), 'data-corrupt'],
		[new Error("CompileError: WebAssembly.instantiateStreaming(): Refused to compile or instantiate WebAssembly module because 'unsafe-eval' is not an allowed source of script"), 'wasm-unavailable']
	])('classifies %s as %s', (e, kind) => {
		expect(toFailure(e).kind).toBe(kind);
	});
});
