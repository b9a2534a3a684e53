import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeScb, fixtureText } from '../../tests/fixtures/synthetic-pxweb-fake.ts';
import { sha256 } from '../inputHash.ts';
import { PxWebClient } from './client.ts';
import { runFetch } from './run.ts';
import { openFetched } from './store.ts';
import { TABLES } from './tables.ts';

const IDS = ['TAB6574', 'TAB6680', 'TAB6685'];
const tables = TABLES.filter((t) => IDS.includes(t.id));
const root = mkdtempSync(path.join(tmpdir(), 'pxweb-run-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// No test may reach the network: the real fetch is replaced by one that fails.
beforeEach(() => vi.stubGlobal('fetch', () => Promise.reject(new Error('network access in a test'))));
afterEach(() => vi.unstubAllGlobals());

const clock = { now: () => 0, sleep: async () => {} };
const fixedNow = () => new Date('2026-03-02T08:00:00Z');
const client = (f: ReturnType<typeof fakeScb>) => new PxWebClient({ fetch: f.fetch, clock, backoffMs: 1 });

describe('runFetch (offline, fake SCB)', () => {
	it('writes each raw response and a manifest with url, selection, date, sha256 and years', async () => {
		const out = path.join(root, 'ok', 'scb_pxweb');
		const scb = fakeScb(IDS);
		const m = await runFetch({ out, client: client(scb), tables, now: fixedNow });
		expect(readdirSync(out).sort()).toEqual([
			'TAB6574.json',
			'TAB6574.metadata.json',
			'TAB6680.json',
			'TAB6680.metadata.json',
			'TAB6685.json',
			'TAB6685.metadata.json',
			'manifest.json'
		]);
		expect(readFileSync(path.join(out, 'TAB6680.json'), 'utf8')).toBe(fixtureText('TAB6680-data'));
		const onDisk = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'));
		expect(onDisk).toEqual(JSON.parse(JSON.stringify(m)));
		expect(m).toMatchObject({ format: 'stadsdelskollen/scb-pxweb/1', api: 'https://statistikdatabasen.scb.se/api/v2', lang: 'sv', kommun: '0180' });
		expect(m.limits).toEqual({ maxDataCells: 150000, maxCallsPerTimeWindow: 30, timeWindowSeconds: 10 });
		const t6574 = m.tables.find((t) => t.table === 'TAB6574')!;
		expect(t6574).toMatchObject({
			years: ['2023', '2024', '2025'],
			yearsWithFigures: ['2024', '2025'],
			regions: { deso2025: 2, regso2025: 1 },
			metadata: { file: 'TAB6574.metadata.json', retrievedAt: '2026-03-02T08:00:00.000Z', query: { method: 'GET', url: expect.stringMatching(/\/tables\/TAB6574\/metadata\?lang=sv$/) } }
		});
		expect(t6574.data).toHaveLength(1);
		expect(t6574.data[0]).toMatchObject({ file: 'TAB6574.json', sha256: sha256(fixtureText('TAB6574-data')), cells: 36, query: { method: 'POST' } });
		expect(t6574.data[0]!.query.body!.selection.find((s) => s.variableCode === 'Region')!.valueCodes).toEqual([
			'0180C1010_DeSO2025',
			'0180C1020_DeSO2025',
			'0180R001_RegSO2025'
		]);
		expect(m.tables.find((t) => t.table === 'TAB6680')!.yearsWithFigures).toEqual(['2024']);
		expect(m.tables.find((t) => t.table === 'TAB6685')!.eliminated).toEqual(['Kon']);
		// config, then metadata + data per table in the specs' order; nothing else was asked.
		expect(scb.calls.map((c) => `${c.method} ${c.url.replace(/^.*\/v2/, '').replace(/\?.*$/, '')}`)).toEqual([
			'GET /config',
			'GET /tables/TAB6574/metadata',
			'POST /tables/TAB6574/data',
			'GET /tables/TAB6685/metadata',
			'POST /tables/TAB6685/data',
			'GET /tables/TAB6680/metadata',
			'POST /tables/TAB6680/data'
		]);
		expect(openFetched(out)!.read('TAB6685.json')).toBe(fixtureText('TAB6685-data'));
	});

	it('splits GET requests to short URLs when asked to use GET', async () => {
		const out = path.join(root, 'get', 'scb_pxweb');
		const scb = fakeScb(['TAB6685'], (call) =>
			call.url.includes('/data?') ? new Response(fixtureText('TAB6685-data'), { status: 200 }) : undefined
		);
		const m = await runFetch({ out, client: client(scb), tables: TABLES.filter((t) => t.id === 'TAB6685'), method: 'GET', now: fixedNow });
		const data = scb.calls.filter((c) => c.url.includes('/data?'));
		expect(data).toHaveLength(1);
		expect(data[0]!.url).toMatch(/&valueCodes\[Region\]=0180C1010_DeSO2025,0180C1020_DeSO2025,0180R001_RegSO2025&valueCodes\[Alder\]=tot&valueCodes\[ContentsCode\]=000008AC&valueCodes\[Tid\]=2024$/);
		expect(m.tables[0]!.data[0]!.query.method).toBe('GET');
	});

	it('skips a table whose selection the server refuses (HTTP 400), naming it, and writes the others', async () => {
		const out = path.join(root, 'skip400', 'scb_pxweb');
		const broken = fakeScb(IDS, (call) =>
			call.url.includes('TAB6680/data') ? new Response(fixtureText('error-400'), { status: 400, headers: { 'Content-Type': 'application/problem+json' } }) : undefined
		);
		const log: string[] = [];
		const m = await runFetch({ out, client: client(broken), tables, now: fixedNow, log: (s) => log.push(s) });
		expect(m.tables.map((t) => t.table)).toEqual(['TAB6574', 'TAB6685']);
		expect(m.skipped).toEqual([
			{ table: 'TAB6680', about: expect.any(String), reason: expect.stringMatching(/^TAB6680 data failed: HTTP 400 — Bad Request: SYNTHETIC: Value 0180X9999_DeSO2025 is not a valid value code for variable Region\. Query: POST .*TAB6680\/data/) }
		]);
		expect(log).toContainEqual(expect.stringMatching(/^WARNING: TAB6680 \(.*\) skipped: TAB6680 data failed: HTTP 400/));
		expect(readdirSync(out).sort()).toEqual(['TAB6574.json', 'TAB6574.metadata.json', 'TAB6685.json', 'TAB6685.metadata.json', 'manifest.json']);
		expect(openFetched(out)!.read('TAB6685.json')).toBe(fixtureText('TAB6685-data'));
	});

	it('skips a table whose metadata lacks a code the spec asks for, without asking for its data', async () => {
		const out = path.join(root, 'skipcode', 'scb_pxweb');
		const lacking = fakeScb(IDS, (call) =>
			call.url.includes('TAB6680/metadata') ? new Response(fixtureText('TAB6680-metadata-lacks-code'), { status: 200 }) : undefined
		);
		const m = await runFetch({ out, client: client(lacking), tables, now: fixedNow });
		expect(m.skipped!.map((t) => [t.table, t.reason])).toEqual([['TAB6680', expect.stringMatching(/^TAB6680 metadata: ContentsCode has no code 0000089Y/)]]);
		expect(lacking.calls.some((c) => c.url.includes('TAB6680/data'))).toBe(false);
		expect(m.tables.map((t) => t.table)).toEqual(['TAB6574', 'TAB6685']);
	});

	it('fails on a server error after its retries, naming table and query, and leaves the previous folder untouched', async () => {
		const out = path.join(root, 'keep', 'scb_pxweb');
		await runFetch({ out, client: client(fakeScb(IDS)), tables, now: fixedNow });
		const before = readFileSync(path.join(out, 'manifest.json'), 'utf8');
		const broken = fakeScb(IDS, (call) =>
			call.url.includes('TAB6680/data') ? new Response('{"title":"Internal Server Error"}', { status: 500 }) : undefined
		);
		await expect(runFetch({ out, client: client(broken), tables, now: () => new Date() })).rejects.toThrow(
			/^TAB6680 data failed after 4 attempts: HTTP 500 — Internal Server Error\. Query: POST .*TAB6680\/data/
		);
		expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe(before);
		expect(readdirSync(path.dirname(out))).toEqual(['scb_pxweb']);
	});

	it('fails when the table has changed shape, and writes nothing', async () => {
		const out = path.join(root, 'changed', 'scb_pxweb');
		const changed = fakeScb(IDS, (call) =>
			call.url.includes('TAB6574/data') ? new Response(fixtureText('TAB6574-changed-shape'), { status: 200 }) : undefined
		);
		await expect(runFetch({ out, client: client(changed), tables, now: fixedNow })).rejects.toThrow(
			/TAB6574 data: the table's shape has changed: the response has dimensions \[Region, Alder2025, Kon, ContentsCode, Tid\] but the query selected \[Region, Alder, Kon, ContentsCode, Tid\]; missing: Alder; unexpected: Alder2025/
		);
		expect(existsSync(out)).toBe(false);
	});

	it('reports a tampered response file when the folder is read back', async () => {
		const out = path.join(root, 'tamper', 'scb_pxweb');
		await runFetch({ out, client: client(fakeScb(IDS)), tables, now: fixedNow });
		const { writeFileSync } = await import('node:fs');
		writeFileSync(path.join(out, 'TAB6685.json'), fixtureText('TAB6685-data').replace('9.3', '9.4'));
		expect(() => openFetched(out)!.read('TAB6685.json')).toThrow(/TAB6685\.json: sha256 .* differs from the manifest's/);
	});
});
