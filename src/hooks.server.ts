// At prerender, resolves each page's locale from its URL and writes it into <html lang>, and makes the page load its
// app only after its first paint (paintFirst).
import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { paintFirstSwap } from '$lib/server/paintFirst';

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, async ({ request, locale }) => {
		event.request = request;
		// A prerendered page is one chunk, so the links in <head> and the script at the end of <body> are seen together.
		const swaps: [string, string][] = [];
		const response = await resolve(event, {
			transformPageChunk: ({ html }) => {
				const r = paintFirstSwap(html.replace('%lang%', locale));
				if (r.swap) swaps.push(r.swap);
				return r.html;
			}
		});
		// The dev server sends the policy as a header: it must name the rewritten start-up script, as <meta> does.
		const csp = response.headers.get('content-security-policy');
		if (!csp || !swaps.length) return response;
		const headers = new Headers(response.headers);
		headers.set('content-security-policy', swaps.reduce((c, [from, to]) => c.replace(from, to), csp));
		return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
	});
