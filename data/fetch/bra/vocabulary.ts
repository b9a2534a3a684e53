// Brå SOL's selection form carries its vocabulary as JavaScript arrays of "id*label" strings
// (arrayRegionNivaEtt[i] = "…", arrayPeriod[i] = "…", arrayNivaett[i] = "…"). This reads them from the form page,
// already decoded from ISO-8859-1. Pure: no I/O.

export interface VocabularyEntry {
	id: string;
	label: string;
}

/** Array name → its entries in index order. */
export type Vocabulary = Map<string, VocabularyEntry[]>;

export class BraProtocolError extends Error {
	constructor(
		readonly step: string,
		message: string
	) {
		super(`Brå SOL, step "${step}": ${message}`);
	}
}

// `arrayName[3] = "123*Label";` or `arrayName[3]='123*Label'`.
const ASSIGNMENT = /\b(array[A-Za-z]+)\s*\[\s*(\d+)\s*\]\s*=\s*(["'])((?:\\.|(?!\3).)*)\3/g;

export function parseVocabulary(html: string): Vocabulary {
	const byName = new Map<string, Map<number, VocabularyEntry>>();
	for (const m of html.matchAll(ASSIGNMENT)) {
		const [, name, index, , raw] = m as unknown as [string, string, string, string, string];
		const text = raw.replace(/\\(.)/g, '$1');
		const star = text.indexOf('*');
		if (star <= 0) continue;
		const entries = byName.get(name) ?? new Map<number, VocabularyEntry>();
		byName.set(name, entries);
		entries.set(Number(index), { id: text.slice(0, star).trim(), label: text.slice(star + 1).trim() });
	}
	return new Map([...byName].map(([name, entries]) => [name, [...entries].sort((a, b) => a[0] - b[0]).map(([, e]) => e)]));
}

/** The arrays the fetcher needs; a form without them (the ~1 KB stub served without a session) is an error. */
export const REGION_ARRAY = 'arrayRegionNivaEtt';
export const PERIOD_ARRAY = 'arrayPeriod';
export const OFFENCE_ARRAY_PREFIX = 'arrayNiva';

export function requireArrays(v: Vocabulary, bytes: number): void {
	const missing = [REGION_ARRAY, PERIOD_ARRAY].filter((a) => !v.get(a)?.length);
	if (![...v.keys()].some((k) => k.toLowerCase().startsWith(OFFENCE_ARRAY_PREFIX.toLowerCase()) && k !== REGION_ARRAY))
		missing.push('arrayNivaett');
	if (missing.length)
		throw new BraProtocolError(
			'urval',
			`the selection form (${bytes} bytes) has no ${missing.join(', ')}; without a session SOL serves a short stub instead of the form`
		);
}

/** Folds case, dashes and spaces, so "Hägersten–Älvsjö" and "hägersten-älvsjö" meet; å/ä/ö are kept. */
export function normaliseLabel(s: string): string {
	return s
		.normalize('NFC')
		.toLowerCase()
		.replace(/[\u2010-\u2015]/g, '-')
		.replace(/\s*-\s*/g, '-')
		.replace(/\s+/g, ' ')
		.trim();
}
