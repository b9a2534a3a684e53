// Parses Brå's reported offences for Stockholm kommun (verbatim SOL extracts) into yearly and quarterly rows.
import type { CrimeCategory, CrimeQuarterlyRow, CrimeStatus, CrimeYearlyRow } from '../../../src/lib/types/trygghet.ts';
import type { LongRow } from './longCsv.ts';
import { csvObjects } from '../../csv.ts';

export const CRIME_CATEGORIES: readonly CrimeCategory[] = ['total', 'person', 'theft', 'burglary', 'vandalism', 'drugs_weapons'];

/** Source key → the mirror's indicator id (SOURCES_crime.md, "Categories"); rates add `_per_100k`. */
export const CRIME_INDICATOR: Record<CrimeCategory, string> = {
	total: 'anmalda_brott_totalt',
	person: 'anmalda_brott_mot_person_brb_3_7_kap',
	theft: 'anmalda_stold_ran_mm_brb_8_kap',
	burglary: 'anmalda_stold_genom_inbrott_brakod_11462',
	vandalism: 'anmalda_skadegorelsebrott_brb_12_kap',
	drugs_weapons: 'anmalda_narkotika_och_vapenlagsbrott_summa'
};

/** SOURCES_crime.md: only two 2014 quarters, labels doubtful ("Do not use 2014 quarters"). */
export const DOUBTFUL_QUARTER_YEARS: readonly number[] = [2014];

const COLUMNS = ['kommun', 'period', 'key', 'count', 'per100k', 'preliminary'];

interface RawCrimeRow {
	line: number;
	period: string;
	category: CrimeCategory;
	count: number;
	per100k: number;
	preliminary: boolean;
}

type RawParse = { ok: true; rows: RawCrimeRow[]; warnings: string[] } | { ok: false; error: string };

function isCategory(s: string): s is CrimeCategory {
	return (CRIME_CATEGORIES as readonly string[]).includes(s);
}

function parseRaw(text: string, file: string): RawParse {
	// A record with fields missing (a file cut inside a row), a repeated record or an unclosed quote is refused there.
	let parsed: ReturnType<typeof csvObjects>;
	try {
		parsed = csvObjects(text, file, ';');
	} catch (e) {
		return { ok: false, error: (e as Error).message };
	}
	const missing = COLUMNS.filter((c) => c !== 'preliminary' && !parsed.columns.includes(c));
	if (missing.length > 0) return { ok: false, error: `${file}: missing column(s) ${missing.join(', ')}` };
	// A renamed `preliminary` would otherwise mark every preliminary figure published.
	const unknown = parsed.columns.filter((c) => !COLUMNS.includes(c));
	if (unknown.length > 0) return { ok: false, error: `${file}: column(s) ${unknown.join(', ')} not known (known: ${COLUMNS.join(', ')}); a renamed column is refused rather than ignored` };
	const warnings: string[] = [];
	const rows: RawCrimeRow[] = [];
	for (const [i, r] of parsed.rows.entries()) {
		const line = i + 2;
		const key = r.key ?? '';
		const count = Number(r.count);
		const per100k = Number(r.per100k);
		if (r.kommun !== '0180') {
			warnings.push(`${file}:${line}: kommun '${r.kommun}' is not 0180; row dropped`);
		} else if (!isCategory(key)) {
			warnings.push(`${file}:${line}: unknown key '${key}'; row dropped`);
		} else if (!r.count?.trim() || !r.per100k?.trim() || !Number.isFinite(count) || !Number.isFinite(per100k)) {
			// Stockholm's own figure: one that does not read is a damaged file, not a year to leave out of the series.
			return { ok: false, error: `${file}:${line}: count '${r.count ?? ''}' or per100k '${r.per100k ?? ''}' is not a number; the file is corrupt or the figure mistyped` };
		} else {
			rows.push({ line, period: r.period ?? '', category: key, count, per100k, preliminary: r.preliminary === '1' });
		}
	}
	return { ok: true, rows, warnings };
}

export type Parse<T> = { ok: true; rows: T[]; warnings: string[] } | { ok: false; error: string };

/** bra_crime_0180_utdrag_verbatim.csv: one row per year and category. */
export function parseCrimeYearly(text: string, file: string): Parse<CrimeYearlyRow & { line: number }> {
	const raw = parseRaw(text, file);
	if (!raw.ok) return raw;
	const warnings = [...raw.warnings];
	const rows: (CrimeYearlyRow & { line: number })[] = [];
	for (const r of raw.rows) {
		if (!/^\d{4}$/.test(r.period)) {
			warnings.push(`${file}:${r.line}: period '${r.period}' is not a year; row dropped`);
			continue;
		}
		const status: CrimeStatus = r.preliminary ? 'preliminary' : 'published';
		rows.push({ line: r.line, category: r.category, year: Number(r.period), count: r.count, per100k: r.per100k, status });
	}
	return { ok: true, rows, warnings };
}

/** bra_crime_quarterly_0180_utdrag_verbatim.csv: one row per quarter ('YYYYKn'); rates are per quarter. */
export function parseCrimeQuarterly(text: string, file: string): Parse<CrimeQuarterlyRow & { line: number }> {
	const raw = parseRaw(text, file);
	if (!raw.ok) return raw;
	const warnings = [...raw.warnings];
	const rows: (CrimeQuarterlyRow & { line: number })[] = [];
	for (const r of raw.rows) {
		const m = /^(\d{4})K([1-4])$/.exec(r.period);
		if (!m) {
			warnings.push(`${file}:${r.line}: period '${r.period}' is not YYYYKn; row dropped`);
			continue;
		}
		const year = Number(m[1]);
		const status: CrimeStatus = DOUBTFUL_QUARTER_YEARS.includes(year)
			? 'doubtful_period'
			: r.preliminary
				? 'preliminary'
				: 'published';
		const quarter = Number(m[2]) as 1 | 2 | 3 | 4;
		rows.push({ line: r.line, category: r.category, year, quarter, period: r.period, count: r.count, per100k: r.per100k, status });
	}
	return { ok: true, rows, warnings };
}

/**
 * Compares the verbatim extract with the mirror's reshaped long file (same numbers, other layout): any value that
 * differs or is missing on either side becomes a warning naming both.
 */
export function crossCheckLong(
	rows: readonly { category: CrimeCategory; count: number; per100k: number; period: string }[],
	long: readonly LongRow[],
	longFile: string
): string[] {
	const expected = new Map<string, number>();
	for (const r of rows) {
		const id = CRIME_INDICATOR[r.category];
		expected.set(`${id}|${r.period}`, r.count);
		expected.set(`${id}_per_100k|${r.period}`, r.per100k);
	}
	const warnings: string[] = [];
	const seen = new Set<string>();
	for (const l of long) {
		const key = `${l.indicator}|${l.period ?? l.year}`;
		seen.add(key);
		const want = expected.get(key);
		if (want === undefined) warnings.push(`${longFile}:${l.line}: ${key} not in the verbatim extract`);
		else if (Number(l.value) !== want) warnings.push(`${longFile}:${l.line}: ${key} = ${l.value}, verbatim extract has ${want}`);
	}
	for (const key of expected.keys()) if (!seen.has(key)) warnings.push(`${longFile}: ${key} missing from the long file`);
	return warnings;
}
