// indicators.json is checked like every other built file: a list of entries, or a described failure.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchIndicatorFile, fetchIndicators, fetchTopology } from './staticFiles.ts';

const respond = (body: string, status = 200) => vi.fn(async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }));

afterEach(() => vi.unstubAllGlobals());

describe('fetchIndicators', () => {
	it('gives every entry of the file, fetched once', async () => {
		const fetch = respond(JSON.stringify([{ id: 'syn_a', name: { sv: 'A', en: 'A' } }, { id: 'syn_b' }]));
		vi.stubGlobal('fetch', fetch);
		const r = await fetchIndicators('/base-ok');
		expect(r.ok && r.value.map((i) => i.id)).toEqual(['syn_a', 'syn_b']);
		await fetchIndicators('/base-ok');
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(fetch).toHaveBeenCalledWith('/base-ok/data/indicators.json', expect.anything());
	});

	it('turns a missing file or one of the wrong shape into a failure', async () => {
		vi.stubGlobal('fetch', respond('not found', 404));
		expect((await fetchIndicators('/base-missing')).ok).toBe(false);
		vi.stubGlobal('fetch', respond(JSON.stringify({ id: 'not a list' })));
		const r = await fetchIndicators('/base-shape');
		expect(r.ok ? null : r.error.kind).toBe('data-corrupt');
	});
});

// SYNTHETIC files: another indicator's file or another level's map in this one's place is refused, never shown under
// this one's title.
describe('a file in another file\'s place', () => {
	it('an indicator file must name the indicator asked for', async () => {
		const file = (id: string) => JSON.stringify({ id, indicator: { id }, rows: [['regso', 'x', 2021, 1, null, null, 'ok']] });
		vi.stubGlobal('fetch', respond(file('syn_other')));
		const r = await fetchIndicatorFile('/base-swap', 'syn_asked');
		expect(r.ok ? null : r.error.kind).toBe('data-corrupt');
		vi.stubGlobal('fetch', respond(file('syn_asked')));
		expect((await fetchIndicatorFile('/base-right', 'syn_asked')).ok).toBe(true);
	});

	it('a level\'s TopoJSON must hold that level\'s object', async () => {
		const topo = (key: string) => JSON.stringify({ type: 'Topology', objects: { [key]: { type: 'GeometryCollection', geometries: [] } }, arcs: [] });
		vi.stubGlobal('fetch', respond(topo('stadsdel')));
		const r = await fetchTopology('/base-swap', 'regso');
		expect(r.ok ? null : r.error.kind).toBe('data-corrupt');
		vi.stubGlobal('fetch', respond(topo('regso')));
		expect((await fetchTopology('/base-right', 'regso')).ok).toBe(true);
	});
});
