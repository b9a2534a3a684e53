// Reads the trygghet part of the raw mirror: one loader per file family, and `load` combining them for the build.
import { readMirrorText } from '../../mirror.ts';
import { parseStadsdelIndex, type StadsdelIndex } from './areas.ts';
import { crossCheckLong, parseCrimeQuarterly, parseCrimeYearly } from './braCrime.ts';
import { crimeIndicators, crimeObservations, crimeQuarterlySource } from './crimeIndicators.ts';
import { districtObservations, loadBraDistricts } from './braDistricts.ts';
import { parseEvidence } from './evidence.ts';
import { EVIDENCE_FAMILIES } from './evidenceFamilies.ts';
import { parseLongCsv } from './longCsv.ts';
import { NOTICE_LANG, parseNotices } from './notices.ts';
import { loadFetchedNotices } from './fetchedNotices.ts';
import { emptyResult, mergeResults, type TrygghetResult } from './result.ts';

export const STADSDEL_CROSSWALK = 'geo/crosswalks/stadsdel_till_stadsdelsomrade.csv';
const BRA = 'trygghet/bra_anmalda_brott_kommun';
export const CRIME_FILES = {
	yearly: `${BRA}/bra_crime_0180_utdrag_verbatim.csv`,
	quarterly: `${BRA}/bra_crime_quarterly_0180_utdrag_verbatim.csv`,
	yearlyLong: `${BRA}/bra_anmalda_brott_stockholm_0180_ar_1996_2025.csv`,
	quarterlyLong: `${BRA}/bra_anmalda_brott_stockholm_0180_kvartal_2014_2026.csv`
} as const;
export const NOTICES_FILE =
	'trygghet/polisen_handelser_stockholm/polisen_handelser_stockholm_skott_explosion_mord_2022_2026.csv';

function unwrap<T>(parse: { ok: true; rows: T[]; warnings: string[] } | { ok: false; error: string }): {
	rows: T[];
	warnings: string[];
} {
	if (!parse.ok) throw new Error(`trygghet: ${parse.error}`);
	return parse;
}

export function loadStadsdelIndex(rawDir: string): StadsdelIndex {
	return parseStadsdelIndex(readMirrorText(rawDir, STADSDEL_CROSSWALK), STADSDEL_CROSSWALK);
}

/** All quoted-figure files (surveys, secondary våldsbrott, Mitt i 2016) as EvidenceRow[]. */
export function loadEvidence(rawDir: string, stadsdelar: StadsdelIndex = loadStadsdelIndex(rawDir)): TrygghetResult {
	const out = emptyResult();
	out.inputs.push(STADSDEL_CROSSWALK);
	for (const family of EVIDENCE_FAMILIES) {
		const { rows, warnings } = unwrap(parseEvidence(readMirrorText(rawDir, family.file), family.id, family.file, stadsdelar));
		out.evidence.push(...rows);
		out.warnings.push(...warnings);
		out.evidenceFamilies.push(family);
		out.inputs.push(family.file);
		const unmapped = rows.filter((r) => r.level === null);
		const names = [...new Set(unmapped.map((r) => `${r.areaName} (${r.sourceLevel})`))];
		if (names.length > 0) out.warnings.push(`${family.file}: ${unmapped.length} rows on areas without a level of ours: ${names.join(', ')}`);
	}
	return out;
}

/**
 * Brå reported offences, kommun 0180: yearly (also as Indicators/Observations) and quarterly totals; plus the
 * per-stadsdelsområde figures when `npm run data:fetch` has written them to `braDir`.
 */
export function loadBraCrime(rawDir: string, braDir: string | null = null): TrygghetResult {
	const out = emptyResult();
	const yearly = unwrap(parseCrimeYearly(readMirrorText(rawDir, CRIME_FILES.yearly), CRIME_FILES.yearly));
	const quarterly = unwrap(parseCrimeQuarterly(readMirrorText(rawDir, CRIME_FILES.quarterly), CRIME_FILES.quarterly));
	out.warnings.push(...yearly.warnings, ...quarterly.warnings);
	const yearlyLong = unwrap(parseLongCsv(readMirrorText(rawDir, CRIME_FILES.yearlyLong), CRIME_FILES.yearlyLong));
	const quarterlyLong = unwrap(parseLongCsv(readMirrorText(rawDir, CRIME_FILES.quarterlyLong), CRIME_FILES.quarterlyLong));
	out.warnings.push(
		...yearlyLong.warnings,
		...quarterlyLong.warnings,
		...crossCheckLong(yearly.rows.map((r) => ({ ...r, period: String(r.year) })), yearlyLong.rows, CRIME_FILES.yearlyLong),
		...crossCheckLong(quarterly.rows, quarterlyLong.rows, CRIME_FILES.quarterlyLong)
	);
	out.inputs.push(...Object.values(CRIME_FILES));
	out.crimeYearly = yearly.rows.map(({ line: _line, ...r }) => r);
	out.crimeQuarterly = quarterly.rows.map(({ line: _line, ...r }) => r);
	out.crimeQuarterlySource = crimeQuarterlySource([CRIME_FILES.quarterly, CRIME_FILES.quarterlyLong]);
	const districts = braDir ? loadBraDistricts(braDir) : null;
	const fetched = districts ? { retrievedAt: districts.retrievedAt, files: districts.inputs.map((f) => `fetched:${f}`) } : null;
	out.indicators = crimeIndicators(out.crimeYearly, [CRIME_FILES.yearly, CRIME_FILES.yearlyLong], fetched);
	out.observations = crimeObservations(yearly.rows, CRIME_FILES.yearly);
	if (districts) {
		out.observations.push(...districtObservations(districts.rows, `fetched:${districts.inputs[0]}`));
		out.warnings.push(...districts.warnings);
		const years = [...new Set(districts.rows.map((r) => r.year))].sort((a, b) => a - b);
		out.braDistricts = { fetched: true, retrievedAt: districts.retrievedAt, years };
	}
	const doubtful = out.crimeQuarterly.filter((r) => r.status === 'doubtful_period').map((r) => r.period);
	if (doubtful.length > 0) out.warnings.push(`${CRIME_FILES.quarterly}: quarters ${doubtful.join(', ')} marked doubtful_period (labels unreliable per SOURCES_crime.md)`);
	return out;
}

/**
 * Polisen's notices 2022–2026 with the stadsdelar/stadsdelsområden their text names, plus the events
 * `npm run data:fetch` has collected since (merged by id) when `polisenDir` holds them.
 */
export function loadNotices(rawDir: string, stadsdelar: StadsdelIndex = loadStadsdelIndex(rawDir), polisenDir: string | null = null): TrygghetResult {
	const out = emptyResult();
	const { rows: mirrorRows, warnings } = unwrap(parseNotices(readMirrorText(rawDir, NOTICES_FILE), NOTICES_FILE, stadsdelar));
	const fetched = polisenDir ? loadFetchedNotices(polisenDir, mirrorRows, stadsdelar) : null;
	const rows = fetched?.rows ?? mirrorRows;
	out.notices = rows;
	out.noticeLang = NOTICE_LANG;
	out.warnings.push(...warnings, ...(fetched?.warnings ?? []));
	out.inputs.push(STADSDEL_CROSSWALK, NOTICES_FILE);
	if (fetched) {
		out.polisenEvents = { fetched: true, lastRetrievedAt: fetched.lastRetrievedAt, added: rows.length - mirrorRows.length, firstAdded: fetched.firstAdded };
		out.inputs.push(...fetched.inputs.map((f) => `fetched:${f}`));
	}
	const unnamed = rows.filter((r) => r.sdoCodes.length === 0).length;
	out.warnings.push(`${NOTICES_FILE}: ${unnamed} of ${rows.length} notices name no stadsdel or stadsdelsområde (counted as 'okand')`);
	return out;
}

/** The whole trygghet part for the build (static/data/trygghet.json), with what `npm run data:fetch` wrote, if any. */
export function load(rawDir: string, fetched: { bra: string | null; polisen: string | null } = { bra: null, polisen: null }): TrygghetResult {
	const stadsdelar = loadStadsdelIndex(rawDir);
	const merged = mergeResults([loadEvidence(rawDir, stadsdelar), loadBraCrime(rawDir, fetched.bra), loadNotices(rawDir, stadsdelar, fetched.polisen)]);
	merged.inputs = [...new Set(merged.inputs)].sort();
	return merged;
}
