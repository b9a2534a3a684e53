// Summaries and targets of the after-ready figures: map view changes per level and per kind, and compare regroups.
// A figure with no timed sample is reported as not measured, with the reasons the raw data gives.
import type { Change, CompareLoad, InteractionLoad } from './measure.ts';
import type { LevelPlan } from './afterReady.ts';
import { median, spread } from './stats.ts';

export const AFTER_READY_TARGETS = { viewChangeP95: 50, regroupP95: 100 };
export const KINDS = ['indicator', 'year', 'level'] as const;

/** p50/p95/n of timed changes (to the chart, and to the map's table), per kind, and the queries they ran. */
export function changeStats(list: Change[], kinds: readonly string[] = KINDS) {
	const timed = list.filter((c) => !c.skipped && !c.error);
	const byKind: Record<string, ReturnType<typeof spread>> = {};
	for (const k of kinds) byKind[k] = spread(timed.filter((c) => c.kind === k).map((c) => c.ms));
	return {
		all: spread(timed.map((c) => c.ms)),
		table: spread(timed.map((c) => c.tableMs)),
		byKind,
		timeouts: timed.filter((c) => c.ms === null).length,
		queries: spread(timed.flatMap((c) => c.queries ?? [])),
		queriesPerChange: median(timed.map((c) => (c.queries ?? []).length)),
		querySpan: spread(timed.map((c) => c.querySpan))
	};
}

/** Why a figure has no sample: skip reasons, errors and loads that never got there (distinct, in order). */
function reasons(list: Change[], loadErrors: string[], otherwise: string): string[] {
	const why = [
		...list.filter((c) => c.skipped).map((c) => c.reason ?? 'skipped'),
		...list.filter((c) => c.error).map((c) => c.error!),
		...list.filter((c) => !c.skipped && !c.error && c.ms === null).map(() => 'timed out'),
		...loadErrors
	];
	return why.length ? [...new Set(why)] : [otherwise];
}

/** Changes that are timed (no set-up changes), in plan order per level (the level the page showed after the change). */
export function byLevel(loads: InteractionLoad[], plan: LevelPlan[]) {
	const all = loads.flatMap((l) => l.after).filter((c) => c.kind !== 'setup');
	const loadErrors = loads.flatMap((l) => (l.error ? [l.error] : []));
	const levels = [...plan.map((p) => p.level), ...new Set(all.map((c) => c.level ?? '?'))].filter((l, i, xs) => xs.indexOf(l) === i);
	return levels.map((level) => {
		const list = all.filter((c) => c.level === level);
		const stats = changeStats(list);
		return { level, ...stats, notMeasured: stats.all.n ? [] : reasons(list, loadErrors, 'no change reached this level') };
	});
}

export function regroupStats(loads: CompareLoad[]) {
	const list = loads.flatMap((l) => l.regroups);
	const stats = changeStats(list, ['regroup']);
	const loadErrors = loads.flatMap((l) => (l.error ? [l.error] : []));
	return {
		...stats,
		loads: loads.length,
		warmLoads: loads.filter((l) => l.warm !== null).length,
		notMeasured: stats.all.n ? [] : reasons(list, loadErrors, loads.length ? 'no regroup was timed' : 'no compare load ran')
	};
}

export type LevelSummary = ReturnType<typeof byLevel>;
export type RegroupSummary = ReturnType<typeof regroupStats>;

export interface Target {
	name: string;
	target: string;
	met: boolean | null;
	/** Why the figure is not measured, when met is null. */
	why?: string;
}

const within = (p95: number | null, max: number) => (p95 === null ? null : p95 <= max);

export function afterReadyTargets(levels: LevelSummary, regroup: RegroupSummary): Target[] {
	return [
		...levels.map((l) => ({
			name: `view change p95 after ready: ${l.level}`,
			target: `≤ ${AFTER_READY_TARGETS.viewChangeP95} ms`,
			met: within(l.all.p95, AFTER_READY_TARGETS.viewChangeP95),
			...(l.all.n ? {} : { why: l.notMeasured.join('; ') })
		})),
		{
			name: 'compare regroup p95 after ready',
			target: `≤ ${AFTER_READY_TARGETS.regroupP95} ms`,
			met: within(regroup.all.p95, AFTER_READY_TARGETS.regroupP95),
			...(regroup.all.n ? {} : { why: regroup.notMeasured.join('; ') })
		}
	];
}

const ms = (v: number | null) => (v === null ? '–' : `${Math.round(v)} ms`);
const cell = (x: { p50: number | null; p95: number | null; n: number }) => (x.n ? `${ms(x.p50)} / ${ms(x.p95)} (n=${x.n})` : 'not measured');

/** One row per level (and one for regroups): p50 / p95 (n) overall, per kind, to the table, and queries. */
export function afterReadyRows(levels: LevelSummary, regroup: RegroupSummary): string[][] {
	const rows = levels.map((l) => [
		l.level,
		l.all.n ? cell(l.all) : `not measured: ${l.notMeasured.join('; ')}`,
		...KINDS.map((k) => cell(l.byKind[k]!)),
		cell(l.table),
		l.queries.n ? `${ms(l.queries.p50)} / ${ms(l.queries.p95)}, ~${l.queriesPerChange ?? '–'} per change` : '–'
	]);
	const r = regroup;
	rows.push([
		'compare regroup (/jamfor)',
		r.all.n ? cell(r.all) : `not measured: ${r.notMeasured.join('; ')}`,
		'',
		'',
		'',
		`after compare:warm in ${r.warmLoads}/${r.loads} loads`,
		r.queries.n ? `${ms(r.queries.p50)} / ${ms(r.queries.p95)}, ~${r.queriesPerChange ?? '–'} per regroup` : '–'
	]);
	return rows;
}

export const AFTER_READY_HEAD = ['After ready (p50 / p95)', 'view change', 'indicator', 'year', 'level', 'table shown', 'queries'];

/** The Met column: yes / NO / not measured and why. */
export const metText = (t: Target) => (t.met === null ? (t.why ? `not measured: ${t.why}` : 'n/a') : t.met ? 'yes' : 'NO');
