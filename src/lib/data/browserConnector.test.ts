// The browser connector's statement cache, with a fake prepare: the same SQL is prepared once, the least recently
// used statement is closed beyond the limit, and a failing statement is closed and prepared afresh next time.
import { describe, expect, it } from 'vitest';
import { preparedStatements } from './browserConnector.ts';
import type { Param } from './connector.ts';

function fake(failOn: string | null = null) {
	const log: string[] = [];
	const prepared = preparedStatements(async (sql: string) => {
		log.push(`prepare ${sql}`);
		return {
			async query(...params: Param[]) {
				if (sql === failOn) throw new Error('boom');
				return `${sql}(${params.join(',')})`;
			},
			async close() {
				log.push(`close ${sql}`);
			}
		};
	});
	return { log, prepared };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('preparedStatements', () => {
	it('prepares a statement once and binds new parameters each time', async () => {
		const { log, prepared } = fake();
		expect(await prepared.query('A', [1])).toBe('A(1)');
		expect(await prepared.query('A', [2, 'x'])).toBe('A(2,x)');
		expect(log).toEqual(['prepare A']);
	});

	it('closes the least recently used statement beyond 32', async () => {
		const { log, prepared } = fake();
		for (let i = 0; i < 32; i++) await prepared.query(`Q${i}`, [i]);
		await prepared.query('Q0', [0]); // Q0 used again: Q1 is now the oldest
		await prepared.query('Q32', [32]);
		await settle();
		expect(log.filter((l) => l.startsWith('close'))).toEqual(['close Q1']);
		await prepared.query('Q0', [0]);
		expect(log.filter((l) => l === 'prepare Q0')).toHaveLength(1);
	});

	it('closes a statement whose query failed and prepares it again on the next call', async () => {
		const { log, prepared } = fake('BAD');
		await expect(prepared.query('BAD', [1])).rejects.toThrow('boom');
		await expect(prepared.query('BAD', [1])).rejects.toThrow('boom');
		await settle();
		expect(log).toEqual(['prepare BAD', 'close BAD', 'prepare BAD', 'close BAD']);
	});
});
