// Language of parts (WCAG 3.1.2): text taken from a source keeps the language the build recorded for it, and is marked
// with it where that differs from the page's, so a screen reader reads a Swedish title on an English page in Swedish.
import type { LangRun, TextLang } from '$lib/types/dataset';
import { locale } from './labels';

/** The lang attribute a text needs on this page: its language where it differs from the page's, else none. */
export function langAttr(lang: TextLang | undefined, page: 'sv' | 'en' = locale()): 'sv' | 'en' | undefined {
	return lang && lang !== page ? lang : undefined;
}

/**
 * A composed text (a chart's source line) as runs: each occurrence in it of a part whose language is known (a table's
 * title) is a run in that language, the rest has none. Parts without a language, or not in the text, change nothing.
 */
export function markRuns(text: string, parts: readonly LangRun[]): LangRun[] {
	let runs: LangRun[] = [{ text, lang: null }];
	for (const p of parts) {
		if (!p.lang || !p.text) continue;
		runs = runs.flatMap((r) =>
			r.lang !== null
				? [r]
				: r.text.split(p.text).flatMap((piece, i): LangRun[] => [...(i ? [{ text: p.text, lang: p.lang }] : []), ...(piece ? [{ text: piece, lang: null }] : [])])
		);
	}
	return runs;
}
