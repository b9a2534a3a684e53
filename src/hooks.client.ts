// Client start-up. The prerendered page paints before hydration starts (init). Paraglide resolves the locale from the
// URL on every message call (hundreds per map change: one label per area); in the browser the answer only changes
// with the address, so it is remembered per address.
import type { ClientInit } from '@sveltejs/kit';
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';
import { afterFirstPaint } from '$lib/afterFirstPaint';

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

/** Paint first, then hydrate: SvelteKit awaits this before it hydrates the prerendered page. */
export const init: ClientInit = () => afterFirstPaint();
