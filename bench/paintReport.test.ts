import { describe, expect, it } from 'vitest';
import { firstDataPainted, paintFigures, ratio } from './paintReport.ts';
import { summarise, type Raw } from './report.ts';
import type { PassiveLoad, InteractionLoad } from './measure.ts';
import type { FloorLoad } from './floor.ts';
import type { PageSizes } from './pageSizes.ts';

const passive = (fcp: number | null, dataInDom: number | null, ready: number | null): PassiveLoad => ({
	fcp,
	firstChart: fcp,
	dataInDom,
	duckdbReady: ready,
	dbStatus: 'ready',
	bytes: null,
	offHost: []
});
const floor = (fcp: number | null, ready: number | null): FloorLoad => ({ fcp, ready, instantiated: null, connected: null, bundle: null });
const interaction = (ms: number, statusBefore = 'loading'): InteractionLoad => ({
	first: { kind: 'indicator', ms, statusBefore },
	duckdbReady: 1000,
	after: [],
	offHost: []
});
const pages: PageSizes = {
	landing: { n: 2, max: 27_000, worst: 'index.html', over: 0, limit: 60_000, missing: [] },
	area: { n: 3, max: 45_000, worst: 'omrade/kommun/0180.html', over: 1, limit: 40_000, missing: [] },
	factsheet: { n: 0, max: null, worst: null, over: 0, limit: 40_000, missing: ['faktablad/x.html'] }
};
const byName = (f: ReturnType<typeof paintFigures>, prefix: string) => f.figures.find((x) => x.name.startsWith(prefix))!;

describe('firstDataPainted', () => {
	it('is the first paint when the data was already in the DOM', () => expect(firstDataPainted(400, 300)).toBe(400));
	it('is when the data reached the DOM when that came after the first paint', () => expect(firstDataPainted(400, 650)).toBe(650));
	it('waits for a frame after the data reached the DOM, when the page painted before it did', () =>
		expect(firstDataPainted(64, 70, 131)).toBe(131));
	it('is the first paint when that came after the frame the data was rendered in', () => expect(firstDataPainted(400, 300, 390)).toBe(400));
	it('is unknown without either', () => {
		expect(firstDataPainted(null, 300)).toBeNull();
		expect(firstDataPainted(400, null)).toBeNull();
	});
});

describe('ratio', () => {
	it('divides', () => expect(ratio(500, 400)).toBe(1.25));
	it('is unknown for a missing or zero denominator', () => {
		expect(ratio(500, 0)).toBeNull();
		expect(ratio(500, null)).toBeNull();
		expect(ratio(null, 400)).toBeNull();
	});
});

describe('paintFigures', () => {
	it('reports each figure as a ratio of medians of the same run, with sizes per page kind', () => {
		const raw: Raw = {
			passive: [passive(400, 300, 2200), passive(500, 600, 2000), passive(450, 200, 2400)],
			floor: [floor(360, 2000), floor(400, 2100), floor(380, 1900)],
			interactive: [interaction(100), interaction(200), interaction(900, 'ready')]
		};
		const f = paintFigures(raw, summarise(raw), pages);
		// data painted 400, 600, 450 → median 450; floor FCP median 380
		expect(f.firstDataPainted.p50).toBe(450);
		expect(f.floorFcp.p50).toBe(380);
		expect(byName(f, 'first data painted')).toMatchObject({ value: (450 / 380).toFixed(2), met: true });
		// ready median 2200 over floor 2000
		expect(byName(f, 'DuckDB ready')).toMatchObject({ value: '1.10', met: true });
		// the change made after ready is not a change before ready: p95 of 100 and 200
		expect(byName(f, 'first change before ready')).toMatchObject({ value: '195 ms', met: true });
		expect(byName(f, 'landing')).toMatchObject({ value: 'max 27.0 kB', met: true });
		expect(byName(f, 'area pages')).toMatchObject({ value: 'max 45.0 kB', met: false, detail: '3 pages, 1 over, largest omrade/kommun/0180.html' });
		expect(byName(f, 'factsheets')).toMatchObject({ value: null, met: null });
		expect(byName(f, 'factsheets').detail).toContain('no .br twin');
	});

	it('pools the first change of every kind for the target and gives each kind its own p95, or why it has none', () => {
		const raw: Raw = {
			passive: [passive(400, 300, 2200)],
			floor: [floor(380, 2000)],
			interactive: [interaction(100), interaction(120)],
			firstChanges: [
				{ kind: 'level', ms: 280, statusBefore: 'loading' },
				{ kind: 'level', ms: 320, statusBefore: 'loading' },
				{ kind: 'year', ms: 90, statusBefore: 'ready' },
				{ kind: 'year', ms: null, error: 'timeout' }
			]
		};
		const s = summarise(raw);
		expect(s.firstChangeBeforeReady.n).toBe(4);
		expect(s.firstChangeBeforeReady.byKind.level).toMatchObject({ n: 2, p95: 318 });
		expect(s.firstChangeBeforeReady.byKind.year.n).toBe(0);
		const f = byName(paintFigures(raw, s, pages), 'first change before ready');
		expect(f).toMatchObject({ value: '314 ms', met: false });
		expect(f.detail).toContain('indicator p95 119 ms (n=2), year not measured (none before ready), level p95 318 ms (n=2)');
		expect(s.errors).toContain('first year 4: timeout');
	});

	it('says why a figure is not measured instead of leaving it out', () => {
		const raw: Raw = {
			passive: [passive(400, null, 2000)],
			floor: [floor(null, null)],
			interactive: [interaction(900, 'ready')]
		};
		const f = paintFigures(raw, summarise(raw), 'build/ could not be read: ENOENT');
		expect(f.figures.map((x) => x.value)).toEqual([null, null, null, null, null, null]);
		expect(byName(f, 'first data painted').detail).toContain('map and the table');
		expect(byName(f, 'DuckDB ready').detail).toContain('floor never became ready');
		expect(byName(f, 'first change before ready').detail).toContain('none of 1');
		expect(byName(f, 'landing').detail).toBe('build/ could not be read: ENOENT');
	});
});
