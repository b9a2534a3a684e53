// Routes /en/… to the same pages as /…: the locale prefix is stripped for routing and read by Paraglide.
import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';

export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
