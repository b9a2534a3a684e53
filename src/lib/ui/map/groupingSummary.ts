// The map's grouping figures (and the whole city computed like them), through the one aggregate definition:
// from the rows on screen before DuckDB is ready (ratios and complete sums; means need weights the screen lacks),
// through DuckDB after (every kind, weighted and with coverage by population). Both build the same specs and sets.
import { base } from '$app/paths';
import { run } from '$lib/data/db';
import { compareAll } from '$lib/data/queries/compareAll';
import { fetchParts } from '$lib/data/staticFiles';
import { aggregateSets } from '$lib/model/setSource';
import { aggregatePure, type CodeSet, type CompareCell, type ObsRow } from '$lib/model/aggregate';
import { specFor } from '$lib/model/compareSpecs';
import type { ViewState } from '$lib/state/viewState';
import type { ClientCatalogue, IndicatorLite } from './catalogue';
import type { ViewValue } from './loadView';

/** The set of every area on the map: the whole city, computed like the groupings. */
export const CITY_SET = 'hela_staden';

export interface SummaryValue {
	id: string;
	value: number | null;
	approximate: boolean;
	nMissing: number;
	/** A sum the rows on screen cannot settle (an area without a row may hold no one): DuckDB gives it. */
	pending: boolean;
}

function setsFor(catalogue: ClientCatalogue, state: ViewState, allCodes: readonly string[]): CodeSet[] {
	const sets: CodeSet[] = [];
	for (const id of state.groupings) {
		const codes = catalogue.groupings.find((x) => x.id === id)?.memberships[state.level] ?? [];
		if (codes.length) sets.push({ key: id, codes });
	}
	return [...sets, { key: CITY_SET, codes: allCodes }];
}

const summary = (sets: CodeSet[], cells: readonly CompareCell[], pending: (c: CompareCell) => boolean = () => false): SummaryValue[] =>
	sets.map((s, j) => {
		const c = cells[j]!;
		return { id: s.key, value: c.value, approximate: c.approximate, nMissing: c.nMissing, pending: pending(c) };
	});

/**
 * From the rows on screen only: no weights and no population, so means are null and coverage counts areas. `final`:
 * no DuckDB answer will follow (the user's own tables), so a withheld sum is withheld, not pending.
 */
export function groupingSummaryFromRows(
	catalogue: ClientCatalogue,
	meta: IndicatorLite,
	state: ViewState,
	rows: readonly ViewValue[],
	allCodes: readonly string[],
	final: boolean
): SummaryValue[] {
	const spec = specFor(catalogue, state.level, meta, state.year);
	const byCode = new Map<string, ObsRow>(rows.map((r) => [r.code, { ...r, status: r.status === 'user' ? 'ok' : r.status }]));
	const none = new Map<string, ObsRow>();
	const lookup = (indicator: string, year: number) => (indicator === meta.id && year === state.year ? byCode : none);
	const sets = setsFor(catalogue, state, allCodes);
	const cells = sets.map((set) => aggregatePure({ ...spec, population: null }, set, lookup));
	return summary(sets, cells, (c) => !final && meta.aggregation.kind === 'sum' && c.value === null && c.nMissing < c.nAreas);
}

/**
 * Through DuckDB, each set from the areas its figures come from (model/setSource.ts; without the parts file, at the
 * level itself, carried rows flagged approximate): null when a query failed (the on-screen figures then stay).
 */
export async function groupingSummary(catalogue: ClientCatalogue, meta: IndicatorLite, state: ViewState, allCodes: readonly string[]): Promise<SummaryValue[] | null> {
	const sets = setsFor(catalogue, state, allCodes);
	const specs = [specFor(catalogue, state.level, meta, state.year)];
	const parts = await fetchParts(base);
	const failed = new Error('compare query failed');
	const cells = await aggregateSets(
		async (b) => {
			const r = await run((c) => compareAll(c, { ...b, once: true }));
			if (!r.ok) throw failed;
			return r.value;
		},
		{ ...catalogue, parts: parts.ok ? parts.value : {} },
		state.level,
		specs,
		sets
	).catch(() => null);
	return cells ? summary(sets, cells[0]!) : null;
}
