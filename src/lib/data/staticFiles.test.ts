// indicators.json is checked like every other built file: a list of entries, or a described failure.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchIndicatorFile, fetchIndicators, fetchTopology, fetchTrygghet } from './staticFiles.ts';

/** A SYNTHETIC catalogue entry with every field the pages read. */
const entry = (id: string) => ({
	id,
	name: { sv: `Syntetisk ${id}`, en: `Synthetic ${id}` },
	description: { sv: 'Syntetisk', en: 'Synthetic' },
	theme: 'context',
	unit: 'percent',
	direction: 'neutral',
	source: { publisher: 'synthetic', table: 'synthetic', url: 'http://127.0.0.1/synthetic', licence: 'CC0', files: [] },
	aggregation: { kind: 'ratio', scale: 100 },
	caveats: [],
	years: [2021],
	levels: ['regso'],
	decimals: 1,
	classification: 'quantile'
});

const respond = (body: string, status = 200) => vi.fn(async () => new Response(body, { status, headers: { 'content-type': 'application/json' } }));

afterEach(() => vi.unstubAllGlobals());

describe('fetchIndicators', () => {
	it('gives every entry of the file, fetched once', async () => {
		const fetch = respond(JSON.stringify([entry('syn_a'), entry('syn_b')]));
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

	it('refuses a list whose entries are cut short (an id without name, source, years…), not only a non-list', async () => {
		vi.stubGlobal('fetch', respond(JSON.stringify([entry('syn_a'), { id: 'syn_b' }])));
		const r = await fetchIndicators('/base-short');
		expect(r.ok ? null : r.error.kind).toBe('data-corrupt');
	});
});

describe('fetchIndicatorFile', () => {
	const file = (indicator: unknown, rows: unknown[]) => JSON.stringify({ id: 'syn_a', indicator, rows });
	const row = ['regso', 'syn_0180R001', 2021, 12.5, 5, 40, 'ok'];

	it('gives a whole file, with missing values and a coverage kept as they are', async () => {
		vi.stubGlobal('fetch', respond(file(entry('syn_a'), [row, ['regso', 'syn_0180R002', 2021, null, null, null, 'suppressed'], [...row.slice(0, 7), 0.8]])));
		const r = await fetchIndicatorFile('/base-whole', 'syn_a');
		expect(r.ok && r.value.rows.map((x) => x[3])).toEqual([12.5, null, 12.5]);
	});

	it('refuses a file whose catalogue entry is cut short or whose rows carry no numbers, instead of drawing it', async () => {
		const cases = [
			file({}, []),
			file({ id: 'syn_a' }, [row]),
			file(entry('syn_a'), [['regso', 'syn_0180R001', 2021, 'abc', null, null, 'ok']]),
			file(entry('syn_a'), [['regso', 'syn_0180R001', 2021, 12.5, 5, 40, 'invented']]),
			file(entry('syn_a'), [['regso', 'syn_0180R001']])
		];
		for (const [i, body] of cases.entries()) {
			vi.stubGlobal('fetch', respond(body));
			const r = await fetchIndicatorFile(`/base-short-${i}`, 'syn_a');
			expect(r.ok ? null : r.error.kind, body).toBe('data-corrupt');
		}
	});
});

// SYNTHETIC files: another indicator's file or another level's map in this one's place is refused, never shown under
// this one's title.
describe('a file in another file\'s place', () => {
	it('an indicator file must name the indicator asked for', async () => {
		const file = (id: string) => JSON.stringify({ id, indicator: entry(id), rows: [['regso', 'x', 2021, 1, null, null, 'ok']] });
		vi.stubGlobal('fetch', respond(file('syn_other')));
		const r = await fetchIndicatorFile('/base-swap', 'syn_asked');
		expect(r.ok ? null : r.error.kind).toBe('data-corrupt');
		vi.stubGlobal('fetch', respond(file('syn_asked')));
		expect((await fetchIndicatorFile('/base-right', 'syn_asked')).ok).toBe(true);
	});

	it('a level\'s TopoJSON must hold that level\'s object', async () => {
		const topo = (key: string) =>
			JSON.stringify({ type: 'Topology', objects: { [key]: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], id: 'syn_1' }] } }, arcs: [[[0, 0], [1, 0], [0, 1], [0, 0]]] });
		vi.stubGlobal('fetch', respond(topo('stadsdel')));
		const r = await fetchTopology('/base-swap', 'regso');
		expect(r.ok ? null : r.error.kind).toBe('data-corrupt');
		vi.stubGlobal('fetch', respond(topo('regso')));
		expect((await fetchTopology('/base-right', 'regso')).ok).toBe(true);
	});

	it('a level\'s TopoJSON with no shapes, or an object that is no collection of shapes, is damaged, not an empty map', async () => {
		const cases = [
			{ type: 'Topology', objects: { regso: { type: 'GeometryCollection', geometries: [] } }, arcs: [] },
			{ type: 'Topology', objects: { regso: {} }, arcs: [] },
			{ type: 'Topology', objects: { regso: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]] }] } } }
		];
		for (const [i, body] of cases.entries()) {
			vi.stubGlobal('fetch', respond(JSON.stringify(body)));
			const r = await fetchTopology(`/base-empty-${i}`, 'regso');
			expect(r.ok ? null : r.error.kind, JSON.stringify(body)).toBe('data-corrupt');
		}
	});
});

describe('fetchTrygghet', () => {
	/** A SYNTHETIC quoted figure with every field the area panel shows. */
	const quoted = {
		id: 'synthetic:2',
		measure: 'Syntetisk fråga',
		measureName: { sv: 'Syntetisk fråga', en: 'Synthetic question' },
		value: 21,
		unitName: { sv: 'procent', en: 'per cent' },
		year: 2017,
		period: null,
		level: 'stadsdelsomrade',
		code: 'syntetisk',
		areaName: 'Syntetiskt område',
		publisherName: { sv: 'Syntetisk utgivare', en: 'Synthetic publisher' },
		quote: 'En syntetisk mening.',
		url: 'http://127.0.0.1/synthetic',
		sourceTitleRuns: [],
		caveats: []
	};

	it('gives a file whose quoted figures are whole', async () => {
		vi.stubGlobal('fetch', respond(JSON.stringify({ evidence: [quoted] })));
		const r = await fetchTrygghet('/base-trygghet-ok');
		expect(r.ok && r.value.evidence.map((e) => e.value)).toEqual([21]);
	});

	it('refuses a file with a quoted figure cut short or without a number, so the panel says the file is damaged', async () => {
		const cases = [{}, { ...quoted, value: '21' }, { ...quoted, url: undefined }, { ...quoted, measureName: 'Syntetisk fråga' }];
		for (const [i, bad] of cases.entries()) {
			vi.stubGlobal('fetch', respond(JSON.stringify({ evidence: [quoted, bad] })));
			const r = await fetchTrygghet(`/base-trygghet-bad-${i}`);
			expect(r.ok ? null : r.error.kind, JSON.stringify(bad)).toBe('data-corrupt');
		}
	});
});
