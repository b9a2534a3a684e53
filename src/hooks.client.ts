// Client start-up. This runs only after the prerendered page's first paint (the start-up script waits for it before it
// loads the app: src/lib/server/paintFirst.ts), and a page whose first view needs the analysis engine starts booting it
// here, alongside hydration rather than after it (init). Paraglide resolves the locale from the
// URL on every message call (hundreds per map change: one label per area); in the browser the answer only changes
// with the address, so it is remembered per address.
import type { ClientInit } from '@sveltejs/kit';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { base } from '$app/paths';
import { bootDb } from '$lib/data/db';

const resolve = getLocale;
let href = '';
let cached: ReturnType<typeof getLocale> | undefined;
overwriteGetLocale(() => {
	if (location.href !== href || cached === undefined) {
		cached = resolve();
		href = location.href;
	}
	return cached;
});

/** SvelteKit awaits this before it hydrates the prerendered page. */
export const init: ClientInit = () => {
	// A component that boots DuckDB when it mounts marks its prerendered HTML with data-boots-db: the engine's worker
	// and wasm then download and compile off the main thread while the page hydrates.
	if (document.querySelector('[data-boots-db]')) bootDb(base).catch(() => {});
};
