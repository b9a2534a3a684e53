// Suggested source citation and alt text for a chart someone puts into a written response.

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

/** An <iframe> snippet for an embed URL, responsive by width, with a title for screen readers. */
export function embedSnippet(url: string, title: string, height = 640): string {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${esc(url)}" title="${esc(title)}" style="width:100%;max-width:960px;height:${height}px;border:0" loading="lazy"></iframe>`;
}
