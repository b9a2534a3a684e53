// Grouping values for the map's text summary through DuckDB once it is ready: ratios from counts, and means and
// medians weighted by the level's population (flagged approximate) — which the on-screen rows alone cannot give.
import { run } from '$lib/data/db';
import { groupingAggregate } from '$lib/data/queries/groupingAggregate';
import type { Indicator } from '$lib/types/dataset';
import type { ViewState } from '$lib/state/viewState';
import type { ClientCatalogue } from './catalogue';

export interface SummaryValue {
	id: string;
	value: number | null;
	approximate: boolean;
	nMissing: number;
}

export async function groupingSummary(catalogue: ClientCatalogue, meta: Indicator, state: ViewState): Promise<SummaryValue[] | null> {
	const popId = catalogue.populationByLevel[state.level];
	const pop = popId ? catalogue.indicators.find((i) => i.id === popId) : undefined;
	const popYear = pop?.years.length
		? pop.years.reduce((best, y) => (Math.abs(y - state.year) < Math.abs(best - state.year) ? y : best), pop.years[0]!)
		: null;
	const out: SummaryValue[] = [];
	for (const id of state.groupings) {
		const g = catalogue.groupings.find((x) => x.id === id);
		const codes = g?.memberships[state.level] ?? [];
		if (!g || !codes.length) continue;
		const r = await run((c) =>
			groupingAggregate(c, {
				indicator: meta.id,
				aggregation: meta.aggregation,
				level: state.level,
				year: state.year,
				codes,
				population: popId && popYear !== null ? { indicator: popId, year: popYear } : null
			})
		);
		if (!r.ok) return null;
		out.push({ id, value: r.value.value, approximate: r.value.approximate, nMissing: r.value.nMissing });
	}
	return out;
}
