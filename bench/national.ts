// The national scaling benchmark: generates the SYNTHETIC Sweden-sized dataset (bench/national/generate.ts) in a temp
// folder, serves it through nginx with deploy/nginx.conf next to the app's own DuckDB-WASM files, and in headless
// Chromium times the first municipality's map (loaded on demand, not the whole country), map and compare queries,
// further municipalities loaded one by one, and memory. Nothing of it reaches build/ or the product.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { duckdbSite } from './duckdbSite.ts';
import type { Browser } from 'playwright-core';
import { startNginx } from '../scripts/serve-nginx.ts';
import { coldPage } from './browser.ts';
import { generateNational, NATIONAL } from './national/generate.ts';
import { count, median, quantile } from './stats.ts';

const HERE = path.dirname(fileURLToPath(import.meta.url));

interface Raw {
	bundle: string;
	firstMunicipality: { code: string; areas: number; rows: number; bytes: number; loadMs: number };
	loaded: { municipalities: number; areas: number; rows: number; bytes: number };
	extraLoadsMs: number[];
	queries: { mapFirst: number[]; compareFirst: number[]; mapLoaded: number[]; compareRegion: number[] };
	memory: { duckdbBytes: number | null; jsHeapBytes: number | null };
}

export interface NationalResult {
	dataset: { municipalities: number; areas: number; years: number; indicators: number; rows: number; bytes: number; synthetic: true };
	firstMapMs: number | null;
	raw: Raw | null;
	summary: Record<string, { p50: number | null; p95: number | null; n: number }> | null;
	/** Why it could not be measured, when it could not. */
	notMeasured?: string;
}

async function site(buildDir: string): Promise<{ dir: string; rows: number; bytes: number; cleanup: () => void }> {
	const s = duckdbSite(buildDir, 'national-synthetic');
	const index = generateNational(s.dir);
	fs.writeFileSync(
		path.join(s.dir, 'index.html'),
		'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SYNTHETIC national scaling bench</title><script type="module" src="/national.js"></script></head><body><p>Synthetic data, benchmark only.</p></body></html>'
	);
	await s.bundle(path.join(HERE, 'national', 'entry.ts'), 'national.js');
	const rows = index.municipalities.reduce((sum, m) => sum + m.rows, 0);
	const bytes = index.municipalities.reduce((sum, m) => sum + m.bytes, 0);
	return { dir: s.dir, rows, bytes, cleanup: s.cleanup };
}

const stat = (xs: number[]) => ({ p50: median(xs), p95: quantile(xs, 0.95), n: count(xs) });

export async function nationalBench(browser: Browser, buildDir: string, port: number, timeoutMs = 120_000): Promise<NationalResult> {
	const s = await site(buildDir);
	const dataset = { municipalities: NATIONAL.municipalities, areas: NATIONAL.areas, years: NATIONAL.years, indicators: NATIONAL.indicators, rows: s.rows, bytes: s.bytes, synthetic: true as const };
	const server = await startNginx(s.dir, port);
	const cold = await coldPage(browser);
	try {
		await cold.page.goto(`${server.url}/`, { waitUntil: 'commit' });
		await cold.page.waitForFunction('!!document.documentElement.dataset.national', undefined, { timeout: timeoutMs, polling: 50 });
		const state = await cold.page.evaluate(() => ({ status: document.documentElement.dataset.national, error: document.documentElement.dataset.error ?? null }));
		if (state.status !== 'ready') return { dataset, firstMapMs: null, raw: null, summary: null, notMeasured: `the page failed: ${state.error}` };
		const raw = (await cold.page.evaluate('window.__national')) as Raw;
		const firstMapMs = (await cold.page.evaluate(() => performance.getEntriesByName('national:first-map', 'mark')[0]?.startTime ?? null)) as number | null;
		return {
			dataset,
			firstMapMs,
			raw,
			summary: {
				mapFirst: stat(raw.queries.mapFirst),
				compareFirst: stat(raw.queries.compareFirst),
				mapLoaded: stat(raw.queries.mapLoaded),
				compareRegion: stat(raw.queries.compareRegion),
				extraLoad: stat(raw.extraLoadsMs)
			}
		};
	} catch (e) {
		return { dataset, firstMapMs: null, raw: null, summary: null, notMeasured: String(e) };
	} finally {
		await cold.close();
		await server.close();
		s.cleanup();
	}
}

/** Table rows for the report. */
export function nationalRows(r: NationalResult): string[][] {
	const ms = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${Math.round(v)} ms`);
	const mb = (v: number | null | undefined) => (v === null || v === undefined ? 'not measured (no value)' : `${(v / 2 ** 20).toFixed(1)} MB`);
	const head = [`national (SYNTHETIC): ${r.dataset.municipalities} kommuner, ${r.dataset.areas} areas, ${r.dataset.rows} rows`, `${(r.dataset.bytes / 2 ** 20).toFixed(1)} MB Arrow`, 'one file per municipality, loaded on demand'];
	if (!r.raw || !r.summary) return [head, ['  national', 'not measured', r.notMeasured ?? 'no result']];
	const q = (k: string) => `${ms(r.summary![k]!.p50)} / ${ms(r.summary![k]!.p95)}`;
	const first = r.raw.firstMunicipality;
	return [
		head,
		['  first municipality map', ms(r.firstMapMs), `from navigation; ${first.areas} areas, ${first.rows} rows, ${(first.bytes / 2 ** 20).toFixed(1)} MB, load ${ms(first.loadMs)}`],
		['  map query p50 / p95 (one kommun)', q('mapFirst'), `n=${r.summary.mapFirst!.n}; goal p95 ≤ 200 ms`],
		['  compare query p50 / p95 (one kommun)', q('compareFirst'), `n=${r.summary.compareFirst!.n}; Σnum/Σden, grouping vs rest vs whole, every year`],
		['  next municipality loaded p50 / p95', q('extraLoad'), `n=${r.summary.extraLoad!.n}`],
		['  map query p50 / p95 (all loaded)', q('mapLoaded'), `${r.raw.loaded.municipalities} kommuner, ${r.raw.loaded.rows} rows in DuckDB`],
		['  compare query p50 / p95 (5 kommuner)', q('compareRegion'), `n=${r.summary.compareRegion!.n}`],
		['  memory: DuckDB / JS heap', `${mb(r.raw.memory.duckdbBytes)} / ${mb(r.raw.memory.jsHeapBytes)}`, 'after all loads']
	];
}
