import { describe, expect, it } from 'vitest';
import { toFailure } from './result.ts';

describe('toFailure', () => {
	it.each([
		[new Error('webassembly-unavailable'), 'wasm-unavailable'],
		[new Error('data-file-missing:/data/observations.arrow:404'), 'data-missing'],
		[new Error('data-corrupt: /data/ind/x.json is not valid JSON'), 'data-corrupt'],
		[new Error('Invalid IPC stream: expected magic bytes'), 'data-corrupt'],
		[new Error('Binder Error: column "x" not found'), 'query-failed']
	])('classifies %s as %s', (e, kind) => {
		expect(toFailure(e).kind).toBe(kind);
	});
});
