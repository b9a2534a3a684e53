// The floor page's module: instantiate the app's DuckDB-WASM bundle (same wasm/worker files, same selectBundle),
// connect, and load the same Arrow tables — nothing else. bench/floor.ts bundles it with esbuild and defines the
// asset URLs. Marks floor:instantiated, floor:connected, floor:ready; sets <html data-floor="ready|error">.
import * as duckdb from '@duckdb/duckdb-wasm';

declare const __MVP_WASM__: string;
declare const __MVP_WORKER__: string;
declare const __EH_WASM__: string;
declare const __EH_WORKER__: string;

const TABLES = ['observations', 'areas', 'memberships'];

async function fetchArrow(url: string): Promise<Uint8Array> {
	const res = await fetch(url);
	if (!res.ok) throw new Error(`data-file-missing:${url}:${res.status}`);
	return new Uint8Array(await res.arrayBuffer());
}

async function main() {
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: __MVP_WASM__, mainWorker: __MVP_WORKER__ },
		eh: { mainModule: __EH_WASM__, mainWorker: __EH_WORKER__ }
	});
	document.documentElement.dataset.bundle = bundle.mainModule;
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	// The floor fetches the tables while the engine instantiates: the best this page can do.
	const buffers = Promise.all(TABLES.map((t) => fetchArrow(`/data/${t}.arrow`)));
	buffers.catch(() => {});
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	performance.mark('floor:instantiated');
	const conn = await db.connect();
	await conn.query(`SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;`);
	performance.mark('floor:connected');
	const bufs = await buffers;
	for (const [i, name] of TABLES.entries()) await conn.insertArrowFromIPCStream(bufs[i]!, { name, create: true });
	performance.mark('floor:ready');
	document.documentElement.dataset.floor = 'ready';
}

main().catch((e) => {
	document.documentElement.dataset.floor = 'error';
	document.documentElement.dataset.error = String(e);
});
