// DuckDB's worker, started by the page's start-up script right after the first paint (src/lib/data/earlyEngine.ts),
// long before the app's own modules have loaded and hydrated. Plain JavaScript, served as it is (a classic worker).
//
// Its address names DuckDB's own worker script and WebAssembly module in its fragment (#worker=…&wasm=…, never sent to
// the server, so the request is for this file alone). It starts downloading and compiling the module at once, then
// loads DuckDB's worker, which waits for the app's INSTANTIATE message as usual.
// When DuckDB then asks for the module (fetch + WebAssembly.instantiateStreaming), it is handed the module compiled
// here instead of a second download. If the early compile failed, DuckDB's own path runs unchanged.
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
			// Stands in for the download DuckDB would start; its instantiateStreaming below never reads it.
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
