// Suggested source citation and alt text for a chart someone puts into a written response.

export interface CitationInput {
	title: string;
	source: string;
	/** ISO date the data were built. */
	builtAt: string;
	url: string;
	locale: 'sv' | 'en';
}

export function citation(c: CitationInput): string {
	const date = c.builtAt.slice(0, 10);
	return c.locale === 'sv'
		? `${c.title}. Källa: ${c.source}. Bearbetning: Stadsdelskollen (data byggda ${date}). ${c.url}`
		: `${c.title}. Source: ${c.source}. Processed by Stadsdelskollen (data built ${date}). ${c.url}`;
}

/** Alt text: what the chart shows and its main reading, in one or two sentences. */
export function altText(kind: string, title: string, reading: string): string {
	return `${kind}: ${title}. ${reading}`.replace(/\s+/g, ' ').trim();
}

/** An <iframe> snippet for an embed URL, responsive by width, with a title for screen readers. */
export function embedSnippet(url: string, title: string, height = 640): string {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
	return `<iframe src="${esc(url)}" title="${esc(title)}" style="width:100%;max-width:960px;height:${height}px;border:0" loading="lazy"></iframe>`;
}
