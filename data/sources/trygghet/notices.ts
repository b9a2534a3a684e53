// Parses the mirror's Polisen notices (shootings, explosions, murder and attempts) into NoticeRow[] with named areas.
import { csvParse } from 'd3-dsv';
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

/** Place names the mirror's match leaves out because they are not stadsdelar (SOURCES_crime.md); kept as text only. */
export const OTHER_PLACE_NAMES: readonly string[] = ['Järva', 'Hässelby', 'Spånga', 'Vasastan', 'Globen'];

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

export function parseNotices(text: string, file: string, stadsdelar: StadsdelIndex): NoticeParse {
	const parsed = csvParse(text.replace(/^\uFEFF/, ''));
	const missing = REQUIRED.filter((c) => !parsed.columns.includes(c));
	if (missing.length > 0) return { ok: false, error: `${file}: missing column(s) ${missing.join(', ')}` };
	const warnings: string[] = [];
	const rows: NoticeRow[] = [];
	const stadsdelNames = [...stadsdelar.names.values()];
	parsed.forEach((r, i) => {
		const where = `${file}: record ${i + 1} (id ${r.id})`;
		const type = r.type ?? '';
		if (!(NOTICE_TYPES as readonly string[]).includes(type)) {
			warnings.push(`${where}: unknown type '${type}'; row dropped`);
			return;
		}
		const unmatched: string[] = [];
		const named = splitNames(r.stadsdelar_namnda_derived);
		const stadsdelCodes = named.map(slug).filter((code, k) => {
			if (stadsdelar.names.has(code)) return true;
			unmatched.push(named[k]!);
			return false;
		});
		const namedSdo = splitNames(r.stadsdelsomraden_namnda_derived);
		// 'Älvsjö' (a pre-2020 SDO) is not one of the 13: kept as text; as a stadsdel it still maps via the crosswalk.
		const sdoDirect = namedSdo.map(slug).filter((code, k) => {
			if (isSdo2020(code)) return true;
			unmatched.push(namedSdo[k]!);
			return false;
		});
		const viaStadsdel = stadsdelCodes.map((c) => stadsdelar.sdoOf.get(c)).filter((c): c is string => !!c && isSdo2020(c));
		const body = [r.summary, r.html_preamble, r.html_body_text].filter(Boolean).join('\n');
		const date = incidentDate(r.name ?? '', r.datetime ?? '');
		if (date === null) warnings.push(`${where}: no incident date in title '${r.name}'; counted by publication date`);
		rows.push({
			id: r.id ?? '',
			date,
			publishedAt: r.datetime ?? '',
			type: type as NoticeType,
			title: r.name ?? '',
			summary: r.summary ?? '',
			url: r.url ?? '',
			stadsdelar: [...new Set(stadsdelCodes)],
			stadsdelsomraden: [...new Set(sdoDirect)],
			sdoCodes: [...new Set([...sdoDirect, ...viaStadsdel])].sort(),
			unmatchedPlaces: [...new Set([...unmatched, ...otherPlaces(body, stadsdelNames)])]
		});
	});
	return { ok: true, rows, warnings };
}
