// The Underlag: figures a user collected from the share menus, as kept in this browser, for a written response.
import type { CsvTable } from '../share/csv.ts';
import type { Locale } from '../i18n/format.ts';

/** One chart exactly as it was shown when added: its texts, its link, its table and its exported SVG. */
export interface UnderlagFigure {
	id: string;
	/** ISO time it was added (the "retrieved" date of its source line). */
	addedAt: string;
	title: string;
	subtitle: string;
	/** The chart's source line as exported, e.g. "Källa: SCB, … (CC0). Bearbetning: Stadsdelskollen." */
	source: string;
	/** e.g. "Data byggda 29 november 2026". */
	dated: string;
	permalink: string;
	alt: string;
	/** The CSV's definition line and its other meta lines (year, the user's own files, caveats). */
	definition: string;
	notes: string[];
	/** Set when the chart holds the user's own data, which the permalink cannot carry. */
	ownDataNote: string;
	table: CsvTable;
	/** The chart exported by share/svgExport (title, source and date baked in), and its size in CSS pixels. */
	svg: string;
	width: number;
	height: number;
	/** The user's note under the figure. */
	note: string;
	/** The language of the page it was added on, which its texts are in; absent on figures kept before it was recorded. */
	lang?: Locale;
}

export interface UnderlagDoc {
	title: string;
	/** Whether the document and the print carry each figure's table. */
	includeTables: boolean;
	figures: UnderlagFigure[];
}

export const EMPTY_DOC: UnderlagDoc = { title: '', includeTables: true, figures: [] };
