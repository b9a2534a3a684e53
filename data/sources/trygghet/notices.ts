// Parses the mirror's Polisen notices (shootings, explosions, murder and attempts) into NoticeRow[] with named areas.
import { csvObjects } from '../../csv.ts';
import type { NoticeRow, NoticeType } from '../../../src/lib/types/trygghet.ts';
import { isSdo2020, type StadsdelIndex } from './areas.ts';
import { slug } from '../../slug.ts';

const NOTICE_TYPES: readonly NoticeType[] = [
	'Skottlossning',
	'Skottlossning, misstänkt',
	'Explosion',
	'Detonation',
	'Mord/dråp',
	'Mord/dråp, försök'
];

/** Polisen writes its notices in Swedish (their titles' dates are read with Swedish month names, below). */
export const NOTICE_LANG = 'sv' as const;

/**
 * Place names the mirror's match leaves out because they are not stadsdelar (SOURCES_crime.md), each with the one
 * current stadsdelsområde it lies in by the City's district division, so that a notice saying only "i Hässelby" is
 * counted where it names rather than as naming no area: Hässelby (Hässelby gård, strand and villastad) in
 * Hässelby-Vällingby, Spånga (Bromsten, Flysta, Lunda, Solhem, Sundby) in Spånga-Tensta, Vasastan (Vasastaden) in
 * Norrmalm, Globen (in Johanneshov) in Enskede-Årsta-Vantör. Järva spans two (Rinkeby-Kista and Spånga-Tensta): null,
 * kept as text only. Every name also stays in unmatchedPlaces, the words the text used.
 */
export const OTHER_PLACES: Readonly<Record<string, string | null>> = {
	Järva: null,
	Hässelby: 'hasselby-vallingby',
	Spånga: 'spanga-tensta',
	Vasastan: 'norrmalm',
	Globen: 'enskede-arsta-vantor'
};
export const OTHER_PLACE_NAMES: readonly string[] = Object.keys(OTHER_PLACES);

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

const REQUIRED = ['id', 'datetime', 'name', 'summary', 'url', 'type', 'stadsdelar_namnda_derived', 'stadsdelsomraden_namnda_derived'];

/**
 * Incident date from a title like '26 september 14:21, …', the year taken from the publication time (one year back
 * when the incident month lies after the publication month: a 31 December event published on 1 January).
 */
export function incidentDate(title: string, publishedAt: string): string | null {
	const m = /^(\d{1,2}) (\p{L}+) \d{1,2}[.:]\d{2},/u.exec(title);
	const pub = /^(\d{4})-(\d{2})-\d{2}/.exec(publishedAt);
	if (!m || !pub) return null;
	const month = MONTHS.indexOf((m[2] ?? '').toLowerCase()) + 1;
	if (month === 0) return null;
	const day = Number(m[1]);
	const year = Number(pub[1]) - (month > Number(pub[2]) ? 1 : 0);
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wordPattern(name: string): RegExp {
	return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}s?(?![\\p{L}\\p{N}])`, 'gu');
}

/** Other place names in the text once every stadsdel name is masked ('Hässelby strand' is not 'Hässelby'). */
export function otherPlaces(text: string, stadsdelNames: readonly string[]): string[] {
	let masked = text;
	for (const name of [...stadsdelNames].sort((a, b) => b.length - a.length)) masked = masked.replace(wordPattern(name), ' ');
	return OTHER_PLACE_NAMES.filter((name) => wordPattern(name).test(masked));
}

function splitNames(cell: string | undefined): string[] {
	return (cell ?? '')
		.split(';')
		.map((s) => s.trim())
		.filter((s) => s.length > 0);
}

export type NoticeParse = { ok: true; rows: NoticeRow[]; warnings: string[] } | { ok: false; error: string };

/** One notice as the mirror file or the events API gives it, with the area names its text mentions. */
export interface NoticeRecord {
	id: string;
	datetime: string;
	name: string;
	summary: string;
	url: string;
	type: string;
	/** Stadsdel and stadsdelsområde names found in the text (the mirror's derived columns, or namesInText). */
	stadsdelar: string[];
	stadsdelsomraden: string[];
	/** All text searched for place names. */
	body: string;
}

export const isNoticeType = (t: string): t is NoticeType => (NOTICE_TYPES as readonly string[]).includes(t);

/** A record → NoticeRow, or null (with a warning) for a type the page does not select. */
export function noticeRow(r: NoticeRecord, stadsdelar: StadsdelIndex, where: string, warnings: string[]): NoticeRow | null {
	if (!isNoticeType(r.type)) {
		warnings.push(`${where}: unknown type '${r.type}'; row dropped`);
		return null;
	}
	const unmatched: string[] = [];
	const stadsdelCodes = r.stadsdelar.map(slug).filter((code, k) => {
		if (stadsdelar.names.has(code)) return true;
		unmatched.push(r.stadsdelar[k]!);
		return false;
	});
	// 'Älvsjö' (a pre-2020 SDO) is not one of the 13: kept as text; as a stadsdel it still maps via the crosswalk.
	const sdoDirect = r.stadsdelsomraden.map(slug).filter((code, k) => {
		if (isSdo2020(code)) return true;
		unmatched.push(r.stadsdelsomraden[k]!);
		return false;
	});
	const viaStadsdel = stadsdelCodes.map((c) => stadsdelar.sdoOf.get(c)).filter((c): c is string => !!c && isSdo2020(c));
	const others = otherPlaces(r.body, [...stadsdelar.names.values()]);
	const viaOtherPlace = others.map((name) => OTHER_PLACES[name]).filter((c): c is string => !!c);
	const date = incidentDate(r.name, r.datetime);
	if (date === null) warnings.push(`${where}: no incident date in title '${r.name}'; counted by publication date`);
	return {
		id: r.id,
		date,
		publishedAt: r.datetime,
		type: r.type,
		title: r.name,
		summary: r.summary,
		url: r.url,
		stadsdelar: [...new Set(stadsdelCodes)],
		stadsdelsomraden: [...new Set(sdoDirect)],
		sdoCodes: [...new Set([...sdoDirect, ...viaStadsdel, ...viaOtherPlace])].sort(),
		unmatchedPlaces: [...new Set([...unmatched, ...others])]
	};
}

/** Names from `names` the text mentions as whole words (genitive s allowed), longest first, each span used once. */
export function namesInText(text: string, names: readonly string[]): string[] {
	let masked = text;
	const found: string[] = [];
	for (const name of [...names].sort((a, b) => b.length - a.length)) {
		const re = wordPattern(name);
		if (re.test(masked)) {
			found.push(name);
			masked = masked.replace(wordPattern(name), ' ');
		}
	}
	return found;
}

export function parseNotices(text: string, file: string, stadsdelar: StadsdelIndex): NoticeParse {
	const parsed = csvObjects(text, file);
	const missing = REQUIRED.filter((c) => !parsed.columns.includes(c));
	if (missing.length > 0) return { ok: false, error: `${file}: missing column(s) ${missing.join(', ')}` };
	const warnings: string[] = [];
	const rows: NoticeRow[] = [];
	parsed.rows.forEach((r, i) => {
		const row = noticeRow(
			{
				id: r.id ?? '',
				datetime: r.datetime ?? '',
				name: r.name ?? '',
				summary: r.summary ?? '',
				url: r.url ?? '',
				type: r.type ?? '',
				stadsdelar: splitNames(r.stadsdelar_namnda_derived),
				stadsdelsomraden: splitNames(r.stadsdelsomraden_namnda_derived),
				body: [r.summary, r.html_preamble, r.html_body_text].filter(Boolean).join('\n')
			},
			stadsdelar,
			`${file}: record ${i + 1} (id ${r.id})`,
			warnings
		);
		if (row) rows.push(row);
	});
	return { ok: true, rows, warnings };
}
