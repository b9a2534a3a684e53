// Pure operations on the Underlag: add a figure, move, remove, annotate, and read back a stored value safely
// (a stale or altered record loses only what is malformed, never the whole collection).
import type { CsvTable } from '../share/csv.ts';
import { EMPTY_DOC, type UnderlagDoc, type UnderlagFigure } from './types.ts';

/** Adds a figure at the end, unless the very same chart (same link, same image) is already there. */
export function addFigure(doc: UnderlagDoc, fig: UnderlagFigure): { doc: UnderlagDoc; position: number; added: boolean } {
	const same = doc.figures.findIndex((f) => f.permalink === fig.permalink && f.svg === fig.svg);
	if (same >= 0) return { doc, position: same + 1, added: false };
	return { doc: { ...doc, figures: [...doc.figures, fig] }, position: doc.figures.length + 1, added: true };
}

/** Moves a figure `delta` places (−1 up, +1 down), clamped to the ends. */
export function moveFigure(doc: UnderlagDoc, id: string, delta: number): UnderlagDoc {
	const from = doc.figures.findIndex((f) => f.id === id);
	if (from < 0) return doc;
	const to = Math.max(0, Math.min(doc.figures.length - 1, from + delta));
	if (to === from) return doc;
	const figures = [...doc.figures];
	const [fig] = figures.splice(from, 1);
	figures.splice(to, 0, fig!);
	return { ...doc, figures };
}

export function removeFigure(doc: UnderlagDoc, id: string): UnderlagDoc {
	return { ...doc, figures: doc.figures.filter((f) => f.id !== id) };
}

export function setNote(doc: UnderlagDoc, id: string, note: string): UnderlagDoc {
	return { ...doc, figures: doc.figures.map((f) => (f.id === id ? { ...f, note } : f)) };
}

const str = (x: unknown): x is string => typeof x === 'string';
const cellOk = (v: unknown) => v === null || str(v) || (typeof v === 'number' && Number.isFinite(v));

function isTable(x: unknown): x is CsvTable {
	if (typeof x !== 'object' || x === null) return false;
	const t = x as CsvTable;
	return (
		Array.isArray(t.columns) &&
		t.columns.every((c) => typeof c === 'object' && c !== null && str(c.key) && str(c.label)) &&
		Array.isArray(t.rows) &&
		t.rows.every((r) => typeof r === 'object' && r !== null && Object.values(r).every(cellOk))
	);
}

/** True when a stored figure has the shape this version of the app writes. */
export function isUnderlagFigure(x: unknown): x is UnderlagFigure {
	if (typeof x !== 'object' || x === null) return false;
	const f = x as UnderlagFigure;
	return (
		[f.id, f.addedAt, f.title, f.subtitle, f.source, f.dated, f.permalink, f.alt, f.definition, f.ownDataNote, f.svg, f.note].every(str) &&
		Array.isArray(f.notes) &&
		f.notes.every(str) &&
		isTable(f.table) &&
		[f.width, f.height].every((n) => typeof n === 'number' && Number.isFinite(n) && n > 0) &&
		f.svg.startsWith('<svg') &&
		// The link becomes an href on the page and in the document: only a web address.
		/^https?:\/\//.test(f.permalink)
	);
}

/** A figure's recorded language, dropped (as if never recorded) when it is not one of the site's. */
function withKnownLang(f: UnderlagFigure): UnderlagFigure {
	if (f.lang === undefined || f.lang === 'sv' || f.lang === 'en') return f;
	const { lang: _unknown, ...rest } = f;
	return rest;
}

/** The collection in a stored value; anything malformed is dropped (a whole bad value reads as empty). */
export function readDoc(x: unknown): UnderlagDoc {
	if (typeof x !== 'object' || x === null) return EMPTY_DOC;
	const d = x as Partial<UnderlagDoc>;
	return {
		title: str(d.title) ? d.title : '',
		includeTables: typeof d.includeTables === 'boolean' ? d.includeTables : EMPTY_DOC.includeTables,
		figures: Array.isArray(d.figures) ? d.figures.filter(isUnderlagFigure).filter((f, i, all) => all.findIndex((g) => g.id === f.id) === i).map(withKnownLang) : []
	};
}
