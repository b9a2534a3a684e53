import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { REPO_ROOT } from '../../paths.ts';
import { parseStadsdelIndex } from '../../sources/trygghet/areas.ts';
import { mergeFetchedNotices } from '../../sources/trygghet/fetchedNotices.ts';
import type { NoticeRow } from '../../../src/lib/types/trygghet.ts';
import { parseEvents, type StoredEvent } from './events.ts';
import { EVENTS_URL, readPolisenFolder, runPolisenFetch, type PolisenFetch } from './run.ts';

const fixture = readFileSync(path.join(REPO_ROOT, 'tests', 'fixtures', 'synthetic-polisen-events.json'), 'utf8');
const root = mkdtempSync(path.join(tmpdir(), 'polisen-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => vi.stubGlobal('fetch', () => Promise.reject(new Error('network access in a test'))));
afterEach(() => vi.unstubAllGlobals());

const answering = (...bodies: string[]) => {
	const urls: string[] = [];
	const fetch: PolisenFetch = async (url) => {
		urls.push(url);
		return new Response(bodies.shift() ?? '[]', { status: 200, headers: { 'Content-Type': 'application/json' } });
	};
	return { fetch, urls };
};

describe('runPolisenFetch (offline)', () => {
	it('merges each run by id, a duplicate counted once, keeping history and every raw response', async () => {
		const out = path.join(root, 'ok', 'polisen_events');
		const later = JSON.stringify([{ ...JSON.parse(fixture)[0], summary: 'SYNTHETIC: a revised text' }, { ...JSON.parse(fixture)[3], id: 900007 }]);
		const api = answering(fixture, later);
		const first = await runPolisenFetch({ fetch: api.fetch, out, now: () => new Date('2026-11-04T06:00:00Z') });
		expect(first.runs[0]).toMatchObject({ url: EVENTS_URL, events: 6, added: 5 });
		const second = await runPolisenFetch({ fetch: api.fetch, out, now: () => new Date('2026-11-05T06:00:00Z') });
		expect(second.runs.map((r) => [r.retrievedAt, r.added])).toEqual([
			['2026-11-04T06:00:00.000Z', 5],
			['2026-11-05T06:00:00.000Z', 1]
		]);
		const folder = readPolisenFolder(out)!;
		expect(folder.events.map((e) => e.event.id)).toEqual([900001, 900003, 900004, 900005, 900006, 900007]);
		// The first-seen version is kept; the API's later wording does not overwrite it.
		expect(folder.events.find((e) => e.event.id === 900003)).toMatchObject({ firstSeen: '2026-11-04T06:00:00.000Z', event: { summary: 'SYNTHETIC TEST FIXTURE: flera skott avlossades i Rinkeby.' } });
		expect(readdirSync(out).filter((f) => f.startsWith('response-'))).toHaveLength(2);
		expect(api.urls).toEqual([EVENTS_URL, EVENTS_URL]);
	});

	it('fails on a response that departs from the documented fields, and writes nothing', async () => {
		const out = path.join(root, 'bad', 'polisen_events');
		await expect(runPolisenFetch({ fetch: answering('<html>Underhåll</html>').fetch, out })).rejects.toThrow(/not JSON \(starts "<html>Underhåll/);
		await expect(runPolisenFetch({ fetch: answering('[{"id": 1, "name": "x"}]').fetch, out })).rejects.toThrow(/event 1 \(id 1\) lacks datetime, summary, url, type, location\.name, location\.gps/);
		expect(existsSync(out)).toBe(false);
	});
});

describe('merging fetched events with the mirror notices', () => {
	const stadsdelar = parseStadsdelIndex('stadsdel,stadsdelsomrade\nRinkeby,Rinkeby-Kista\nHökarängen,Farsta\n');
	const mirrorRow: NoticeRow = {
		id: '900001',
		date: '2026-10-30',
		publishedAt: '2026-10-30 08:00:00 +01:00',
		type: 'Explosion',
		title: '30 oktober 07.10, Explosion, Stockholm',
		summary: 'SYNTHETIC: the mirror row',
		url: 'https://polisen.se/x',
		stadsdelar: [],
		stadsdelsomraden: [],
		sdoCodes: [],
		unmatchedPlaces: []
	};
	const stored: StoredEvent[] = parseEvents(fixture, 'fixture').map((event) => ({ firstSeen: '2026-11-04T06:00:00Z', event }));

	it('adds new Stockholm events of the selected types once, keeps the mirror row for an id it has, and finds areas in the text', () => {
		const { rows, added } = mergeFetchedNotices([mirrorRow], stored, stadsdelar, 'fixture');
		expect(rows.map((r) => r.id)).toEqual(['900001', '900003', '900004']);
		expect(rows[0]).toBe(mirrorRow);
		expect(added.map((r) => [r.id, r.type, r.date, r.sdoCodes, r.url])).toEqual([
			['900003', 'Skottlossning', '2026-11-02', ['rinkeby-kista'], 'https://polisen.se/aktuellt/handelser/2026/november/2/syntetisk-skottlossning-stockholm/'],
			['900004', 'Mord/dråp, försök', '2026-11-03', ['farsta'], 'https://polisen.se/aktuellt/handelser/2026/november/3/syntetiskt-mordforsok-stockholm/']
		]);
	});
});
