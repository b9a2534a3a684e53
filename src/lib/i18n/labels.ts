// Localised labels for domain values (levels, localised catalogue text) in the current locale.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import type { Level, Localised, ObservationStatus } from '$lib/types/dataset';
import { formatCoverage, type Locale } from './format';

export function locale(): Locale {
	return getLocale() === 'en' ? 'en' : 'sv';
}

export function localised(t: Localised): string {
	return t[locale()] || t.sv;
}

const LEVEL_LABELS: Record<Level, () => string> = {
	kommun: m.level_kommun,
	innerstad_ytterstad: m.level_innerstad_ytterstad,
	stadsdelsomrade: m.level_stadsdelsomrade,
	stadsdelsomrade2007: m.level_stadsdelsomrade2007,
	stadsdel: m.level_stadsdel,
	regso: m.level_regso,
	regso2025: m.level_regso2025,
	deso: m.level_deso,
	deso2025: m.level_deso2025,
	valdistrikt2014: m.level_valdistrikt2014,
	valdistrikt2018: m.level_valdistrikt2018,
	valdistrikt2022: m.level_valdistrikt2022
};

export function levelLabel(l: Level): string {
	return LEVEL_LABELS[l]();
}

/** An observation's status in words, for tables and CSVs: 'ok' says nothing, and a missing value already reads "uppgift saknas". */
export function statusWord(s: ObservationStatus | string | null | undefined): string {
	switch (s) {
		case 'approximate':
			return m.approximate();
		case 'derived':
			return m.derived();
		case 'suppressed':
			return m.area_status_suppressed();
		default:
			return '';
	}
}

/** How much of a carried value's finer areas' population had data ("värdet bygger på områden med 57 % av
 *  befolkningen"), or '' where nothing is known to be missing: the words of every page and of the level CSVs. */
export function coverageWords(coverage: number | null | undefined, loc: Locale = locale()): string {
	return coverage == null ? '' : m.value_coverage({ pct: formatCoverage(coverage, loc) }, { locale: loc });
}

/** A value's note: its status in words and, for a carried value with finer areas lacking data, its coverage. */
export function statusText(s: ObservationStatus | string | null | undefined, coverage?: number | null): string {
	return [statusWord(s), coverageWords(coverage)].filter(Boolean).join('; ');
}

/** The same note in brackets, to follow a figure ("(ungefärligt; värdet bygger på områden med 57 % av befolkningen)"),
 *  or '' for the source's own figure. */
export function statusNote(s: ObservationStatus | string | null | undefined, coverage?: number | null): string {
	const text = statusText(s, coverage);
	return text ? `(${text})` : '';
}
