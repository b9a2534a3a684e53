// DuckDB's worker, started by the page's start-up script right after the first paint rather than after the app has
// loaded and hydrated (~0.4 s later on two cores): its script and the WebAssembly module then download and compile
// while the app's modules do. The app's connector adopts that worker when it boots, if it runs the bundle DuckDB
// selects for this browser; otherwise it is stopped and the connector starts its own.

const KEY = '__stadsdelskollenEngine';

interface Early {
	url: string;
	worker: Worker;
	/** Its script could not be loaded or run. */
	failed: boolean;
}

/** The early worker's address: the wrapper (engineWorker.js), naming DuckDB's worker script and module in its fragment. */
export function earlyEngineUrl(wrapper: string, bundle: { mainModule: string; mainWorker: string }): string {
	return `${wrapper}#worker=${encodeURIComponent(bundle.mainWorker)}&wasm=${encodeURIComponent(bundle.mainModule)}`;
}

/**
 * Runs in the start-up script (src/lib/server/paintFirst.ts inlines its source text), so it must stay self-contained:
 * no imports, nothing outside its own body. A browser that cannot start it simply boots DuckDB later, as before.
 */
export function startEngine(url: string): void {
	try {
		const early: Early = { url, worker: new Worker(url), failed: false };
		early.worker.addEventListener('error', () => (early.failed = true), { once: true });
		(globalThis as unknown as Record<string, Early>)['__stadsdelskollenEngine'] = early;
	} catch {
		// no early engine: the connector starts DuckDB itself
	}
}

/**
 * The early worker, once, if it was started for exactly this address and has not failed; an early worker for another
 * address, or one that failed, is stopped.
 */
export function adoptEngine(url: string): Worker | null {
	const g = globalThis as unknown as Record<string, Early | undefined>;
	const early = g[KEY];
	if (!early) return null;
	delete g[KEY];
	if (early.url === url && !early.failed) return early.worker;
	early.worker.terminate();
	return null;
}
