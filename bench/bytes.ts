// Turns one load's resource timing and request log into byte counts: before first chart, in total, JS (gzip)
// before first chart, and when the .wasm requests started relative to first contentful paint.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Logged } from './browser.ts';

export interface Snapshot {
	timeOrigin: number;
	fp: number | null;
	fcp: number | null;
	firstChart: number | null;
	duckdbReady: number | null;
	/** When the map and the table were first both in the DOM (ms since navigation start). */
	dataInDom: number | null;
	/** The end of the first rendering frame after that. */
	dataFrame?: number | null;
	dbStatus: string | null;
	marks: { name: string; t: number }[];
	nav: { url: string; responseEnd: number; encodedBodySize: number; transferSize: number } | null;
	resources: { url: string; initiatorType: string; startTime: number; responseEnd: number; encodedBodySize: number; transferSize: number }[];
}

export interface Bytes {
	beforeFirstChart: number | null;
	total: number;
	requestsBeforeFirstChart: number | null;
	requestsTotal: number;
	jsGzipBeforeFirstChart: number | null;
	jsRawBeforeFirstChart: number | null;
	jsFilesBeforeFirstChart: string[];
	/** Bytes before first chart by file extension (html, js, css, json, …). */
	beforeFirstChartByType: Record<string, number>;
	/** Start of each .wasm request in ms since navigation start (browser clock), and whether it precedes FCP. */
	wasm: { path: string; startMs: number | null; beforeFcp: boolean | null }[];
	/** Largest lag of the request log's start times behind the page's resource timing (ms). */
	clockLagMs: number;
	/** Bytes on the wire (headers and the body as sent, compressed when the server compresses) of requests that ended
	 * before DuckDB was ready, page and worker alike; null when it never was. */
	beforeDuckdbReady: number | null;
	/** Bytes on the wire of the .wasm files fetched. */
	wasmTransfer: number;
}

const gzCache = new Map<string, number | null>();

/** gzip (level 6, the usual server default) size of a built file, or null if it is not in build/. */
export function gzipSize(buildDir: string, urlPath: string): number | null {
	const file = path.join(buildDir, decodeURIComponent(urlPath));
	if (!gzCache.has(file)) {
		gzCache.set(file, fs.existsSync(file) ? zlib.gzipSync(fs.readFileSync(file), { level: 6 }).length : null);
	}
	return gzCache.get(file)!;
}

export function summariseBytes(snap: Snapshot, logged: Logged[], buildDir: string): Bytes {
	const ok = logged.filter((l) => !l.failed);
	const byUrl = new Map<string, Logged>();
	for (const l of ok) if (!byUrl.has(l.url)) byUrl.set(l.url, l);
	const total = ok.reduce((s, l) => s + l.bytes, 0);
	// The log's start (CDP wallTime, when the network request went out) trails the page's own resource timing a little;
	// the largest lag seen on the page's requests is subtracted, so "before FCP" errs towards yes.
	const rtStart = new Map(snap.resources.map((r) => [r.url, r.startTime]));
	const lags = ok.flatMap((l) => (l.start !== null && rtStart.has(l.url) ? [l.start - snap.timeOrigin - rtStart.get(l.url)!] : []));
	const clockLagMs = lags.length ? Math.max(0, ...lags) : 0;
	const wasm = ok
		.filter((l) => new URL(l.url).pathname.endsWith('.wasm'))
		.map((l) => {
			const startMs = l.start === null ? null : l.start - snap.timeOrigin;
			return { path: new URL(l.url).pathname, startMs, beforeFcp: startMs === null || snap.fcp === null ? null : startMs - clockLagMs < snap.fcp };
		});
	const ready = snap.duckdbReady;
	const beforeDuckdbReady =
		ready === null ? null : ok.filter((l) => l.end !== null && l.end - snap.timeOrigin - clockLagMs <= ready).reduce((s, l) => s + l.bytes, 0);
	const wasmTransfer = ok.filter((l) => new URL(l.url).pathname.endsWith('.wasm')).reduce((s, l) => s + l.bytes, 0);
	const base = { total, requestsTotal: ok.length, wasm, clockLagMs, beforeDuckdbReady, wasmTransfer };
	const fc = snap.firstChart;
	if (fc === null || !snap.nav) {
		return { ...base, beforeFirstChart: null, requestsBeforeFirstChart: null, jsGzipBeforeFirstChart: null, jsRawBeforeFirstChart: null, jsFilesBeforeFirstChart: [], beforeFirstChartByType: {} };
	}
	const early = [
		{ url: snap.nav.url, transferSize: snap.nav.transferSize },
		...snap.resources.filter((r) => r.responseEnd > 0 && r.responseEnd <= fc)
	];
	let before = 0;
	let jsGz = 0;
	let jsRaw = 0;
	const jsFiles: string[] = [];
	const byType: Record<string, number> = {};
	for (const r of early) {
		const b = byUrl.get(r.url)?.bytes ?? r.transferSize;
		before += b;
		const p = new URL(r.url).pathname;
		const ext = path.extname(p).slice(1) || 'html';
		byType[ext] = (byType[ext] ?? 0) + b;
		if (p.endsWith('.js') || p.endsWith('.mjs')) {
			jsFiles.push(p);
			jsGz += gzipSize(buildDir, p) ?? 0;
			jsRaw += byUrl.get(r.url)?.body ?? 0;
		}
	}
	return { ...base, beforeFirstChart: before, requestsBeforeFirstChart: early.length, jsGzipBeforeFirstChart: jsGz, jsRawBeforeFirstChart: jsRaw, jsFilesBeforeFirstChart: jsFiles, beforeFirstChartByType: byType };
}
