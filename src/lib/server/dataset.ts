// Build-time (prerender) access to the pipeline's outputs under static/data; never shipped to the browser.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import type { BuiltCatalogue, IndicatorFile, Level } from '$lib/types/dataset';
import type { AreaParts } from '$lib/model/setSource';

const DATA_DIR = path.resolve('static', 'data');

function readJson<T>(rel: string): T {
	const file = path.join(DATA_DIR, rel);
	try {
		return JSON.parse(readFileSync(file, 'utf8')) as T;
	} catch (e) {
		throw new Error(`Cannot read ${file}: run \`npm run data\` first (${(e as Error).message})`);
	}
}

let catalogue: BuiltCatalogue | null = null;
export function loadCatalogue(): BuiltCatalogue {
	return (catalogue ??= readJson<BuiltCatalogue>('catalog.json'));
}

let parts: AreaParts | null = null;
/** How RegSO and DeSO lie in the stadsdelar and stadsdelsområden (static/data/parts.json). */
export function loadParts(): AreaParts {
	return (parts ??= readJson<AreaParts>('parts.json'));
}

const indicatorFiles = new Map<string, IndicatorFile>();
export function loadIndicatorFile(id: string): IndicatorFile {
	if (!/^[a-z0-9_]+$/.test(id)) throw new Error(`bad indicator id ${id}`);
	let f = indicatorFiles.get(id);
	if (!f) {
		f = readJson<IndicatorFile>(`ind/${id}.json`);
		indicatorFiles.set(id, f);
	}
	return f;
}

const topologies = new Map<string, Topology>();
export function loadTopology(key: Level | 'water' | 'utsatta2023'): Topology {
	let t = topologies.get(key);
	if (!t) {
		t = readJson<Topology>(`geo/${key}.topo.json`);
		topologies.set(key, t);
	}
	return t;
}
