// Small built JSON files fetched before (or instead of) DuckDB: per-indicator rows and per-level TopoJSON.
// Every fetch is checked (status, content type, JSON shape, and that the file is the one asked for: an indicator file
// names its indicator, a level's TopoJSON holds that level's object) so a missing, corrupt or misplaced file becomes a
// Failure, never another indicator's or level's figures under this one's title.
import type { Topology } from 'topojson-specification';
import type { Indicator, IndicatorFile, Level } from '../types/dataset.ts';
import type { TrygghetData } from '../types/trygghet.ts';
import type { AreaParts } from '../model/setSource.ts';
import { toFailure, type Result } from './result.ts';

const cache = new Map<string, Promise<unknown>>();

async function getJson<T>(url: string, check: (x: unknown) => x is T): Promise<T> {
	// High priority: these answer what the user is looking at, ahead of DuckDB's tables downloading in the background.
	const res = await fetch(url, { priority: 'high' });
	if (!res.ok) throw new Error(`data-file-missing:${url}:${res.status}`);
	let body: unknown;
	try {
		body = await res.json();
	} catch {
		throw new Error(`data-corrupt: ${url} is not valid JSON (invalid stream)`);
	}
	if (!check(body)) throw new Error(`data-corrupt: ${url} has an unexpected shape (schema)`);
	return body;
}

function cached<T>(url: string, check: (x: unknown) => x is T): Promise<Result<T>> {
	let p = cache.get(url) as Promise<T> | undefined;
	if (!p) {
		p = getJson(url, check);
		cache.set(url, p);
		p.catch(() => cache.delete(url));
	}
	return p.then(
		(value) => ({ ok: true as const, value }),
		(e) => ({ ok: false as const, error: toFailure(e) })
	);
}

const isIndicatorFile = (x: unknown): x is IndicatorFile =>
	typeof x === 'object' &&
	x !== null &&
	Array.isArray((x as IndicatorFile).rows) &&
	typeof (x as IndicatorFile).id === 'string' &&
	typeof (x as IndicatorFile).indicator === 'object';
const isIndicatorList = (x: unknown): x is Indicator[] =>
	Array.isArray(x) && x.every((i) => typeof i === 'object' && i !== null && typeof (i as Indicator).id === 'string');
const isTopology = (x: unknown): x is Topology =>
	typeof x === 'object' && x !== null && (x as Topology).type === 'Topology' && typeof (x as Topology).objects === 'object';

export function fetchIndicatorFile(base: string, id: string): Promise<Result<IndicatorFile>> {
	return cached(`${base}/data/ind/${encodeURIComponent(id)}.json`, (x): x is IndicatorFile => isIndicatorFile(x) && x.id === id);
}

/** Every indicator's catalogue entry, without rows (static/data/indicators.json). */
export function fetchIndicators(base: string): Promise<Result<Indicator[]>> {
	return cached(`${base}/data/indicators.json`, isIndicatorList);
}

export function fetchTopology(base: string, key: Level | 'water' | 'utsatta2023'): Promise<Result<Topology>> {
	return cached(`${base}/data/geo/${encodeURIComponent(key)}.topo.json`, (x): x is Topology => isTopology(x) && Object.hasOwn(x.objects, key));
}

const isTrygghet = (x: unknown): x is TrygghetData =>
	typeof x === 'object' && x !== null && Array.isArray((x as TrygghetData).evidence);

/** The trygghet evidence, crime series and police notices (static/data/trygghet.json). */
export function fetchTrygghet(base: string): Promise<Result<TrygghetData>> {
	return cached(`${base}/data/trygghet.json`, isTrygghet);
}

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isParts = (x: unknown): x is AreaParts =>
	isRecord(x) &&
	Object.values(x).every(
		(byCoarse) =>
			isRecord(byCoarse) &&
			Object.values(byCoarse).every((table) => isRecord(table) && Object.values(table).every((v) => Array.isArray(v) && v.every((c) => typeof c === 'string')))
	);

/** How RegSO and DeSO lie in the stadsdelar and stadsdelsområden (static/data/parts.json), for sets' figures. */
export function fetchParts(base: string): Promise<Result<AreaParts>> {
	return cached(`${base}/data/parts.json`, isParts);
}
