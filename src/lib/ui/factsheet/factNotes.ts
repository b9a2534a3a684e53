// The notes column of a factsheet row: approximate, derived, coverage (by population where the level has it, counting
// the part of a carried value's people in finer areas without data; else by a count of areas without data), and the
// official city figure where it differs from the one computed like the parts.
import { m } from '$lib/paraglide/messages';
import { formatCoverage, formatNumber, type Locale } from '$lib/i18n/format';
import { coveredShare, type CompareCell } from '$lib/model/aggregate';

type Covered = Pick<CompareCell, 'nMissing' | 'populationCovered' | 'populationTotal'>;
type Flagged = Covered & Pick<CompareCell, 'approximate' | 'derived' | 'split'>;

/** Share of the set's population without data, in percent; null where the population is unknown. */
export function uncoveredShare(c: Covered): number | null {
	const covered = coveredShare(c);
	return covered === null ? null : 100 * (1 - covered);
}

/**
 * How much of a set's figure rests on no data, in words ('' where nothing is missing): the population without data
 * where the level has it (in areas without a value, or in the finer areas a carried value lacks, so this is said even
 * where no area is missing), else the count of areas without data. Written as every coverage is (formatCoverage):
 * whole percent, never "0 %" for a part that is missing, and the complement of an area's "bygger på områden med 98 %"
 * reads 2 %, not 1,9 %.
 */
export function coverageFlag(c: Covered, locale: Locale): string {
	const uncovered = uncoveredShare(c);
	return uncovered !== null && uncovered > 1e-9
		? m.fact_coverage({ pct: formatCoverage(uncovered / 100, locale) }, { locale })
		: c.nMissing
			? (c.nMissing === 1 ? m.fact_missing_one : m.fact_missing)({ n: formatNumber(c.nMissing, locale) }, { locale })
			: '';
}

/** What kind of figure a set's is (approximate, derived from rounded shares), without its coverage; '' for neither. */
export function statusFlags(c: Flagged, locale: Locale): string {
	// Where the set's boundary cuts a source area, the row says so; the page lists the areas once, below the table.
	const approximate = !c.approximate ? '' : c.split?.length ? m.fact_split({}, { locale }) : m.approximate({}, { locale });
	return [approximate, c.derived ? m.derived({}, { locale }) : ''].filter(Boolean).join('; ');
}

export function factFlags(c: Flagged, locale: Locale): string {
	return [statusFlags(c, locale), coverageFlag(c, locale)].filter(Boolean).join('; ');
}

/** The same flags in brackets, to follow a figure ("405,2 tkr (ungefärligt; uppgift saknas för 22 % av befolkningen)"), or ''. */
export function factNote(c: Flagged, locale: Locale): string {
	const flags = factFlags(c, locale);
	return flags ? `(${flags})` : '';
}

/**
 * A factsheet row's flags: the grouping's, as its notes have always read, then those of the other columns (the rest
 * of the city, the whole city; a column without a figure is left out) that say more than the grouping's, named
 * ("Hela staden: ungefärligt; uppgift saknas för 23 % av befolkningen"), so no column's estimate goes unmarked. A
 * boundary that cuts source areas is the grouping's note alone: the rest of the city shares that boundary.
 */
export function rowFlags(grouping: Flagged, others: readonly { label: string; cell: Flagged | null }[], locale: Locale): string {
	const coverage = coverageFlag(grouping, locale);
	const more = others.flatMap(({ label, cell: c }) => {
		if (!c) return [];
		const own = coverageFlag(c, locale);
		const adds = (c.approximate && !grouping.approximate) || (c.derived && !grouping.derived) || (own !== '' && own !== coverage);
		return adds ? [`${label}: ${factFlags({ ...c, split: [] }, locale)}`] : [];
	});
	return [factFlags(grouping, locale), ...more].filter(Boolean).join('. ');
}

/** The official city figure as a note, when it reads differently from the city computed like the parts. */
export function officialCityNote(city: string, official: string | null): string {
	return official !== null && official !== city ? m.fact_city_official({ value: official }) : '';
}
