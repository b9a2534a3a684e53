// indicators.json is checked like every other built file: a list of entries, or a described failure.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchIndicators } from './staticFiles.ts';

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
