// The user's own indicators (kept in this browser only) as entries of the comparison catalogue: a ratio when the
// table gave numerator and denominator, else not_aggregable without a weight, which the comparison aggregates as a
// population-weighted mean flagged approximate (compareSpecs.specFor takes the level's population as the weight).
import { m } from '$lib/paraglide/messages';
import type { UserDataset, UserIndicator } from '$lib/byo/types';
import type { CompareClientCatalogue, CompareIndicator } from './compareCatalogue';

export function userCompareIndicator(d: UserDataset, i: UserIndicator): CompareIndicator {
	const own = m.byo_source({ file: d.fileName });
	return {
		id: i.id,
		name: { sv: i.name, en: i.name },
		description: { sv: own, en: own },
		unit: i.unit,
		aggregation: i.aggregation,
		years: i.years,
		levels: i.levels,
		decimals: i.decimals,
		direction: 'neutral',
		theme: 'context',
		source: { publisher: own, table: '', licence: '' }
	};
}

export function withUserIndicators(c: CompareClientCatalogue, datasets: readonly UserDataset[]): CompareClientCatalogue {
	if (!datasets.length) return c;
	return { ...c, indicators: [...c.indicators, ...datasets.flatMap((d) => d.indicators.map((i) => userCompareIndicator(d, i)))] };
}
