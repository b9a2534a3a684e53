import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeScb, fixtureText } from '../../tests/fixtures/synthetic-pxweb-fake.ts';
import { checkTables, formatTableChecks } from './check.ts';
import { PxWebClient } from './client.ts';
import { TABLES } from './tables.ts';

beforeEach(() => vi.stubGlobal('fetch', () => Promise.reject(new Error('network access in a test'))));
afterEach(() => vi.unstubAllGlobals());

const IDS = ['TAB6574', 'TAB6680', 'TAB6685'];
const tables = TABLES.filter((t) => IDS.includes(t.id));
const clock = { now: () => 0, sleep: async () => {} };

describe('data:fetch --check (SCB)', () => {
	it('lists the one code the fetcher would ask for that a table lacks, reads only metadata', async () => {
		const scb = fakeScb(IDS, (call) =>
			call.url.includes('TAB6680/metadata') ? new Response(fixtureText('TAB6680-metadata-lacks-code'), { status: 200 }) : undefined
		);
		const checks = await checkTables(new PxWebClient({ fetch: scb.fetch, clock }), tables);
		expect(checks.map((c) => [c.table, c.problems.map((p) => [p.dimension, p.code])])).toEqual([
			['TAB6574', []],
			['TAB6685', []],
			['TAB6680', [['ContentsCode', '0000089Y']]]
		]);
		expect(scb.calls.every((c) => c.method === 'GET' && c.url.includes('/metadata?'))).toBe(true);
		const lines = formatTableChecks(checks);
		expect(lines).toContain('SCB TAB6680 (Befolkningen efter arbetsmarknadsstatus (årsregister)): 1 problem(s)');
		expect(lines).toContainEqual(expect.stringMatching(/^ {2}- TAB6680 metadata: ContentsCode has no code 0000089Y \(codes: 0000089W, 0000089V, 0000089X, 0000089Z\)$/));
		expect(lines[0]).toMatch(/^SCB TAB6574 \(SYNTHETIC .*\): OK/);
	});

	it('reports an unreadable table as a problem instead of stopping', async () => {
		const scb = fakeScb(['TAB6574']);
		const checks = await checkTables(new PxWebClient({ fetch: scb.fetch, clock, attempts: 1 }), TABLES.filter((t) => ['TAB6574', 'TAB6065'].includes(t.id)));
		expect(checks[0]!.problems).toEqual([]);
		expect(checks[1]!.problems[0]!.message).toMatch(/^TAB6065 metadata failed: HTTP 404/);
	});
});
