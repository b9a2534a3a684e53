// The engine's first script: a tiny classic worker that asks for DuckDB's WebAssembly module and starts compiling it
// the moment the worker runs, and only then loads the engine's own script (engineWorker.*.ts: the guard and DuckDB's
// worker, ~760 kB to fetch and parse): DuckDB's worker asked for the module only once that script had loaded and run,
// and the download and compile now overlap that phase (README, "Performance and scale"). Served as it is
// (browserConnector.ts imports its address).
//
// Its address names the engine's script and the module in its fragment (#worker=…&wasm=…, never sent to the server).
// When DuckDB then asks for the module (fetch, then WebAssembly.instantiateStreaming), it is handed the module compiled
// here instead of a second download. If the early compile failed, DuckDB's own path runs unchanged, so a missing or
// broken module fails exactly as it would without this script.
(() => {
	const params = new URLSearchParams(self.location.hash.slice(1));
	/** @param {string} name */
	const here = (name) => new URL(params.get(name) ?? '', self.location.href).href;
	const wasm = here('wasm');
	const realFetch = self.fetch.bind(self);
	const realInstantiate = WebAssembly.instantiateStreaming;
	const compiled = WebAssembly.compileStreaming(realFetch(wasm, { credentials: 'same-origin' }));
	compiled.catch(() => {});
	let fetchHanded = false;
	let moduleHanded = false;
	/** @param {RequestInfo | URL} input */
	const urlOf = (input) => (input instanceof Request ? input.url : new URL(String(input), self.location.href).href);
	/** @param {RequestInfo | URL} input @param {RequestInit} [init] */
	self.fetch = (input, init) => {
		if (!fetchHanded && urlOf(input) === wasm) {
			fetchHanded = true;
			// Stands in for the download DuckDB would start; the instantiateStreaming below never reads it.
			return Promise.resolve(new Response(null, { status: 200, headers: { 'content-type': 'application/wasm' } }));
		}
		return realFetch(input, init);
	};
	WebAssembly.instantiateStreaming = async (source, imports) => {
		if (moduleHanded || !fetchHanded) return realInstantiate(source, imports);
		moduleHanded = true;
		let module;
		try {
			module = await compiled;
		} catch {
			return realInstantiate(realFetch(wasm, { credentials: 'same-origin' }), imports);
		}
		return { module, instance: await WebAssembly.instantiate(module, imports) };
	};
	/** @type {{ importScripts(url: string): void }} */ (/** @type {unknown} */ (self)).importScripts(here('worker'));
})();
