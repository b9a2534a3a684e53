// Numbers, shares and dates formatted with Intl for sv-SE or en-GB; a missing value is always said, never shown as 0.
import type { Unit } from '../types/dataset.ts';

export type Locale = 'sv' | 'en';
const INTL: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };

/** The language tag a locale is formatted and marked with ("sv-SE", "en-GB"): Intl's, and a Word document's runs. */
export function localeTag(locale: Locale): string {
	return INTL[locale];
}
const cache = new Map<string, Intl.NumberFormat>();

function nf(locale: Locale, decimals: number): Intl.NumberFormat {
	const key = `${locale}:${decimals}`;
	let f = cache.get(key);
	if (!f) {
		// 'negative': a value that rounds to zero reads "0,0", never "−0,0".
		f = new Intl.NumberFormat(INTL[locale], { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'negative' });
		cache.set(key, f);
	}
	return f;
}

const UNIT_SUFFIX: Record<Unit, Record<Locale, string>> = {
	percent: { sv: '\u00a0%', en: '%' },
	persons: { sv: '\u00a0pers.', en: ' people' },
	sek_thousand: { sv: '\u00a0tkr', en: ' SEK k' },
	per_100k: { sv: '\u00a0per 100\u00a0000', en: ' per 100,000' },
	count: { sv: '', en: '' },
	category: { sv: '', en: '' },
	dwellings: { sv: '\u00a0lgh', en: ' dwellings' },
	households: { sv: '\u00a0hushåll', en: ' households' }
};

/** A bare number (no unit), or the locale's word for missing. */
export function formatNumber(value: number | null, locale: Locale, decimals = 0): string {
	if (value === null || !Number.isFinite(value)) return locale === 'sv' ? 'uppgift saknas' : 'no data';
	return nf(locale, decimals).format(value);
}

/**
 * A difference with its sign: "+1,2", "−1,2" (sv; "-1.2" en), and "0,0" without a sign when it rounds to zero, so a
 * gap too small to show never reads as a gain or a loss. The one way a gap is written.
 */
export function formatSignedNumber(value: number | null, locale: Locale, decimals = 0): string {
	const s = formatNumber(value, locale, decimals);
	return value !== null && Number.isFinite(value) && value > 0 && s !== formatNumber(0, locale, decimals) ? `+${s}` : s;
}

/**
 * A value with its unit, e.g. "23,4 %" (sv) or "23.4%" (en). A category that is not a whole number is a mean of
 * categories over a larger area: it keeps a decimal ("1,7"), so it never reads as one of the categories.
 */
export function formatValue(value: number | null, unit: Unit, locale: Locale, decimals = 1): string {
	if (value === null || !Number.isFinite(value)) return formatNumber(value, locale);
	const shown = unit === 'category' && !Number.isInteger(value) ? Math.max(decimals, 1) : decimals;
	return formatNumber(value, locale, shown) + UNIT_SUFFIX[unit][locale];
}

export function unitLabel(unit: Unit, locale: Locale): string {
	return UNIT_SUFFIX[unit][locale].trim();
}

/** A column header with its unit, "Värde (%)"; a unit without a word (counts, categories) adds nothing. */
export function withUnit(label: string, unit: Unit, locale: Locale): string {
	const u = unitLabel(unit, locale);
	return u ? `${label} (${u})` : label;
}

export function formatDate(iso: string, locale: Locale): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	return new Intl.DateTimeFormat(INTL[locale], { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'Europe/Stockholm' }).format(d);
}

/**
 * A coverage as a percentage: a carried value's (the share, 0–1, of its finer areas' population that had data), or
 * its complement, a factsheet's share of the population without data. Whole percent, with as many decimals (up to 3)
 * as it takes not to read 0 % or 100 % (data are missing, but not for all). The one way coverage is written.
 */
export function formatCoverage(share: number, locale: Locale): string {
	const pct = 100 * share;
	let d = 0;
	while (d < 3 && (Number(pct.toFixed(d)) >= 100 || Number(pct.toFixed(d)) <= 0)) d++;
	return formatValue(pct, 'percent', locale, d);
}
