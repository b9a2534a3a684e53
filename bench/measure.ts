// One cold load of the app, two kinds: a passive load (paint, first chart, DuckDB ready, bytes, wasm timing) and an
// interaction load (one change right after first chart, before DuckDB is ready; then N changes after it is ready).
import type { Browser } from 'playwright-core';
import { coldPage, type ColdPage } from './browser.ts';
import { summariseBytes, type Bytes, type Snapshot } from './bytes.ts';

export const LIMITS = { gotoMs: 30_000, firstChartMs: 20_000, readyMs: 90_000, changeMs: 10_000 };

export interface PassiveLoad {
	fcp: number | null;
	firstChart: number | null;
	duckdbReady: number | null;
	/** When the map and the table were first both in the DOM. */
	dataInDom?: number | null;
	dbStatus: string | null;
	bytes: Bytes | null;
	offHost: string[];
	error?: string;
}

export interface Change {
	kind: string;
	value?: string;
	start?: number;
	ms: number | null;
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
	error?: string;
}

export interface InteractionLoad {
	first: Change | null;
	duckdbReady: number | null;
	after: Change[];
	offHost: string[];
	error?: string;
}

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

const KINDS = ['indicator', 'year', 'level'] as const;

export async function interactionLoad(browser: Browser, url: string, changes: number, deadlineMs: number): Promise<InteractionLoad> {
	const deadline = Date.now() + deadlineMs;
	// The first change is armed in the page itself, so it fires in the task right after app:first-chart.
	const cold = await open(browser, url, `window.__BENCH_FIRST__ = { kind: 'indicator', timeoutMs: ${LIMITS.changeMs} };`);
	const after: Change[] = [];
	let first: Change | null = null;
	let duckdbReady: number | null = null;
	try {
		const { page } = cold;
		first = (await page.evaluate('window.__benchFirst')) as Change;
		duckdbReady = (await page.evaluate(`window.__bench.waitReady(${LIMITS.readyMs})`)) as number | null;
		if (duckdbReady === null) throw new Error('DuckDB did not become ready');
		await sleep(200);
		for (let attempt = 0; attempt < changes * 2 && after.length < changes && Date.now() < deadline; attempt++) {
			const kind = KINDS[attempt % KINDS.length]!;
			const r = (await page.evaluate(`window.__bench.change('${kind}', ${LIMITS.changeMs})`)) as Change;
			if (r.skipped) continue;
			after.push(r);
			await sleep(100);
		}
		return { first, duckdbReady, after, offHost: [...cold.offHost] };
	} catch (e) {
		return { first, duckdbReady, after, offHost: [...cold.offHost], error: String(e) };
	} finally {
		await cold.close();
	}
}
