// Paint first, then load the app. SvelteKit's page lists the app's modules as <link rel="modulepreload"> in <head> and
// imports its entry points from an inline start-up script at the end of <body>: the browser then downloads and compiles
// some fifty modules on the same two cores that lay out and raster the prerendered page, and the first paint waits.
// This rewrite (applied to every rendered page by hooks.server.ts) takes the links out of <head> and makes the
// start-up script wait for the first paint before it asks for them (startAfterPaint). The script's CSP hash in the
// page's <meta http-equiv> is replaced by the new script's. A page that ships no start-up script (csr = false) is left
// as it is. If SvelteKit's markup ever changes shape, the build fails here with the reason rather than shipping a page
// whose script its own policy refuses.
import { createHash } from 'node:crypto';
import { startAfterPaint } from '$lib/startAfterPaint';

const PRELOAD = /\s*<link href="([^"]+)" rel="modulepreload">/g;
const START_SCRIPT = /<script>([^<]*?\bkit\.start\([\s\S]*?)<\/script>/g;
const IMPORTS_BEGIN = 'Promise.all([';
const IMPORTS_END = ']).then(([kit, app]) => {';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

function once(text: string, find: string, replace: string): string {
	const at = text.indexOf(find);
	if (at < 0 || text.indexOf(find, at + find.length) >= 0)
		throw new Error(`paintFirst: SvelteKit's start-up script no longer contains "${find}" exactly once; update src/lib/server/paintFirst.ts`);
	return text.slice(0, at) + replace + text.slice(at + find.length);
}

/** A JSON array literal safe inside <script> (no "</script>" or "<!--" can be formed). */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

export function paintFirst(html: string): string {
	return paintFirstSwap(html).html;
}

/**
 * The rewritten page, and the start-up script's CSP hash before and after the rewrite: where the policy travels as a
 * header instead of <meta> (the dev server), whoever sends the header replaces the one with the other.
 */
export function paintFirstSwap(html: string): { html: string; swap: [string, string] | null } {
	const scripts = [...html.matchAll(START_SCRIPT)];
	if (scripts.length === 0) return { html, swap: null };
	if (scripts.length > 1) throw new Error(`paintFirst: ${scripts.length} start-up scripts in one page`);
	const modules = [...html.matchAll(PRELOAD)].map((m) => m[1]!);
	const before = scripts[0]![1]!;
	let after = once(before, IMPORTS_BEGIN, `(${startAfterPaint.toString()})(${scriptJson(modules)}).then(() => ${IMPORTS_BEGIN}`);
	after = once(after, IMPORTS_END, `])).then(([kit, app]) => {`);

	let out = html.replace(PRELOAD, '').replace(`<script>${before}</script>`, () => `<script>${after}</script>`);
	const swap: [string, string] = [sha256(before), sha256(after)];
	if (/<meta http-equiv="content-security-policy"/i.test(out)) {
		if (!out.includes(swap[0])) throw new Error("paintFirst: the page's content-security-policy does not list its start-up script's hash");
		out = out.replace(swap[0], () => swap[1]);
	}
	return { html: out, swap };
}
