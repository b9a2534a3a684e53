// The floor: bundles bench/floor/entry.ts (the app's own @duckdb/duckdb-wasm browser module, with apache-arrow) into
// a temp dir next to links to the same wasm/worker files build/ emitted and the same Arrow tables, serves it with the
// same nginx configuration, and times cold loads: its first contentful paint, and until DuckDB has instantiated,
// connected and loaded the tables.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { duckdbSite, type DuckdbSite } from './duckdbSite.ts';
import type { Browser } from 'playwright-core';
import { coldPage } from './browser.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TABLES = ['observations', 'areas', 'memberships'];

export type FloorSite = DuckdbSite;

export async function prepareFloor(buildDir: string): Promise<FloorSite> {
	const site = duckdbSite(buildDir, 'floor');
	for (const t of TABLES) site.link(`data/${t}.arrow`);
	fs.copyFileSync(path.join(HERE, 'floor', 'index.html'), path.join(site.dir, 'index.html'));
	await site.bundle(path.join(HERE, 'floor', 'entry.ts'), 'floor.js');
	return site;
}

export interface FloorLoad {
	/** First contentful paint of the floor's bare page. */
	fcp?: number | null;
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
			const fcp = performance.getEntriesByName('first-contentful-paint').find((e) => e.entryType === 'paint')?.startTime ?? null;
			return { fcp, ready: t('floor:ready'), instantiated: t('floor:instantiated'), connected: t('floor:connected'), bundle: d.bundle ?? null, ...(d.error ? { error: d.error } : {}) };
		})()`)) as FloorLoad;
	} catch (e) {
		return { ready: null, instantiated: null, connected: null, bundle: null, error: String(e) };
	} finally {
		await cold.close();
	}
}
