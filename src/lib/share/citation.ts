// Suggested source citation and alt text for a chart someone puts into a written response, and its embed snippet.
import { EMBED_HEIGHT_MESSAGE } from './embedHeight.ts';

export interface CitationInput {
	title: string;
	source: string;
	/** ISO date the data were built. */
	builtAt: string;
	url: string;
	locale: 'sv' | 'en';
}

/** A text ended by one full stop: a title or source that already ends a sentence (a subtitle such as "…per
 *  stadsdelsområde.") gets none added, so a citation never reads "..". */
const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

export function citation(c: CitationInput): string {
	const date = c.builtAt.slice(0, 10);
	return c.locale === 'sv'
		? `${sentence(c.title)} Källa: ${sentence(c.source)} Bearbetning: Stadsdelskollen (data byggda ${date}). ${c.url}`
		: `${sentence(c.title)} Source: ${sentence(c.source)} Processed by Stadsdelskollen (data built ${date}). ${c.url}`;
}

/** Alt text: what the chart shows and its main reading, in one or two sentences. */
export function altText(kind: string, title: string, reading: string): string {
	return `${kind}: ${sentence(title)} ${reading}`.replace(/\s+/g, ' ').trim();
}

/**
 * The frame's height where the snippet's script does not run (a publishing tool that strips scripts): each embed's
 * content at the snippet's widest (960 px), measured on the built site and rounded up, so nothing is cut off.
 */
export const EMBED_FALLBACK_HEIGHT: Record<string, number> = { karta: 1700, jamfor: 1950, omrade: 3100 };
const DEFAULT_HEIGHT = 1700;

/**
 * An <iframe> snippet for an embed URL: responsive by width, with a title for screen readers, and a small script that
 * sets the frame's height from the height the embedded page reports (embedHeight.ts): only from our origin and only for
 * the frame the message came from, so several embeds on one page each keep their own height.
 */
export function embedSnippet(url: string, title: string): string {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	const u = new URL(url, 'http://origin.invalid');
	const kind = /\/embed\/([a-z]+)/.exec(u.pathname)?.[1] ?? '';
	const height = EMBED_FALLBACK_HEIGHT[kind] ?? DEFAULT_HEIGHT;
	const frame = `<iframe src="${esc(url)}" title="${esc(title)}" style="width:100%;max-width:960px;height:${height}px;border:0" loading="lazy" data-stadsdelskollen></iframe>`;
	// A relative address (a prerendered page, before the browser knows where it is served) has no origin to trust yet.
	if (!/^https?:\/\//.test(url)) return frame;
	// The origin is a URL's scheme, host and port: nothing in it can end the script or the string.
	const script =
		`<script>addEventListener("message",function(e){var d=e.data;` +
		`if(e.origin!==${JSON.stringify(u.origin)}||!d||d.type!=="${EMBED_HEIGHT_MESSAGE}"||!(d.height>0&&d.height<30000))return;` +
		`document.querySelectorAll("iframe[data-stadsdelskollen]").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})})</script>`;
	return `${frame}\n${script}`;
}
