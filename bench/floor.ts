// The floor: bundles bench/floor/entry.ts (the app's own @duckdb/duckdb-wasm browser module, with apache-arrow) into
// a temp dir next to links to the same wasm/worker files build/ emitted and the same Arrow tables, serves it with the
// same nginx configuration, and times cold loads until DuckDB has instantiated, connected and loaded the tables.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { coldPage } from './browser.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ASSETS = '_app/immutable/assets';
const TABLES = ['observations', 'areas', 'memberships'];

export interface FloorSite {
	dir: string;
	assets: Record<'mvpWasm' | 'mvpWorker' | 'ehWasm' | 'ehWorker', string>;
	cleanup(): void;
}

function find(files: string[], re: RegExp, what: string): string {
	const f = files.find((x) => re.test(x));
	if (!f) throw new Error(`floor: no ${what} in build/${ASSETS}`);
	return f;
}

export async function prepareFloor(buildDir: string): Promise<FloorSite> {
	const files = fs.readdirSync(path.join(buildDir, ASSETS));
	const assets = {
		mvpWasm: find(files, /^duckdb-mvp\..*\.wasm$/, 'duckdb-mvp wasm'),
		mvpWorker: find(files, /^duckdb-browser-mvp\.worker\..*\.js$/, 'mvp worker'),
		ehWasm: find(files, /^duckdb-eh\..*\.wasm$/, 'duckdb-eh wasm'),
		ehWorker: find(files, /^duckdb-browser-eh\.worker\..*\.js$/, 'eh worker')
	};
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stadsdelskollen-floor-'));
	fs.mkdirSync(path.join(dir, ASSETS), { recursive: true });
	fs.mkdirSync(path.join(dir, 'data'));
	// With their precompressed twins, so nginx sends the floor the same bytes as the app.
	const link = (rel: string) => {
		for (const suffix of ['', '.br', '.gz'])
			if (fs.existsSync(path.resolve(buildDir, rel + suffix))) fs.symlinkSync(path.resolve(buildDir, rel + suffix), path.join(dir, rel + suffix));
	};
	for (const f of Object.values(assets)) link(`${ASSETS}/${f}`);
	for (const t of TABLES) link(`data/${t}.arrow`);
	fs.copyFileSync(path.join(HERE, 'floor', 'index.html'), path.join(dir, 'index.html'));
	const url = (f: string) => JSON.stringify(`/${ASSETS}/${f}`);
	await build({
		entryPoints: [path.join(HERE, 'floor', 'entry.ts')],
		outfile: path.join(dir, 'floor.js'),
		bundle: true,
		format: 'esm',
		platform: 'browser',
		target: 'es2022',
		minify: true,
		logLevel: 'error',
		define: { __MVP_WASM__: url(assets.mvpWasm), __MVP_WORKER__: url(assets.mvpWorker), __EH_WASM__: url(assets.ehWasm), __EH_WORKER__: url(assets.ehWorker) }
	});
	return { dir, assets, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export interface FloorLoad {
	ready: number | null;
	instantiated: number | null;
	connected: number | null;
	bundle: string | null;
	error?: string;
}

export async function floorLoad(browser: Browser, url: string, timeoutMs: number): Promise<FloorLoad> {
	const cold = await coldPage(browser);
	try {
		const { page } = cold;
		await page.goto(url, { waitUntil: 'commit', timeout: 30_000 });
		await page.waitForFunction('!!document.documentElement.dataset.floor', undefined, { timeout: timeoutMs, polling: 20 });
		return (await page.evaluate(`(() => {
			const t = (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null;
			const d = document.documentElement.dataset;
			return { ready: t('floor:ready'), instantiated: t('floor:instantiated'), connected: t('floor:connected'), bundle: d.bundle ?? null, ...(d.error ? { error: d.error } : {}) };
		})()`)) as FloorLoad;
	} catch (e) {
		return { ready: null, instantiated: null, connected: null, bundle: null, error: String(e) };
	} finally {
		await cold.close();
	}
}
