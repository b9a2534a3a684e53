// Everything a chart's share menu says, computed in one place from a ShareSpec: the permalink and embed URL, the
// dated line, the source line of the export, the CSV's meta lines, the alt text, the citation and the file name.
// Each kind of chart only says what it is (pageShare below; the map, the area profile and the comparison build
// their spec beside their own state); ChartShare.svelte renders the result.
import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/i18n/format';
import { locale } from '$lib/i18n/labels';
import { altText, citation } from './citation';
import type { CsvMeta } from './csv';
import { fileSlug } from './fileName';
import type { ExportMeta, LegendItem } from './svgExport';

export interface ShareSpec {
	/** The permalink after the origin: `path` (null = this page's path) followed by `rest` (?query and #anchor). */
	link: { path: string | null; rest: string };
	/** The embed's address after the origin, if the chart has an embed. */
	embed?: string | null;
	/** In an embed, where "see it on Stadsdelskollen" goes (relative). */
	back?: string;
	title: string;
	subtitle: string;
	/** The source as it opens the export's source line ("Källa: SCB, tabell (CC0)."); "Bearbetning: …" follows. */
	source: string;
	/** The chart's name in the CSV's first line, the citation and the alt text. */
	csvTitle: string;
	citeTitle: string;
	altTitle: string;
	/** Short source for the citation (publisher, table). */
	citeSource: string;
	/** The CSV's definition line, complete. */
	definition: string;
	/** CSV meta lines before the dated line, and after it (before the link). */
	notesBefore?: string[];
	notesAfter?: string[];
	/** Alt text: what kind of chart ("Linjediagram") and its plain-language reading. */
	kind: string;
	reading: string;
	fileParts: (string | number)[];
	legend?: LegendItem[];
	/** Lines the chart's key says beyond its items (e.g. the city's value, how colours are classed), under the legend. */
	keyNotes?: string[];
	/** A warning shown in the menu, e.g. that the visitor's own data is not in the link. */
	note?: string;
}

/** Where the page is, known only in the browser (empty at prerender, so links are relative until then). */
export interface Place {
	origin: string;
	pathname: string;
}

/** The words every menu shares, in the current language (injected so the composition is testable as such). */
export interface ShareWords {
	dated: string;
	processed: string;
	linkLabel: string;
	locale: 'sv' | 'en';
}

export interface ShareTexts {
	permalink: string;
	embedUrl: string | null;
	dated: string;
	meta: ExportMeta;
	csvMeta: CsvMeta;
	alt: string;
	cite: string;
	fileBase: string;
	note: string;
}

export function shareWords(builtAt: string): ShareWords {
	const loc = locale();
	return { dated: m.share_dated({ date: formatDate(builtAt, loc) }), processed: m.share_processed(), linkLabel: m.share_link(), locale: loc };
}

export function composeShare(spec: ShareSpec, place: Place, builtAt: string, words: ShareWords): ShareTexts {
	const permalink = `${place.origin}${spec.link.path ?? place.pathname}${spec.link.rest}`;
	const source = `${spec.source} ${words.processed}.`;
	return {
		permalink,
		embedUrl: spec.embed ? `${place.origin}${spec.embed}` : null,
		dated: words.dated,
		meta: { title: spec.title, subtitle: spec.subtitle, source, dated: words.dated, legend: spec.legend, notes: spec.keyNotes },
		csvMeta: {
			title: spec.csvTitle,
			source,
			definition: spec.definition,
			notes: [...(spec.notesBefore ?? []), words.dated, ...(spec.notesAfter ?? []), `${words.linkLabel}: ${permalink}`]
		},
		alt: altText(spec.kind, spec.altTitle, spec.reading),
		cite: citation({ title: spec.citeTitle, source: spec.citeSource, builtAt, url: permalink, locale: words.locale }),
		fileBase: fileSlug(...spec.fileParts),
		note: spec.note ?? ''
	};
}

export interface PageShareInput {
	/** The chart's element id: the permalink's #anchor and the base of the file names. */
	anchor: string;
	title: string;
	subtitle: string;
	/** Publisher, table and licence, without "Källa:"; caveats that must travel with the figures may follow. */
	source: string;
	citeSource: string;
	definition: string;
	/** Extra CSV meta lines (labels that must travel with the figures). */
	notes?: string[];
	kind: string;
	reading: string;
	legend?: LegendItem[];
	/** The view's query string (without ?) when the chart depends on choices; else the anchor alone is the link. */
	query?: string;
	fileName?: string;
	note?: string;
}

/** A chart on a prerendered page: linked by this page's address and the chart's anchor. */
export function pageShare(p: PageShareInput): ShareSpec {
	return {
		link: { path: null, rest: `${p.query ? `?${p.query}` : ''}#${p.anchor}` },
		title: p.title,
		subtitle: p.subtitle,
		source: `${m.source_label()}: ${p.source}.`,
		csvTitle: p.subtitle ? `${p.title} – ${p.subtitle}` : p.title,
		citeTitle: p.subtitle ? `${p.title}, ${p.subtitle}` : p.title,
		altTitle: p.title,
		citeSource: p.citeSource,
		definition: `${m.definition_label()}: ${p.definition}`,
		notesBefore: p.notes,
		kind: p.kind,
		reading: p.reading,
		fileParts: [p.fileName ?? p.anchor],
		legend: p.legend,
		note: p.note
	};
}
