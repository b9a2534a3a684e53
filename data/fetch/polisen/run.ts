// Polisen's part of `npm run data:fetch`: one GET of the events API, merged by id into data/fetched/polisen_events/
// events.json (history kept: the API only returns the latest events), with each run's raw response and a manifest
// (URL, time, sha256, counts). A response that departs from the documented fields fails and writes nothing.
// Never verified against the live API from here.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../../inputHash.ts';
import { readVerified, writeFetched } from '../store.ts';
import { mergeEvents, parseEvents, PolisenEventsError, type StoredEvent } from './events.ts';

export const POLISEN_FORMAT = 'stadsdelskollen/polisen-events/1';
export const EVENTS_FILE = 'events.json';
export const POLISEN_MANIFEST = 'manifest.json';
/** Stockholm kommun and, because since 2026 many city events carry the county as location, Stockholms län. */
export const EVENTS_URL = 'https://polisen.se/api/events?locationname=Stockholm;Stockholms%20l%C3%A4n';

export type PolisenFetch = (url: string, init: { headers: Record<string, string> }) => Promise<Response>;

export interface PolisenRun {
	retrievedAt: string;
	url: string;
	file: string;
	sha256: string;
	events: number;
	added: number;
}

export interface PolisenManifest {
	format: typeof POLISEN_FORMAT;
	events: { file: string; sha256: string; count: number };
	/** Every run so far, oldest first; each run's raw response is kept. */
	runs: PolisenRun[];
}

export function readPolisenFolder(dir: string): { manifest: PolisenManifest; events: StoredEvent[]; responses: Map<string, string> } | null {
	const mPath = path.join(dir, POLISEN_MANIFEST);
	if (!existsSync(mPath)) return null;
	const manifest = JSON.parse(readFileSync(mPath, 'utf8')) as PolisenManifest;
	if (manifest.format !== POLISEN_FORMAT) throw new PolisenEventsError(`${mPath}: format is ${JSON.stringify(manifest.format)}, expected "${POLISEN_FORMAT}"`);
	const read = (file: string, hash: string) => readVerified(dir, file, hash).toString('utf8');
	const events = JSON.parse(read(manifest.events.file, manifest.events.sha256)) as StoredEvent[];
	const responses = new Map(manifest.runs.map((r) => [r.file, read(r.file, r.sha256)]));
	return { manifest, events, responses };
}

export async function runPolisenFetch(o: { fetch: PolisenFetch; out: string; now?: () => Date; log?: (s: string) => void; url?: string }): Promise<PolisenManifest> {
	const { now = () => new Date(), log = () => {}, url = EVENTS_URL } = o;
	const previous = readPolisenFolder(o.out);
	const retrievedAt = now().toISOString();
	let res: Response;
	try {
		res = await o.fetch(url, { headers: { Accept: 'application/json', 'User-Agent': 'Stadsdelskollen data:fetch (open-source dashboard)' } });
	} catch (e) {
		throw new PolisenEventsError(`GET ${url}: network error: ${(e as Error).message}`);
	}
	const text = await res.text();
	if (!res.ok) throw new PolisenEventsError(`GET ${url}: HTTP ${res.status} (body starts "${text.trim().slice(0, 80)}")`);
	const fetched = parseEvents(text, `GET ${url}`);
	const { events, added } = mergeEvents(previous?.events ?? [], fetched, retrievedAt);
	log(`Polisen: ${fetched.length} events in the response, ${added} new, ${events.length} kept in all`);
	const file = `response-${retrievedAt.replace(/[:.]/g, '-')}.json`;
	const eventsText = JSON.stringify(events, null, '\t') + '\n';
	const files = new Map<string, string>([...(previous?.responses ?? []), [file, text], [EVENTS_FILE, eventsText]]);
	const manifest: PolisenManifest = {
		format: POLISEN_FORMAT,
		events: { file: EVENTS_FILE, sha256: sha256(eventsText), count: events.length },
		runs: [...(previous?.manifest.runs ?? []), { retrievedAt, url, file, sha256: sha256(text), events: fetched.length, added }]
	};
	writeFetched(o.out, files, manifest);
	return manifest;
}
