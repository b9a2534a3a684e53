// The map's grouping figures (and the whole city computed like them), through the one aggregate definition:
// from the rows on screen before DuckDB is ready (ratios and complete sums; means need weights the screen lacks),
// through DuckDB after (every kind, weighted and with coverage by population). Both build the same specs and sets.
import { base } from '$app/paths';
import { run } from '$lib/data/db';
import { compareAll } from '$lib/data/queries/compareAll';
import { fetchIndicatorFile, fetchParts } from '$lib/data/staticFiles';
import { aggregateSets, aggregateSetsPure, planSets, type AreaParts } from '$lib/model/setSource';
import { aggregatePure, type CodeSet, type CompareCell, type ObsRow } from '$lib/model/aggregate';
import { areaRows, type FileRow } from '$lib/model/areaRows';
import type { Level } from '$lib/types/dataset';
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
	derived: boolean;
	nMissing: number;
	/** The population of the set's areas with data, and of all of them (null where unknown: the rows on screen). */
	populationCovered: number | null;
	populationTotal: number | null;
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
		const { value, approximate, derived, nMissing, populationCovered, populationTotal } = c;
		return { id: s.key, value, approximate, derived, nMissing, populationCovered, populationTotal, pending: pending(c) };
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
 * Before DuckDB is ready, from the indicator's own file (every level) and the parts file: the same plan as after
 * (a set that is an exact union of the fine areas its rows were carried from is computed from those), so the figure
 * and its flag do not change when DuckDB answers. No weights: means stay null, as with the rows on screen.
 */
export function groupingSummaryFromFile(
	catalogue: ClientCatalogue,
	meta: IndicatorLite,
	state: ViewState,
	fileRows: readonly FileRow[],
	parts: AreaParts,
	allCodes: readonly string[]
): SummaryValue[] {
	const none = new Map<string, ObsRow>();
	const lookupAt = (level: Level) => {
		const byCode = new Map<string, ObsRow>(areaRows(fileRows, level, state.year).map((r) => [r.code, r]));
		return (indicator: string, year: number) => (indicator === meta.id && year === state.year ? byCode : none);
	};
	const sets = setsFor(catalogue, state, allCodes);
	const spec = { ...specFor(catalogue, state.level, meta, state.year), population: null };
	const cells = aggregateSetsPure(lookupAt, { ...catalogue, parts }, state.level, [spec], sets);
	return summary(sets, cells[0]!, (c) => meta.aggregation.kind === 'sum' && c.value === null && c.nMissing < c.nAreas);
}

/**
 * The same from the static files (cached). Null, and the rows on screen stay, when they would read the same (no
 * grouping is an exact union of finer areas; the city's value is the same either way) or a file could not be read:
 * so the indicator's file is fetched only when it can change what the summary says.
 */
export async function groupingSummaryBeforeReady(catalogue: ClientCatalogue, meta: IndicatorLite, state: ViewState, allCodes: readonly string[]): Promise<SummaryValue[] | null> {
	const parts = await fetchParts(base);
	if (!parts.ok) return null;
	const groupings = setsFor(catalogue, state, allCodes).filter((s) => s.key !== CITY_SET);
	const spec = specFor(catalogue, state.level, meta, state.year);
	if (planSets({ ...catalogue, parts: parts.value }, state.level, [spec], groupings).batches.length === 1) return null;
	const file = await fetchIndicatorFile(base, meta.id);
	return file.ok ? groupingSummaryFromFile(catalogue, meta, state, file.value.rows, parts.value, allCodes) : null;
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
