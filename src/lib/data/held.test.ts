import { describe, expect, it } from 'vitest';
import { held } from './held.ts';

describe('held', () => {
	it('keeps a rejection for whoever awaits the promise later, without reporting it as unhandled in between', async () => {
		const unhandled: unknown[] = [];
		const record = (reason: unknown) => unhandled.push(reason);
		process.on('unhandledRejection', record);
		try {
			const p = held(Promise.reject(new Error('tables.json missing')));
			await new Promise((resolve) => setTimeout(resolve, 20));
			await expect(p).rejects.toThrow('tables.json missing');
			expect(unhandled).toEqual([]);
		} finally {
			process.off('unhandledRejection', record);
		}
	});

	it('passes a value through unchanged', async () => {
		await expect(held(Promise.resolve(42))).resolves.toBe(42);
	});
});
