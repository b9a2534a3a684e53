// A share menu's chart as an Underlag figure: the texts, link and table the menu already has, and its exported SVG.
import type { CsvMeta, CsvTable } from '../share/csv.ts';
import type { ExportMeta } from '../share/svgExport.ts';
import type { Locale } from '../i18n/format.ts';
import type { UnderlagFigure } from './types.ts';

export interface ShareSnapshot {
	meta: ExportMeta;
	table: CsvTable;
	csvMeta: CsvMeta;
	permalink: string;
	alt: string;
	/** The menu's warning when the chart holds the user's own data. */
	ownDataNote: string;
	exported: { svg: string; width: number; height: number };
}

export function figureFromShare(s: ShareSnapshot, id: string, addedAt: string, lang: Locale): UnderlagFigure {
	// The CSV's meta lines repeat the date and the link, which the figure keeps in their own fields.
	const notes = s.csvMeta.notes.filter((l) => l !== s.meta.dated && !l.endsWith(`: ${s.permalink}`));
	// A plain copy: the menu's props may be reactive proxies, which IndexedDB cannot store.
	const table: CsvTable = JSON.parse(JSON.stringify(s.table));
	return {
		id,
		addedAt,
		title: s.meta.title,
		subtitle: s.meta.subtitle,
		source: s.meta.source,
		dated: s.meta.dated,
		permalink: s.permalink,
		alt: s.alt,
		definition: s.csvMeta.definition,
		notes,
		ownDataNote: s.ownDataNote,
		table,
		svg: s.exported.svg,
		width: s.exported.width,
		height: s.exported.height,
		note: '',
		lang
	};
}
