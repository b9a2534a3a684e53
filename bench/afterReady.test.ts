// The after-ready plan and its summaries: which levels and indicators are visited, p50/p95/n per level and kind,
// and "not measured" with its reason when a level or the regroup has no timed sample.
import { describe, expect, it } from 'vitest';
import { indicatorFor, levelPlan } from './afterReady.ts';
import { afterReadyRows, afterReadyTargets, byLevel, metText, regroupStats } from './afterReadyReport.ts';
import type { Change, CompareLoad, InteractionLoad } from './measure.ts';

const catalog = {
	geoLevels: ['stadsdelsomrade', 'deso', 'valdistrikt2022', 'kommun', 'regso'],
	indicators: [
		{ id: 'a', levels: ['kommun', 'stadsdelsomrade', 'deso'], years: [2024] },
		{ id: 'b', levels: ['kommun', 'stadsdelsomrade', 'deso'], years: [2023, 2024] },
		{ id: 'c', levels: ['kommun', 'stadsdelsomrade', 'valdistrikt2022', 'deso2025'], years: [2018, 2022] },
		{ id: 'd', levels: ['kommun', 'stadsdelsomrade'], years: [2020, 2021, 2022] }
	]
};

describe('levelPlan', () => {
	it('lists every level with geometry except the whole city, in catalogue order, indicators with two years first', () => {
		expect(levelPlan(catalog)).toEqual([
			{ level: 'stadsdelsomrade', indicators: ['b', 'c', 'd', 'a'], multiYear: 3 },
			{ level: 'deso', indicators: ['b', 'a'], multiYear: 1 },
			{ level: 'valdistrikt2022', indicators: ['c'], multiYear: 1 }
		]);
	});

	it('cycles through the multi-year indicators other than the one shown, else through all', () => {
		const [sdo, deso, vd] = levelPlan(catalog);
		expect([0, 1, 2].map((r) => indicatorFor(sdo!, r, 'b'))).toEqual(['c', 'd', 'c']);
		expect(indicatorFor(deso!, 0, 'b')).toBe('a');
		expect(indicatorFor(deso!, 0, 'x')).toBe('b');
		expect(indicatorFor(vd!, 0, 'c')).toBeNull();
	});
});

const ch = (kind: string, level: string, ms: number | null, extra: Partial<Change> = {}): Change => ({ kind, level, ms, queries: [10], ...extra });
const load = (after: Change[], error?: string): InteractionLoad => ({ first: null, duckdbReady: 1, after, offHost: [], ...(error ? { error } : {}) });
const plan = levelPlan(catalog);

describe('byLevel', () => {
	const levels = byLevel(
		[
			load([
				ch('setup', 'stadsdelsomrade', 999),
				ch('level', 'stadsdelsomrade', 30, { tableMs: 80 }),
				ch('indicator', 'stadsdelsomrade', 10),
				ch('year', 'stadsdelsomrade', 20),
				ch('level', 'deso', 60),
				ch('indicator', 'deso', 40),
				ch('year', 'deso', null),
				ch('level', 'valdistrikt2022', null, { skipped: true, reason: 'already at valdistrikt2022 after the setup change' })
			])
		],
		plan
	);

	it('summarises each planned level apart, leaving out set-up changes, per kind', () => {
		const sdo = levels.find((l) => l.level === 'stadsdelsomrade')!;
		expect(sdo.all).toMatchObject({ p50: 20, n: 3, max: 30 });
		expect(sdo.byKind.level).toMatchObject({ p50: 30, n: 1 });
		expect(sdo.table).toMatchObject({ p50: 80, n: 1 });
		expect(sdo.queries.n).toBe(3);
		const deso = levels.find((l) => l.level === 'deso')!;
		expect(deso.all).toMatchObject({ p50: 50, p95: 59, n: 2 });
		expect(deso.timeouts).toBe(1);
	});

	it('says why a level has no sample, and the target is then not measured rather than met or missed', () => {
		const vd = levels.find((l) => l.level === 'valdistrikt2022')!;
		expect(vd.all.n).toBe(0);
		expect(vd.notMeasured).toEqual(['already at valdistrikt2022 after the setup change']);
		const t = afterReadyTargets(levels, regroupStats([]));
		expect(t.map((x) => [x.name, x.met])).toEqual([
			['view change p95 after ready: stadsdelsomrade', true],
			['view change p95 after ready: deso', false],
			['view change p95 after ready: valdistrikt2022', null],
			['compare regroup p95 after ready', null]
		]);
		expect(metText(t[2]!)).toBe('not measured: already at valdistrikt2022 after the setup change');
		expect(metText(t[3]!)).toBe('not measured: no compare load ran');
		const rows = afterReadyRows(levels, regroupStats([]));
		expect(rows.map((r) => r[1])).toEqual([
			'20 ms / 29 ms (n=3)',
			'50 ms / 59 ms (n=2)',
			'not measured: already at valdistrikt2022 after the setup change',
			'not measured: no compare load ran'
		]);
	});

	it('names a failed load as the reason when no change got anywhere', () => {
		const failed = byLevel([load([], 'DuckDB did not become ready')], plan);
		expect(failed.map((l) => l.notMeasured)).toEqual([['DuckDB did not become ready'], ['DuckDB did not become ready'], ['DuckDB did not become ready']]);
	});
});

describe('regroupStats', () => {
	const cl = (regroups: Change[], warm: number | null, error?: string): CompareLoad => ({ duckdbReady: 1, warm, regroups, offHost: [], ...(error ? { error } : {}) });
	it('counts timed regroups and loads that were warm, skipping the ones left out', () => {
		const s = regroupStats([
			cl([ch('regroup', '', 40), ch('regroup', '', 120), ch('regroup', '', null, { skipped: true, reason: 'last grouping left on' })], 5),
			cl([ch('regroup', '', 60)], null)
		]);
		expect(s.all).toMatchObject({ p50: 60, n: 3, max: 120 });
		expect(s.warmLoads).toBe(1);
		expect(afterReadyTargets([], s)[0]!.met).toBe(false);
	});
	it('reports the load error when nothing was timed', () => {
		expect(regroupStats([cl([], null, 'DuckDB did not become ready')]).notMeasured).toEqual(['DuckDB did not become ready']);
	});
});
