// The national scaling page's module (bundled by bench/national.ts with esbuild; asset URLs defined there): boots the
// app's DuckDB-WASM bundle, loads the first SYNTHETIC municipality's Arrow file on demand and answers its map query
// (national:first-map), then times map and compare queries on it, loads more municipalities one by one as a user
// moving across the country would, and times the same queries over all that is loaded. Results in window.__national.
import * as duckdb from '@duckdb/duckdb-wasm';

declare const __MVP_WASM__: string;
declare const __MVP_WORKER__: string;
declare const __EH_WASM__: string;
declare const __EH_WORKER__: string;

interface Index {
	years: number[];
	indicators: number;
	municipalities: { code: string; areas: number; file: string; rows: number; bytes: number }[];
}

const params = new URLSearchParams(location.search);
const QUERIES = Number(params.get('queries') ?? 40);
const EXTRA = Number(params.get('extra') ?? 20);

let seed = 7;
const rnd = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)]!;

async function main() {
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: __MVP_WASM__, mainWorker: __MVP_WORKER__ },
		eh: { mainModule: __EH_WASM__, mainWorker: __EH_WORKER__ }
	});
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(bundle.mainWorker!));
	const index: Index = await (await fetch('./index.json')).json();
	const first = index.municipalities[0]!;
	// The first municipality's file downloads while the engine instantiates.
	const firstFile = fetch(`./${first.file}`).then((r) => r.arrayBuffer());
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	const conn = await db.connect();
	await conn.query(`SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;`);

	const loaded: Index['municipalities'] = [];
	let mapStmt: Awaited<ReturnType<typeof conn.prepare>> | null = null;
	const load = async (m: Index['municipalities'][number], buffer?: Promise<ArrayBuffer>) => {
		const t0 = performance.now();
		const body: ArrayBuffer = await (buffer ?? fetch(`./${m.file}`).then((r) => r.arrayBuffer()));
		const bytes = new Uint8Array(body);
		await conn.insertArrowFromIPCStream(bytes, { name: `k${m.code}`, create: true });
		// One view over what is loaded: queries never know which files are in memory.
		loaded.push(m);
		await conn.query(`CREATE OR REPLACE VIEW obs AS ${loaded.map((x) => `SELECT '${x.code}' AS kommun, * FROM k${x.code}`).join(' UNION ALL ')}`);
		// Prepared once per set of loaded files (the view changes with it).
		await mapStmt?.close();
		mapStmt = await conn.prepare(`SELECT code, value FROM obs WHERE kommun = ? AND indicator = ? AND year = ?`);
		return performance.now() - t0;
	};
	const codesOf = async (kommun: string): Promise<string[]> =>
		(await conn.query(`SELECT DISTINCT code FROM obs WHERE kommun = '${kommun}' ORDER BY code`)).toArray().map((r) => String(r.code));

	// The map: one value per area of one municipality, for one indicator and year.
	const mapQuery = async (kommun: string) => {
		const t0 = performance.now();
		const rows = (await mapStmt!.query(kommun, Math.floor(rnd() * index.indicators), pick(index.years))).numRows;
		return { ms: performance.now() - t0, rows };
	};
	// The compare: a grouping of areas against the rest and the whole, every year, from counts (Σ num / Σ den).
	const compareQuery = async (kommuner: string[], grouping: string[]) => {
		const inList = grouping.map((c) => `'${c}'`).join(',');
		const t0 = performance.now();
		const rows = (
			await conn.query(`SELECT year,
				SUM(numerator) FILTER (WHERE code IN (${inList})) / SUM(denominator) FILTER (WHERE code IN (${inList})) AS grouping,
				SUM(numerator) FILTER (WHERE code NOT IN (${inList})) / SUM(denominator) FILTER (WHERE code NOT IN (${inList})) AS rest,
				SUM(numerator) / SUM(denominator) AS whole
			FROM obs WHERE kommun IN (${kommuner.map((k) => `'${k}'`).join(',')}) AND indicator = ${Math.floor(rnd() * index.indicators)}
			GROUP BY year ORDER BY year`)
		).numRows;
		return { ms: performance.now() - t0, rows };
	};

	const firstLoadMs = await load(first, firstFile);
	await mapQuery(first.code);
	performance.mark('national:first-map');

	const areas = await codesOf(first.code);
	const grouping = () => areas.filter(() => rnd() < 0.2);
	const map1: number[] = [];
	const compare1: number[] = [];
	for (let i = 0; i < QUERIES; i++) map1.push((await mapQuery(first.code)).ms);
	for (let i = 0; i < QUERIES; i++) compare1.push((await compareQuery([first.code], grouping())).ms);

	// On demand: the next municipalities a user opens (the largest ones, the worst case for memory).
	const extraLoads: number[] = [];
	for (const m of index.municipalities.slice(1, 1 + EXTRA)) extraLoads.push(await load(m));
	const mapN: number[] = [];
	const compareN: number[] = [];
	const codes = loaded.map((m) => m.code);
	for (let i = 0; i < QUERIES; i++) mapN.push((await mapQuery(pick(codes))).ms);
	// A region: five loaded municipalities compared at once, a grouping of areas drawn from the first.
	for (let i = 0; i < QUERIES; i++) compareN.push((await compareQuery(codes.slice(0, 5), grouping())).ms);

	const memory = (await conn.query(`SELECT SUM(memory_usage_bytes)::DOUBLE AS b FROM duckdb_memory()`)).toArray()[0]?.b ?? null;
	const heap = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? null;
	(window as unknown as { __national: unknown }).__national = {
		bundle: bundle.mainModule,
		firstMunicipality: { code: first.code, areas: first.areas, rows: first.rows, bytes: first.bytes, loadMs: firstLoadMs },
		loaded: { municipalities: loaded.length, areas: loaded.reduce((s, m) => s + m.areas, 0), rows: loaded.reduce((s, m) => s + m.rows, 0), bytes: loaded.reduce((s, m) => s + m.bytes, 0) },
		extraLoadsMs: extraLoads,
		queries: { mapFirst: map1, compareFirst: compare1, mapLoaded: mapN, compareRegion: compareN },
		memory: { duckdbBytes: memory === null ? null : Number(memory), jsHeapBytes: heap }
	};
	document.documentElement.dataset.national = 'ready';
}

main().catch((e) => {
	document.documentElement.dataset.national = 'error';
	document.documentElement.dataset.error = String(e);
});
