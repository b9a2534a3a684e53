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
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' }
	}
};

export default config;
