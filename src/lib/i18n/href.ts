// Links in the one canonical form the server also uses (deploy/nginx.conf): no trailing slash except the root, so
// English is /en, not /en/ (which redirects). Every link the app writes goes through here, not Paraglide directly.
import { localizeHref as paraglideHref } from '$lib/paraglide/runtime';

/** Drops a trailing slash from the path of an href (not from "/"), keeping its query and fragment. */
export function canonicalHref(href: string): string {
	return href.replace(/^([^?#]*?[^/?#])\/+(?=[?#]|$)/, '$1');
}

/** Paraglide's localised href in canonical form. */
export function localizeHref(href: string, options?: Parameters<typeof paraglideHref>[1]): string {
	return canonicalHref(paraglideHref(href, options));
}
