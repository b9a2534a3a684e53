// Language of parts (WCAG 3.1.2): text taken from a source keeps the language the build recorded for it, and is marked
// with it where that differs from the page's, so a screen reader reads a Swedish title on an English page in Swedish.
import type { TextLang } from '$lib/types/dataset';
import { locale } from './labels';

/** The lang attribute a text needs on this page: its language where it differs from the page's, else none. */
export function langAttr(lang: TextLang | undefined, page: 'sv' | 'en' = locale()): 'sv' | 'en' | undefined {
	return lang && lang !== page ? lang : undefined;
}

