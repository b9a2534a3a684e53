// Client start-up. Paraglide resolves the locale from the URL on every message call (hundreds per map change: one
// label per area); in the browser the answer only changes with the address, so it is remembered per address.
import { getLocale, overwriteGetLocale } from '$lib/paraglide/runtime';

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
