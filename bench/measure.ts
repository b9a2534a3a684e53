// One cold load of the app, three kinds: a passive load (paint, first chart, DuckDB ready, bytes, wasm timing), an
// interaction load (one change right after first chart, before DuckDB is ready; then changes at every map level after
// it is ready, see afterReady.ts) and a compare load (/jamfor: regroups after DuckDB is ready).
import type { Browser } from 'playwright-core';
import { coldPage, type ColdPage } from './browser.ts';
import { summariseBytes, type Bytes, type Snapshot } from './bytes.ts';
import { mapChangesAtEveryLevel, regroups, type LevelPlan } from './afterReady.ts';

export const LIMITS = { gotoMs: 30_000, firstChartMs: 20_000, readyMs: 90_000, changeMs: 10_000 };

export interface PassiveLoad {
	fcp: number | null;
	firstChart: number | null;
	duckdbReady: number | null;
	/** When the map and the table were first both in the DOM. */
	dataInDom?: number | null;
	/** The end of the first rendering frame after that (older results do not have it). */
	dataFrame?: number | null;
	dbStatus: string | null;
	bytes: Bytes | null;
	offHost: string[];
	error?: string;
}

export interface Change {
	kind: string;
	value?: string;
	/** The map level shown after the change. */
	level?: string | null;
	start?: number;
	ms: number | null;
	/** Until the map's table (updated after the chart has painted) shows the new view. */
	tableMs?: number | null;
	statusBefore?: string | null;
	statusAfter?: string | null;
	titleBefore?: string | null;
	titleAfter?: string | null;
	/** query:start→query:end, paired in order. */
	queries?: (number | null)[];
	/** First query:start → last query:end of this change. */
	querySpan?: number | null;
	firstChart?: number;
	skipped?: boolean;
	/** Why a change was skipped. */
	reason?: string;
	error?: string;
}

export interface InteractionLoad {
	first: Change | null;
	duckdbReady: number | null;
	after: Change[];
	offHost: string[];
	error?: string;
}

export interface CompareLoad {
	duckdbReady: number | null;
	/** compare:warm (the per-area cells of the first view built in the background), null if not seen in time. */
	warm: number | null;
	regroups: Change[];
	offHost: string[];
	error?: string;
}

/**
 * The first change before DuckDB is ready, of each kind the issue names: the interaction loads change the indicator on
 * the landing page; extra loads change the level to the finest one (DeSO) on the landing page, and the year on a view
 * with several years (the landing page's indicator has one).
 */
export interface FirstChangePlan {
	kind: 'indicator' | 'year' | 'level';
	/** The option picked; the next one after the current when absent. */
	value?: string;
	/** Address of the page, from the site's root. */
	path: string;
}
export const FIRST_CHANGES: FirstChangePlan[] = [
	{ kind: 'indicator', path: '/' },
	{ kind: 'level', value: 'deso', path: '/' },
	{ kind: 'year', path: '/?indikator=utrikes_fodda_andel&ar=2023&niva=stadsdelsomrade' }
];

const armFirst = (plan: FirstChangePlan) =>
	`window.__BENCH_FIRST__ = ${JSON.stringify({ kind: plan.kind, value: plan.value, timeoutMs: LIMITS.changeMs })};`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function open(browser: Browser, url: string, init = ''): Promise<ColdPage> {
	const cold = await coldPage(browser, init);
	await cold.page.goto(url, { waitUntil: 'commit', timeout: LIMITS.gotoMs });
	await cold.page.waitForFunction('!!window.__bench', undefined, { timeout: LIMITS.gotoMs, polling: 10 });
	return cold;
}

export async function passiveLoad(browser: Browser, url: string, buildDir: string): Promise<PassiveLoad> {
	const cold = await open(browser, url);
	try {
		const { page } = cold;
		await page.evaluate(`window.__bench.waitMark('app:first-chart', ${LIMITS.firstChartMs})`);
		await page.evaluate(`window.__bench.waitReady(${LIMITS.readyMs})`);
		await cold.networkQuiet(500, 5_000);
		const snap = (await page.evaluate('window.__bench.snapshot()')) as Snapshot;
		const logged = await cold.requests();
		return {
			fcp: snap.fcp,
			firstChart: snap.firstChart,
			duckdbReady: snap.duckdbReady,
			dataInDom: snap.dataInDom,
			dataFrame: snap.dataFrame ?? null,
			dbStatus: snap.dbStatus,
			bytes: summariseBytes(snap, logged, buildDir),
			offHost: [...cold.offHost]
		};
	} catch (e) {
		return { fcp: null, firstChart: null, duckdbReady: null, dbStatus: null, bytes: null, offHost: [...cold.offHost], error: String(e) };
	} finally {
		await cold.close();
	}
}

export async function interactionLoad(browser: Browser, url: string, plan: LevelPlan[], rounds: number, deadlineMs: number): Promise<InteractionLoad> {
	const deadline = Date.now() + deadlineMs;
	// The first change is armed in the page itself, so it fires in the task right after app:first-chart.
	const cold = await open(browser, url, armFirst(FIRST_CHANGES[0]!));
	let after: Change[] = [];
	let first: Change | null = null;
	let duckdbReady: number | null = null;
	try {
		const { page } = cold;
		first = (await page.evaluate('window.__benchFirst')) as Change;
		duckdbReady = (await page.evaluate(`window.__bench.waitReady(${LIMITS.readyMs})`)) as number | null;
		if (duckdbReady === null) throw new Error('DuckDB did not become ready');
		await sleep(200);
		after = await mapChangesAtEveryLevel(page, plan, rounds, LIMITS.changeMs, deadline);
		return { first, duckdbReady, after, offHost: [...cold.offHost] };
	} catch (e) {
		return { first, duckdbReady, after, offHost: [...cold.offHost], error: String(e) };
	} finally {
		await cold.close();
	}
}

/** A cold load that only times the planned first change (made right after the first chart, before DuckDB is ready). */
export async function firstChangeLoad(browser: Browser, siteUrl: string, plan: FirstChangePlan): Promise<Change> {
	let cold: ColdPage | null = null;
	try {
		cold = await open(browser, siteUrl + plan.path, armFirst(plan));
		return (await cold.page.evaluate('window.__benchFirst')) as Change;
	} catch (e) {
		return { kind: plan.kind, ms: null, error: String(e) };
	} finally {
		await cold?.close();
	}
}

/** /jamfor: waits for DuckDB and the background warm-up of the first view, then times n regroups. */
export async function compareLoad(browser: Browser, url: string, n: number, deadlineMs: number): Promise<CompareLoad> {
	const deadline = Date.now() + deadlineMs;
	const cold = await open(browser, url);
	let duckdbReady: number | null = null;
	let warm: number | null = null;
	let list: Change[] = [];
	try {
		const { page } = cold;
		duckdbReady = (await page.evaluate(`window.__bench.waitReady(${LIMITS.readyMs})`)) as number | null;
		if (duckdbReady === null) throw new Error('DuckDB did not become ready');
		warm = (await page.evaluate(`window.__bench.waitMark('compare:warm', ${LIMITS.changeMs})`)) as number | null;
		await sleep(200);
		list = await regroups(page, n, LIMITS.changeMs, deadline);
		return { duckdbReady, warm, regroups: list, offHost: [...cold.offHost] };
	} catch (e) {
		return { duckdbReady, warm, regroups: list, offHost: [...cold.offHost], error: String(e) };
	} finally {
		await cold.close();
	}
}
