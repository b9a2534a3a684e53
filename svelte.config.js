// SvelteKit configuration: a fully prerendered static site.
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// BUILD_DIR / SVELTEKIT_OUT let several builds run side by side (e.g. engineers testing in parallel).
		adapter: adapter({ pages: process.env.BUILD_DIR ?? 'build', assets: process.env.BUILD_DIR ?? 'build', fallback: undefined, strict: true }),
		outDir: process.env.SVELTEKIT_OUT ?? '.svelte-kit',
		// Assets are addressed from the site root (/_app/…), not relative to the page: the 404 page is served at any
		// unknown depth (deploy/nginx.conf) and must still find its styles and scripts.
		paths: { relative: false },
		// Every stylesheet of a page goes inline into its <head> (the largest is ~3 kB): a linked one blocks the first
		// paint until it arrives, and over HTTP/1.1 it queues behind the page's many modulepreloaded scripts.
		inlineStyleThreshold: 16_384,
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', entries: ['*', '/404', '/en/404', '/embed/karta', '/en/embed/karta', '/embed/omrade', '/en/embed/omrade', '/embed/jamfor', '/en/embed/jamfor'] },
		// Sent as <meta http-equiv> in every prerendered page, with hashes of SvelteKit's own inline scripts. Servers
		// should also send it as a header, plus frame-ancestors (not allowed in <meta>): see the README.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				// DuckDB-WASM compiles WebAssembly: 'wasm-unsafe-eval', never 'unsafe-eval'.
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
