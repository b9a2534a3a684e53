// Area names or codes as people write them → our areas at one level: codes exactly (leading zeros restored), names
// ignoring case, diacritics, dashes and words like "stadsdelsområde"; suggestions for the unmatched by edit distance.
import type { Level } from '../types/dataset.ts';

/** One row of static/data/areas.json. `parent` is the stadsdelsomrade of a pre-2020 stadsdelsomrade2007. */
export interface AreaEntry {
	level: Level;
	code: string;
	name: string;
	parent?: string;
}

export interface AreaIndex {
	levels: Level[];
	byCode: Map<Level, Map<string, AreaEntry>>;
	byName: Map<Level, Map<string, AreaEntry[]>>;
	all: Map<Level, AreaEntry[]>;
}

export type AreaMatch =
	| { kind: 'match'; area: AreaEntry; by: 'code' | 'name' }
	| { kind: 'ambiguous'; candidates: AreaEntry[] }
	| { kind: 'unmatched'; suggestions: AreaEntry[] };

/** Levels tried first when a table fits several equally well (today's divisions before older vintages). */
export const LEVEL_PREFERENCE: Level[] = [
	'stadsdelsomrade',
	'stadsdelsomrade2007',
	'innerstad_ytterstad',
	'stadsdel',
	'regso',
	'regso2025',
	'deso',
	'deso2025',
	'valdistrikt2022',
	'valdistrikt2018',
	'valdistrikt2014',
	'kommun'
];

const NOISE = /\b(stadsdelsomrade|stadsdelsforvaltning|stadsdelsforvaltningen|stadsdelsnamnd|stadsdelsnamnden|sdo|sdf|sdn|stadsdel)\b/g;

/** Lower case, no diacritics, dashes/underscores/slashes as spaces, administrative words dropped. */
export function normaliseName(s: string): string {
	const base = s
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[\u2010-\u2015\u2212_/\-–—.,()]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	const stripped = base.replace(NOISE, ' ').replace(/\s+/g, ' ').trim();
	return stripped || base;
}

export function buildAreaIndex(areas: readonly AreaEntry[]): AreaIndex {
	const byCode = new Map<Level, Map<string, AreaEntry>>();
	const byName = new Map<Level, Map<string, AreaEntry[]>>();
	const all = new Map<Level, AreaEntry[]>();
	for (const a of areas) {
		if (!byCode.has(a.level)) {
			byCode.set(a.level, new Map());
			byName.set(a.level, new Map());
			all.set(a.level, []);
		}
		byCode.get(a.level)!.set(a.code.toLowerCase(), a);
		const key = normaliseName(a.name);
		const names = byName.get(a.level)!;
		names.set(key, [...(names.get(key) ?? []), a]);
		all.get(a.level)!.push(a);
	}
	const levels = LEVEL_PREFERENCE.filter((l) => all.has(l));
	return { levels, byCode, byName, all };
}

/** Levenshtein distance (small strings only). */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const cur = [i];
		for (let j = 1; j <= b.length; j++)
			cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		prev = cur;
	}
	return prev[b.length]!;
}

function codeKey(raw: string | number): string {
	return String(raw).trim().toLowerCase();
}

export function matchArea(index: AreaIndex, level: Level, raw: string | number | null, withSuggestions = true): AreaMatch {
	if (raw === null || String(raw).trim() === '') return { kind: 'unmatched', suggestions: [] };
	const codes = index.byCode.get(level);
	const key = codeKey(raw);
	const direct = codes?.get(key);
	if (direct) return { kind: 'match', area: direct, by: 'code' };
	// Spreadsheets drop leading zeros of numeric codes (0180 → 180, 01800101 → 1800101).
	if (/^\d+$/.test(key)) for (const len of [4, 8]) {
		const padded = codes?.get(key.padStart(len, '0'));
		if (padded) return { kind: 'match', area: padded, by: 'code' };
	}
	const name = normaliseName(String(raw));
	const found = index.byName.get(level)?.get(name) ?? [];
	if (found.length === 1) return { kind: 'match', area: found[0]!, by: 'name' };
	if (found.length > 1) return { kind: 'ambiguous', candidates: found };
	return { kind: 'unmatched', suggestions: withSuggestions ? suggest(index, level, name) : [] };
}

/** Up to three areas whose normalised names are closest, within a distance that grows with the name's length. */
export function suggest(index: AreaIndex, level: Level, normalised: string, k = 3): AreaEntry[] {
	const max = Math.max(2, Math.round(normalised.length * 0.4));
	return (index.all.get(level) ?? [])
		.map((a) => {
			const n = normaliseName(a.name);
			// A name that contains or is contained in the key ("Kista" ⊂ "Rinkeby-Kista") counts as close.
			const d = n.includes(normalised) || normalised.includes(n) ? Math.abs(n.length - normalised.length) / 4 : editDistance(normalised, n);
			return { a, d };
		})
		.filter((x) => x.d <= max)
		.sort((x, y) => x.d - y.d || x.a.name.localeCompare(y.a.name, 'sv'))
		.slice(0, k)
		.map((x) => x.a);
}

/** The level that matches most of the given keys (ties go to LEVEL_PREFERENCE order), with its match count. */
export function detectLevel(index: AreaIndex, keys: readonly (string | number | null)[]): { level: Level; matched: number } | null {
	let best: { level: Level; matched: number } | null = null;
	for (const level of index.levels) {
		let matched = 0;
		for (const k of keys) if (matchArea(index, level, k, false).kind === 'match') matched++;
		if (matched > 0 && (!best || matched > best.matched)) best = { level, matched };
	}
	return best;
}
