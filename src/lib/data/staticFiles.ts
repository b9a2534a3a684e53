// Small built JSON files fetched before (or instead of) DuckDB: per-indicator rows and per-level TopoJSON.
// Every fetch is checked (status, content type, JSON shape, and that the file is the one asked for: an indicator file
// names its indicator, a level's TopoJSON holds that level's object) so a missing, corrupt or misplaced file becomes a
// Failure, never another indicator's or level's figures under this one's title.
import type { Topology } from 'topojson-specification';
import type { Indicator, IndicatorFile, IndicatorFileRow, Level, ObservationStatus } from '../types/dataset.ts';
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

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isLocalised = (x: unknown): boolean => isObject(x) && typeof x.sv === 'string' && typeof x.en === 'string';
const isNumberOrNull = (x: unknown): boolean => x === null || (typeof x === 'number' && Number.isFinite(x));
const STATUSES: readonly ObservationStatus[] = ['ok', 'suppressed', 'derived', 'approximate', 'missing'];
/**
 * An indicator's catalogue entry with every field the pages read (title, definition, unit, source, aggregation, years,
 * levels): an entry cut short would otherwise fail while the view changes, leaving the earlier figures under its title.
 */
const isIndicator = (x: unknown): x is Indicator =>
	isObject(x) &&
	typeof x.id === 'string' &&
	isLocalised(x.name) &&
	isLocalised(x.description) &&
	typeof x.unit === 'string' &&
	typeof x.direction === 'string' &&
	isObject(x.source) &&
	typeof x.source.publisher === 'string' &&
	typeof x.source.table === 'string' &&
	typeof x.source.url === 'string' &&
	Array.isArray(x.source.files) &&
	isObject(x.aggregation) &&
	typeof x.aggregation.kind === 'string' &&
	Array.isArray(x.caveats) &&
	x.caveats.every(isLocalised) &&
	Array.isArray(x.years) &&
	x.years.every((y) => Number.isInteger(y)) &&
	Array.isArray(x.levels) &&
	x.levels.every((l) => typeof l === 'string') &&
	typeof x.decimals === 'number';
/** [level, code, year, value, numerator, denominator, status, coverage?]: a value that is no number is never drawn. */
const isRow = (r: unknown): r is IndicatorFileRow =>
	Array.isArray(r) &&
	(r.length === 7 || r.length === 8) &&
	typeof r[0] === 'string' &&
	typeof r[1] === 'string' &&
	Number.isInteger(r[2]) &&
	isNumberOrNull(r[3]) &&
	isNumberOrNull(r[4]) &&
	isNumberOrNull(r[5]) &&
	STATUSES.includes(r[6] as ObservationStatus) &&
	(r.length === 7 || isNumberOrNull(r[7]));
const isIndicatorFile = (x: unknown): x is IndicatorFile =>
	isObject(x) && typeof x.id === 'string' && isIndicator(x.indicator) && x.indicator.id === x.id && Array.isArray(x.rows) && x.rows.every(isRow);
const isIndicatorList = (x: unknown): x is Indicator[] => Array.isArray(x) && x.every(isIndicator);
const isTopology = (x: unknown): x is Topology =>
	typeof x === 'object' && x !== null && (x as Topology).type === 'Topology' && typeof (x as Topology).objects === 'object';
/** A TopoJSON whose object `key` is a collection of at least one shape: a level's map file without areas is damaged. */
const holdsShapes = (x: Topology, key: string): boolean => {
	const o: unknown = Object.hasOwn(x.objects, key) ? x.objects[key] : undefined;
	return (
		Array.isArray(x.arcs) &&
		isObject(o) &&
		o.type === 'GeometryCollection' &&
		Array.isArray(o.geometries) &&
		o.geometries.length > 0 &&
		o.geometries.every((g) => isObject(g) && typeof g.type === 'string')
	);
};

export function fetchIndicatorFile(base: string, id: string): Promise<Result<IndicatorFile>> {
	return cached(`${base}/data/ind/${encodeURIComponent(id)}.json`, (x): x is IndicatorFile => isIndicatorFile(x) && x.id === id);
}

/** Every indicator's catalogue entry, without rows (static/data/indicators.json). */
export function fetchIndicators(base: string): Promise<Result<Indicator[]>> {
	return cached(`${base}/data/indicators.json`, isIndicatorList);
}

export function fetchTopology(base: string, key: Level | 'water' | 'utsatta2023'): Promise<Result<Topology>> {
	return cached(`${base}/data/geo/${encodeURIComponent(key)}.topo.json`, (x): x is Topology => isTopology(x) && holdsShapes(x, key));
}

const isStringOrNull = (x: unknown): boolean => x === null || typeof x === 'string';
/** A quoted survey figure with what the pages show of it: its measure, value, unit, year, area, publisher and link. */
const isEvidenceRow = (x: unknown): boolean =>
	isObject(x) &&
	typeof x.id === 'string' &&
	typeof x.measure === 'string' &&
	isLocalised(x.measureName) &&
	typeof x.value === 'number' &&
	Number.isFinite(x.value) &&
	isLocalised(x.unitName) &&
	(x.year === null || Number.isInteger(x.year)) &&
	isStringOrNull(x.period) &&
	isStringOrNull(x.level) &&
	isStringOrNull(x.code) &&
	typeof x.areaName === 'string' &&
	isLocalised(x.publisherName) &&
	isStringOrNull(x.quote) &&
	typeof x.url === 'string' &&
	Array.isArray(x.sourceTitleRuns) &&
	Array.isArray(x.caveats) &&
	x.caveats.every(isLocalised);
/** Every quoted figure whole: one cut short would otherwise drop out of the area panel without a word. */
const isTrygghet = (x: unknown): x is TrygghetData => isObject(x) && Array.isArray(x.evidence) && x.evidence.every(isEvidenceRow);

/** The trygghet evidence, crime series and police notices (static/data/trygghet.json). */
export function fetchTrygghet(base: string): Promise<Result<TrygghetData>> {
	return cached(`${base}/data/trygghet.json`, isTrygghet);
}

const isParts = (x: unknown): x is AreaParts =>
	isObject(x) &&
	Object.values(x).every(
		(byCoarse) =>
			isObject(byCoarse) &&
			Object.values(byCoarse).every((table) => isObject(table) && Object.values(table).every((v) => Array.isArray(v) && v.every((c) => typeof c === 'string')))
	);

/** How RegSO and DeSO lie in the stadsdelar and stadsdelsområden (static/data/parts.json), for sets' figures. */
export function fetchParts(base: string): Promise<Result<AreaParts>> {
	return cached(`${base}/data/parts.json`, isParts);
}
