// At prerender, resolves each page's locale from its URL and writes it into <html lang>, and makes the page load its
// app only after its first paint (paintFirst).
import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server';
import { paintFirst } from '$lib/server/paintFirst';

export const handle: Handle = ({ event, resolve }) =>
	paraglideMiddleware(event.request, ({ request, locale }) => {
		event.request = request;
		// A prerendered page is one chunk, so the links in <head> and the script at the end of <body> are seen together.
		return resolve(event, { transformPageChunk: ({ html }) => paintFirst(html.replace('%lang%', locale)) });
	});
