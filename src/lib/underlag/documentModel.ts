// The Underlag as a document, one derivation for the Word file and the print: numbered captions, source lines with
// link and dates, each figure's table as the chart's CSV has it, the list of sources, and the image's print size.
import { m } from '../paraglide/messages.js';
import { hasMissingCell, tableText, type CsvTable } from '../share/csv.ts';
import { formatDate, localeTag, type Locale } from '../i18n/format.ts';
import type { UnderlagDoc, UnderlagFigure } from './types.ts';

/** A4 with 2.5 cm margins leaves 16 cm; images are rendered for 300 dpi there. */
export const PRINT = { widthCm: 16, maxHeightCm: 18, dpi: 300 } as const;

export interface PrintImage {
	/** Size in the document, in pixels at 96 to the inch (what docx and CSS call px). */
	widthPx: number;
	heightPx: number;
	/** Rasterising factor from the SVG's CSS pixels to PRINT.dpi at that size. */
	scale: number;
}

export interface DocTable {
	caption: string;
	/** Header first, then the rows: the cells of the chart's CSV in the document's language variant. */
	cells: string[][];
	/** Per column: holds numbers (right-aligned). */
	numeric: boolean[];
	/** Said below the table when a value is missing (an empty cell). */
	missingNote: string | null;
}

export interface DocFigure {
	id: string;
	number: number;
	/** Title and subtitle; the caption is this, numbered: captionLead ("Figur 1. ", the document's language) + title. */
	title: string;
	caption: string;
	captionLead: string;
	/**
	 * The language of the figure's own texts (title, source, definition, notes, table) where it is not the document's:
	 * the figure was added on a page in the other language. Null where it is the same or was not recorded.
	 */
	lang: Locale | null;
	/** Where lang is set, a sentence saying so in the document's language; else ''. */
	langNote: string;
	alt: string;
	/** Source, data date and retrieval date, without the link: sourceOwn (the figure's words) + sourceRest (the document's). */
	sourceText: string;
	sourceOwn: string;
	sourceRest: string;
	linkLabel: string;
	permalink: string;
	/** sourceText followed by the link: the figure's full source line. */
	sourceLine: string;
	/** Definition, the CSV's other meta lines and, for the user's own data, that the link does not carry it. */
	details: string[];
	note: string;
	table: DocTable | null;
	image: PrintImage;
	svg: string;
	width: number;
	height: number;
}

export interface DocModel {
	locale: Locale;
	title: string;
	compiled: string;
	figures: DocFigure[];
	sourcesTitle: string;
	/** Each distinct source once, with its data date and the figures that use it. */
	sources: string[];
}

export function printImage(width: number, height: number): PrintImage {
	let wCm: number = PRINT.widthCm;
	let hCm = (wCm * height) / width;
	if (hCm > PRINT.maxHeightCm) {
		wCm *= PRINT.maxHeightCm / hCm;
		hCm = PRINT.maxHeightCm;
	}
	const px = (cm: number) => Math.round((cm / 2.54) * 96);
	return { widthPx: px(wCm), heightPx: px(hCm), scale: ((wCm / 2.54) * PRINT.dpi) / width };
}

function docTable(table: CsvTable, n: number, locale: Locale): DocTable | null {
	if (!table.columns.length) return null;
	const column = (key: string) => table.rows.map((r) => r[key] ?? null);
	const numeric = table.columns.map((c) => column(c.key).some((v) => typeof v === 'number') && column(c.key).every((v) => typeof v !== 'string'));
	const missing = hasMissingCell(table);
	return {
		caption: m.underlag_table_caption({ n }, { locale }),
		cells: tableText(table, locale === 'sv' ? 'excel-sv' : 'plain'),
		numeric,
		missingNote: missing ? m.underlag_missing_cell({}, { locale }) : null
	};
}

function docFigure(f: UnderlagFigure, number: number, includeTable: boolean, locale: Locale): DocFigure {
	const title = f.subtitle ? `${f.title}, ${f.subtitle}` : f.title;
	const sourceOwn = `${f.source} ${f.dated}`;
	const sourceRest = `, ${m.underlag_retrieved({ date: formatDate(f.addedAt, locale) }, { locale })}.`;
	const sourceText = sourceOwn + sourceRest;
	const linkLabel = m.underlag_link({}, { locale });
	const lang = f.lang && f.lang !== locale ? f.lang : null;
	const captionLead = m.underlag_caption({ n: number, title: '' }, { locale });
	return {
		id: f.id,
		number,
		title,
		caption: captionLead + title,
		captionLead,
		lang,
		langNote: lang ? m.underlag_other_lang({ n: number }, { locale }) : '',
		alt: f.alt,
		sourceText,
		sourceOwn,
		sourceRest,
		linkLabel,
		permalink: f.permalink,
		sourceLine: `${sourceText} ${linkLabel}: ${f.permalink}`,
		details: [f.definition, ...f.notes, f.ownDataNote].filter((s) => s.trim() !== ''),
		note: f.note.trim(),
		table: includeTable ? docTable(f.table, number, locale) : null,
		image: printImage(f.width, f.height),
		svg: f.svg,
		width: f.width,
		height: f.height
	};
}

/** "Källa: SCB, … ." → "SCB, … ." (the list is headed "Källor"). */
const withoutLabel = (source: string) => source.replace(/^[^:]{1,20}:\s*/, '');

function sourceList(figures: DocFigure[], doc: UnderlagDoc, locale: Locale): string[] {
	const bySource = new Map<string, { dated: string; numbers: number[] }>();
	doc.figures.forEach((f, i) => {
		const key = `${withoutLabel(f.source)} ${f.dated}.`;
		const entry = bySource.get(key) ?? { dated: f.dated, numbers: [] };
		entry.numbers.push(figures[i]!.number);
		bySource.set(key, entry);
	});
	const list = new Intl.ListFormat(localeTag(locale), { type: 'conjunction' });
	return [...bySource].map(([key, { numbers }]) =>
		numbers.length === 1
			? `${key} ${m.underlag_used_in_one({ n: numbers[0]! }, { locale })}`
			: `${key} ${m.underlag_used_in_many({ list: list.format(numbers.map(String)) }, { locale })}`
	);
}

/** The document for a collection, in `locale`, compiled at `now` (ISO). */
export function documentModel(doc: UnderlagDoc, locale: Locale, now: string): DocModel {
	const figures = doc.figures.map((f, i) => docFigure(f, i + 1, doc.includeTables, locale));
	return {
		locale,
		title: doc.title.trim() || m.underlag_default_title({}, { locale }),
		compiled: m.underlag_compiled({ date: formatDate(now, locale) }, { locale }),
		figures,
		sourcesTitle: m.underlag_sources({}, { locale }),
		sources: sourceList(figures, doc, locale)
	};
}
