// Summarises the raw loads into medians/percentiles, checks them against the targets, prints a table and
// writes bench/results.json. Missed targets are reported, never thrown.
import fs from 'node:fs';
import path from 'node:path';
import type { PassiveLoad, InteractionLoad, Change, CompareLoad } from './measure.ts';
import type { FloorLoad } from './floor.ts';
import type { LevelPlan } from './afterReady.ts';
import { spread } from './stats.ts';
import { AFTER_READY_HEAD, afterReadyRows, afterReadyTargets, byLevel, changeStats, metText, regroupStats, type Target } from './afterReadyReport.ts';

export interface Raw {
	passive: PassiveLoad[];
	floor: FloorLoad[];
	interactive: InteractionLoad[];
	/** First changes of the other kinds (year, level), each from a cold load of its own. */
	firstChanges?: Change[];
	/** /jamfor loads timing regroups after DuckDB is ready. */
	compare?: CompareLoad[];
	/** The map levels and indicators the after-ready changes visit. */
	plan?: LevelPlan[];
}

const TARGETS = { firstChartMs: 300, jsGzipBeforeFirstChart: 100_000, readyOverFloor: 1.1, changeAfterReadyP95: 50, changeBeforeReadyP95: 300 };

const p = spread;

export function summarise(raw: Raw) {
	const P = raw.passive;
	const fcp = p(P.map((l) => l.fcp));
	const firstChart = p(P.map((l) => l.firstChart));
	const ready = p(P.map((l) => l.duckdbReady));
	const floorReady = p(raw.floor.map((f) => f.ready));
	const wasmStarts = P.flatMap((l) => l.bytes?.wasm ?? []);
	const firstChanges = [...raw.interactive.map((l) => l.first), ...(raw.firstChanges ?? [])].filter((c): c is Change => !!c && !c.error && !c.skipped);
	const beforeReady = firstChanges.filter((c) => c.statusBefore !== 'ready');
	const beforeReadyOf = (kind: string) => p(beforeReady.filter((c) => c.kind === kind).map((c) => c.ms));
	const after = changeStats(raw.interactive.flatMap((l) => l.after).filter((c) => c.kind !== 'setup'));
	const ratio = ready.p50 !== null && floorReady.p50 ? ready.p50 / floorReady.p50 : null;
	return {
		fcp,
		firstChart,
		duckdbReady: ready,
		duckdbReadyAfterFirstChart: p(P.map((l) => (l.duckdbReady !== null && l.firstChart !== null ? l.duckdbReady - l.firstChart : null))),
		floor: {
			ready: floorReady,
			instantiated: p(raw.floor.map((f) => f.instantiated)),
			connected: p(raw.floor.map((f) => f.connected)),
			bundles: [...new Set(raw.floor.map((f) => f.bundle))]
		},
		readyOverFloor: ratio,
		firstChangeBeforeReady: {
			...p(beforeReady.map((c) => c.ms)),
			loads: firstChanges.length,
			afterFirstChartMs: p(beforeReady.map((c) => (c.start ?? 0) - (c.firstChart ?? 0))),
			byKind: { indicator: beforeReadyOf('indicator'), year: beforeReadyOf('year'), level: beforeReadyOf('level') }
		},
		changesAfterReady: after,
		afterReadyByLevel: byLevel(raw.interactive, raw.plan ?? []),
		compareRegroup: regroupStats(raw.compare ?? []),
		bytes: {
			beforeFirstChart: p(P.map((l) => l.bytes?.beforeFirstChart)),
			total: p(P.map((l) => l.bytes?.total)),
			jsGzipBeforeFirstChart: p(P.map((l) => l.bytes?.jsGzipBeforeFirstChart)),
			jsRawBeforeFirstChart: p(P.map((l) => l.bytes?.jsRawBeforeFirstChart)),
			requestsBeforeFirstChart: p(P.map((l) => l.bytes?.requestsBeforeFirstChart)),
			requestsTotal: p(P.map((l) => l.bytes?.requestsTotal)),
			beforeDuckdbReady: p(P.map((l) => l.bytes?.beforeDuckdbReady)),
			wasmTransfer: p(P.map((l) => l.bytes?.wasmTransfer))
		},
		wasm: {
			files: [...new Set(wasmStarts.map((w) => w.path))],
			startMs: p(wasmStarts.map((w) => w.startMs)),
			beforeFcpInLoads: P.filter((l) => l.bytes?.wasm.some((w) => w.beforeFcp)).length,
			loadsWithoutWasm: P.filter((l) => l.bytes && !l.bytes.wasm.length).length,
			clockLagMs: p(P.map((l) => l.bytes?.clockLagMs))
		},
		offHostRequests: [...new Set([...P, ...raw.interactive].flatMap((l) => l.offHost))],
		errors: [
			...P.flatMap((l, i) => (l.error ? [`passive ${i + 1}: ${l.error}`] : [])),
			...raw.floor.flatMap((l, i) => (l.error ? [`floor ${i + 1}: ${l.error}`] : [])),
			...raw.interactive.flatMap((l, i) => (l.error ? [`interaction ${i + 1}: ${l.error}`] : [])),
			...(raw.firstChanges ?? []).flatMap((c, i) => (c.error ? [`first ${c.kind} ${i + 1}: ${c.error}`] : c.skipped ? [`first ${c.kind} ${i + 1}: skipped, ${c.reason}`] : [])),
			...(raw.compare ?? []).flatMap((l, i) => (l.error ? [`compare ${i + 1}: ${l.error}`] : []))
		]
	};
}

export type Summary = ReturnType<typeof summarise>;

const le = (v: number | null, max: number) => (v === null ? null : v <= max);

export function targets(s: Summary): Target[] {
	const wasmOk = s.wasm.beforeFcpInLoads === 0 && s.wasm.startMs.n > 0;
	return [
		{ name: 'first chart (median)', target: `≤ ${TARGETS.firstChartMs} ms`, met: le(s.firstChart.p50, TARGETS.firstChartMs) },
		{ name: 'JS before first chart (gzip, median)', target: `≤ ${TARGETS.jsGzipBeforeFirstChart / 1000} kB`, met: le(s.bytes.jsGzipBeforeFirstChart.p50, TARGETS.jsGzipBeforeFirstChart) },
		{ name: 'wasm not fetched before first paint', target: 'no load', met: s.wasm.startMs.n > 0 ? wasmOk : null },
		{ name: 'duckdb:ready / floor (medians)', target: `≤ ${TARGETS.readyOverFloor}`, met: le(s.readyOverFloor, TARGETS.readyOverFloor) },
		{ name: 'change p95 after ready', target: `≤ ${TARGETS.changeAfterReadyP95} ms`, met: le(s.changesAfterReady.all.p95, TARGETS.changeAfterReadyP95) },
		{ name: 'change p95 before ready', target: `≤ ${TARGETS.changeBeforeReadyP95} ms`, met: le(s.firstChangeBeforeReady.p95, TARGETS.changeBeforeReadyP95) },
		...afterReadyTargets(s.afterReadyByLevel, s.compareRegroup)
	];
}

const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v)} ms`);
const kb = (v: number | null) => (v === null ? '–' : v >= 1e7 ? `${(v / 1e6).toFixed(1)} MB` : `${(v / 1000).toFixed(1)} kB`);
const range = (x: { min: number | null; max: number | null; n: number }, f: (v: number | null) => string) => `n=${x.n}, ${f(x.min)}–${f(x.max)}`;

function rows(s: Summary): [string, string, string][] {
	const a = s.changesAfterReady;
	const k = (name: string) => a.byKind[name]!;
	return [
		['first contentful paint (median)', ms(s.fcp.p50), range(s.fcp, ms)],
		['app:first-chart (median)', ms(s.firstChart.p50), range(s.firstChart, ms)],
		['duckdb:ready (median)', ms(s.duckdbReady.p50), range(s.duckdbReady, ms)],
		['  ready − first chart (median)', ms(s.duckdbReadyAfterFirstChart.p50), range(s.duckdbReadyAfterFirstChart, ms)],
		['floor ready (median)', ms(s.floor.ready.p50), range(s.floor.ready, ms)],
		['  floor instantiated / connected', `${ms(s.floor.instantiated.p50)} / ${ms(s.floor.connected.p50)}`, 'medians'],
		['duckdb:ready / floor', s.readyOverFloor === null ? '–' : s.readyOverFloor.toFixed(2), 'ratio of medians'],
		['1st change before ready (median)', ms(s.firstChangeBeforeReady.p50), `p95 ${ms(s.firstChangeBeforeReady.p95)}, ${range(s.firstChangeBeforeReady, ms)}`],
		['  fired after first chart by', ms(s.firstChangeBeforeReady.afterFirstChartMs.p50), 'median'],
		...(['indicator', 'year', 'level'] as const).map((kind) => {
			const b = s.firstChangeBeforeReady.byKind[kind];
			const row: [string, string, string] = [`  ${kind} p50 / p95`, b.n ? `${ms(b.p50)} / ${ms(b.p95)}` : 'not measured', b.n ? `n=${b.n}` : `no ${kind} change was timed before DuckDB was ready`];
			return row;
		}),
		['changes after ready p50 / p95', `${ms(a.all.p50)} / ${ms(a.all.p95)}`, `n=${a.all.n}, max ${ms(a.all.max)}, timeouts ${a.timeouts}`],
		['  indicator p50 / p95', `${ms(k('indicator').p50)} / ${ms(k('indicator').p95)}`, `n=${k('indicator').n}`],
		['  year p50 / p95', `${ms(k('year').p50)} / ${ms(k('year').p95)}`, `n=${k('year').n}`],
		['  level p50 / p95', `${ms(k('level').p50)} / ${ms(k('level').p95)}`, `n=${k('level').n}`],
		['  query:start→end p50 / p95', `${ms(a.queries.p50)} / ${ms(a.queries.p95)}`, `n=${a.queries.n} queries, ~${a.queriesPerChange ?? '–'} per change`],
		['  queries per change, span p50 / p95', `${ms(a.querySpan.p50)} / ${ms(a.querySpan.p95)}`, 'first start → last end'],
		['bytes before first chart (median)', kb(s.bytes.beforeFirstChart.p50), `${s.bytes.requestsBeforeFirstChart.p50 ?? '–'} requests`],
		['bytes before DuckDB ready (median)', kb(s.bytes.beforeDuckdbReady.p50), 'on the wire, through deploy/nginx.conf'],
		['wasm transferred (median)', kb(s.bytes.wasmTransfer.p50), 'brotli, as nginx sends it'],
		['bytes total (median)', kb(s.bytes.total.p50), `${s.bytes.requestsTotal.p50 ?? '–'} requests`],
		['JS before first chart, gzip (median)', kb(s.bytes.jsGzipBeforeFirstChart.p50), `raw ${kb(s.bytes.jsRawBeforeFirstChart.p50)}`],
		['wasm request start (median)', ms(s.wasm.startMs.p50), `before FCP in ${s.wasm.beforeFcpInLoads}/${s.fcp.n} loads (FCP ${ms(s.fcp.p50)}); ${s.wasm.files.map((f) => path.basename(f)).join(', ')}`]
	];
}

export function table(head: string[], body: string[][]): string {
	const w = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
	const line = (r: string[]) => '| ' + r.map((c, i) => c.padEnd(w[i]!)).join(' | ') + ' |';
	return [line(head), '|' + w.map((n) => '-'.repeat(n + 2)).join('|') + '|', ...body.map(line)].join('\n');
}

export function print(s: Summary, t: Target[]) {
	console.log('\n' + table(['Metric', 'Result', 'Detail'], rows(s)));
	console.log('\n' + table(AFTER_READY_HEAD, afterReadyRows(s.afterReadyByLevel, s.compareRegroup)));
	console.log('\n' + table(['Target', 'Goal', 'Met'], t.map((x) => [x.name, x.target, metText(x)])));
	if (s.offHostRequests.length) console.log(`\nRequests to hosts other than 127.0.0.1: ${s.offHostRequests.join(', ')}`);
	if (s.errors.length) console.log(`\nErrors:\n  ${s.errors.join('\n  ')}`);
}

export function write(file: string, payload: unknown) {
	fs.writeFileSync(file, JSON.stringify(payload, null, '\t') + '\n');
}
