// Polisen's open events API (https://polisen.se/api/events): the fields polisen.se documents, checked, and the
// merge that keeps history: the API only ever returns the latest few hundred events, so each run adds the ids it has
// not seen and keeps every earlier one as first seen. Pure: no I/O.

/** One event as the API returns it (https://polisen.se/om-polisen/om-webbplatsen/oppna-data/api-over-polisens-handelser/). */
export interface ApiEvent {
	id: number;
	/** "2026-08-19 12:57:11 +02:00": publication/update time. */
	datetime: string;
	name: string;
	summary: string;
	/** Relative to https://polisen.se. */
	url: string;
	type: string;
	location: { name: string; gps: string };
}

/** An event with the time it was first fetched; later versions of the same id do not replace it. */
export interface StoredEvent {
	firstSeen: string;
	event: ApiEvent;
}

export class PolisenEventsError extends Error {}

/** Checks the response is a list of events with the documented fields; any departure is an error naming the item. */
export function parseEvents(text: string, where: string): ApiEvent[] {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		throw new PolisenEventsError(`${where}: not JSON (starts "${text.trim().slice(0, 80)}")`);
	}
	if (!Array.isArray(json)) throw new PolisenEventsError(`${where}: expected a list of events, got ${typeof json}`);
	return json.map((e: unknown, i) => {
		const o = (e ?? {}) as Record<string, unknown>;
		const loc = (o.location ?? {}) as Record<string, unknown>;
		const bad = [
			typeof o.id === 'number' && Number.isInteger(o.id) ? null : 'id',
			...(['datetime', 'name', 'summary', 'url', 'type'] as const).map((k) => (typeof o[k] === 'string' ? null : k)),
			typeof loc.name === 'string' ? null : 'location.name',
			typeof loc.gps === 'string' ? null : 'location.gps'
		].filter((k) => k !== null);
		if (bad.length) throw new PolisenEventsError(`${where}: event ${i + 1} (id ${String(o.id)}) lacks ${bad.join(', ')}`);
		return { id: o.id as number, datetime: o.datetime as string, name: o.name as string, summary: o.summary as string, url: o.url as string, type: o.type as string, location: { name: loc.name as string, gps: loc.gps as string } };
	});
}

/** Adds events whose id is new (a duplicate within the response counts once); earlier ones are kept as they were. */
export function mergeEvents(previous: readonly StoredEvent[], fetched: readonly ApiEvent[], retrievedAt: string): { events: StoredEvent[]; added: number } {
	const byId = new Map(previous.map((e) => [e.event.id, e]));
	let added = 0;
	for (const event of fetched)
		if (!byId.has(event.id)) {
			byId.set(event.id, { firstSeen: retrievedAt, event });
			added++;
		}
	return { events: [...byId.values()].sort((a, b) => a.event.id - b.event.id), added };
}

/** Stockholm kommun: the location is Stockholm, or (since 2026 the API often gives the county) the title ends in it. */
export function inStockholmKommun(e: ApiEvent): boolean {
	return e.location.name === 'Stockholm' || e.name.split(',').at(-1)?.trim() === 'Stockholm';
}
