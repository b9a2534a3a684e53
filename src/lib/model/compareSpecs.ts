// Which indicators a comparison covers at a level, and the exact aggregate (year, weight, population) for each:
// weights and population come from the nearest year the weighting indicator has, so nothing is back-filled.
import type { Aggregation, Indicator, Level } from '../types/dataset.ts';
import type { AggregateSpec } from './aggregate.ts';

/** Levels a comparison can run at, coarsest first. */
export const COMPARE_LEVELS = ['stadsdelsomrade', 'stadsdel', 'regso', 'deso'] as const satisfies readonly Level[];
export type CompareLevel = (typeof COMPARE_LEVELS)[number];

export type IndicatorLite = Pick<Indicator, 'id' | 'unit' | 'aggregation' | 'years' | 'levels'>;

export interface SpecCatalogue {
	indicators: IndicatorLite[];
	populationByLevel: Partial<Record<Level, string>>;
}

/** The year in `years` nearest to `year` (ties go to the earlier year); null when there are none. */
export function nearestYear(years: readonly number[], year: number): number | null {
	let best: number | null = null;
	for (const y of years) {
		if (best === null || Math.abs(y - year) < Math.abs(best - year) || (Math.abs(y - year) === Math.abs(best - year) && y < best))
			best = y;
	}
	return best;
}

/** Indicators that have data at the level and a defensible aggregate (categories never average). */
export function comparableIndicators<T extends IndicatorLite>(indicators: readonly T[], level: Level): T[] {
	return indicators.filter((i) => i.levels.includes(level) && i.unit !== 'category' && i.years.length > 0);
}

function weightOf(a: Aggregation, population: string | undefined): string | null {
	if (a.kind === 'weighted_mean') return a.weight;
	if (a.kind === 'not_aggregable') return a.weight ?? population ?? null;
	return null;
}

export function specFor(cat: SpecCatalogue, level: Level, ind: IndicatorLite, year: number): AggregateSpec {
	const popId = cat.populationByLevel[level];
	const popInd = popId ? cat.indicators.find((i) => i.id === popId) : undefined;
	const popYear = popInd ? nearestYear(popInd.years, year) : null;
	const wId = weightOf(ind.aggregation, popId);
	const wInd = wId ? cat.indicators.find((i) => i.id === wId) : undefined;
	const wYear = wInd ? nearestYear(wInd.years, year) : null;
	return {
		indicator: ind.id,
		year,
		aggregation: ind.aggregation,
		weight: wInd && wYear !== null ? { indicator: wInd.id, year: wYear } : null,
		population: popInd && popYear !== null ? { indicator: popInd.id, year: popYear } : null
	};
}

/** The years a figure may come from when the view is held at `until` (a shared link's year): all when null. */
export function yearsUpTo(years: readonly number[], until: number | null): number[] {
	return until === null ? [...years] : years.filter((y) => y <= until);
}

/** One spec per comparable indicator, at its latest year (up to `until`; one without a year by then is left out). */
export function latestSpecs(cat: SpecCatalogue, level: Level, until: number | null = null): AggregateSpec[] {
	return comparableIndicators(cat.indicators, level).flatMap((i) => {
		const years = yearsUpTo(i.years, until);
		return years.length ? [specFor(cat, level, i, Math.max(...years))] : [];
	});
}
