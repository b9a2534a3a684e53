// Turns a long-format survey/quoted-figure file into EvidenceRow[]: values as published, with quote, source and area.
import type { EvidenceFamily, EvidenceRow } from '../../../src/lib/types/trygghet.ts';
import { EVIDENCE_FAMILIES } from './evidenceFamilies.ts';
import { resolveArea, type StadsdelIndex } from './areas.ts';
import { parseLongCsv } from './longCsv.ts';
import { classifySource } from './sourceType.ts';
import { measureNameOf, UNIT_NAMES } from './measureNames.ts';
import { translateNote } from './noteTranslations.ts';
import type { LangRun, Localised, TextLang } from '../../../src/lib/types/dataset.ts';

export type EvidenceParse = { ok: true; rows: EvidenceRow[]; warnings: string[] } | { ok: false; error: string };

/** Series identity: two surveys or two wordings never share a key, nor do two levels (vintages stay apart). */
export function measureKey(family: EvidenceFamily, measure: string, level: string | null, sourceLevel: string): string {
	return `${family}|${measure}|${level ?? `source:${sourceLevel}`}`;
}

// Swedish notes nest ”…” inside “…”: a quotation runs from “ to the last ” before the next “ (or the end).
const CURLY = /“((?:(?!“)[\s\S])*)”/g;
// A table caption in single quotes, only where the note says it is one ("Brå table: 'Andel som …'").
const CAPTION = /table:?\s*'([^']+)'/i;
const CAPTION_ANYWHERE = /(?:Brå )?table:?\s*'[^']+'/gi;
const SAME_SENTENCE = /^\s*same (sentence|caption)\b/i;
const SAME_TABLE = /^\s*same table\b/i;
const SAME_PREFIX = /^\s*same (sentence|table|caption)( as [^;,:]*)?/i;

/** The quoted text in a note: its curly-quoted segments, else a quoted table caption; null if it quotes nothing. */
export function extractQuote(note: string): string | null {
	const curly = [...note.matchAll(CURLY)].map((m) => (m[1] ?? '').trim());
	if (curly.length > 0) return curly.join(' … ');
	return CAPTION.exec(note)?.[1]?.trim() ?? null;
}

/**
 * The note with its quotations shortened to “…”, minus a leading "same sentence": what the transcriber added. An
 * empty remainder (only the quote) gives no caveat.
 */
export function noteCaveats(note: string): string[] {
	const shortened = note
		.replace(CURLY, '“…”')
		.replace(CAPTION_ANYWHERE, "table '…'")
		.replace(SAME_PREFIX, '')
		.replace(/\s+/g, ' ')
		.replace(/^[\s;:,.-]+|[\s;:,-]+$/g, '')
		.trim();
	const substance = shortened.replace(/“…”|table '…'/g, '').replace(/[\s;:,.()-]+/g, '');
	return substance.length > 0 ? [shortened] : [];
}

/**
 * A source title split by language: the publication's own title is in the source's language; a note in brackets at
 * its end ("(Mitt i, 22 sep 2017)", "(blog by …, 15 Oct 2011)") is the mirror's, in either language, so none is given.
 */
export function titleRuns(title: string, lang: TextLang): LangRun[] {
	const m = /^(.*\S)( \([^()]*\))$/.exec(title);
	return m ? [{ text: m[1]!, lang }, { text: m[2]!, lang: null }] : [{ text: title, lang }];
}

function parseNumber(s: string): number | null {
	if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
	return Number(s);
}

export function parseEvidence(
	text: string,
	family: EvidenceFamily,
	file: string,
	stadsdelar: StadsdelIndex | null
): EvidenceParse {
	const parsed = parseLongCsv(text, file);
	if (!parsed.ok) return parsed;
	const lang = EVIDENCE_FAMILIES.find((f) => f.id === family)?.lang ?? null;
	const warnings = [...parsed.warnings];
	const rows: EvidenceRow[] = [];
	const lastQuoteByUrl = new Map<string, string>();
	const lastCaptionByUrl = new Map<string, string>();
	const unknownHosts = new Set<string>();
	for (const r of parsed.rows) {
		const where = `${file}:${r.line}`;
		// A row exists to quote a figure: one that does not read is a damaged file, not a figure to leave out quietly.
		const value = parseNumber(r.value);
		if (value === null) return { ok: false, error: `${where}: value '${r.value}' is not a number; the file is corrupt or the figure mistyped` };
		let year: number | null = null;
		if (r.year !== '') {
			year = parseNumber(r.year);
			if (year === null || !Number.isInteger(year)) return { ok: false, error: `${where}: year '${r.year}' is not an integer; the file is corrupt or the year mistyped` };
		}
		// A measure or unit without a readable name stops the build: the ASCII key must never reach a page.
		const measureName = measureNameOf(family, r.indicator);
		if (!measureName) return { ok: false, error: `${where}: measure '${r.indicator}' has no Swedish/English name; add it to data/sources/trygghet/measureNames.ts` };
		const unitName = UNIT_NAMES[r.unit];
		if (!unitName) return { ok: false, error: `${where}: unit '${r.unit}' has no Swedish/English name; add it to data/sources/trygghet/measureNames.ts` };
		const caveats: Localised[] = [];
		for (const note of noteCaveats(r.note)) {
			const both = translateNote(note);
			if (!both) return { ok: false, error: `${where}: note '${note}' has no Swedish/English version; add it to data/sources/trygghet/noteTranslations.ts` };
			caveats.push(both);
		}
		const area = resolveArea(r.areaLevel, r.areaName, stadsdelar);
		const source = classifySource(r.sourceUrl, r.note);
		if (!source.known) unknownHosts.add(source.publisher);
		// "same sentence" points at the previous quote from the page; "same table" only at the table's caption.
		let quote = extractQuote(r.note);
		let quoteInherited = false;
		if (quote === null && SAME_SENTENCE.test(r.note)) quote = lastQuoteByUrl.get(r.sourceUrl) ?? null;
		if (quote === null && SAME_TABLE.test(r.note)) quote = lastCaptionByUrl.get(r.sourceUrl) ?? null;
		if (quote !== null && extractQuote(r.note) === null) quoteInherited = true;
		if (!quoteInherited && quote !== null) lastQuoteByUrl.set(r.sourceUrl, quote);
		const caption = CAPTION.exec(r.note)?.[1]?.trim();
		if (caption) lastCaptionByUrl.set(r.sourceUrl, caption);
		rows.push({
			id: `${family}:${r.line}`,
			family,
			measure: r.indicator,
			measureName,
			unitName,
			measureKey: measureKey(family, r.indicator, area.level, r.areaLevel),
			value,
			unit: r.unit,
			year,
			period: r.period !== null && r.period !== r.year ? r.period : null,
			level: area.level,
			code: area.code,
			sourceLevel: r.areaLevel,
			areaName: r.areaName,
			sourceType: source.type,
			publisher: source.publisher,
			publisherName: source.publisherName,
			quote,
			quoteInherited,
			lang,
			note: r.note,
			sourceTitle: r.sourceTitle,
			sourceTitleRuns: titleRuns(r.sourceTitle, lang),
			url: r.sourceUrl,
			caveats
		});
	}
	for (const host of unknownHosts) warnings.push(`${file}: unknown publisher host '${host}', classified 'secondary'`);
	return { ok: true, rows, warnings };
}
