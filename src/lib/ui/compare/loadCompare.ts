// Assembles everything the comparison page draws for one state from injected sources, so the same code runs at
// prerender (the pure aggregation over the built JSON files) and in the browser (DuckDB through the query layer).
// All aggregates — every indicator's latest year and every year of the chosen indicator's series — are one request.
import type { Level } from '$lib/types/dataset';
import type { AreaRow } from '$lib/model/areaRows';
import type { AggregateSpec, CodeSet, CompareCell } from '$lib/model/aggregate';
import { comparableIndicators, latestSpecs, specFor, yearsUpTo } from '$lib/model/compareSpecs';
import { aggregateSets, type AreaParts } from '$lib/model/setSource';
import { seriesFamily } from '$lib/model/seriesFamilies';
import { CITY, type CompareState } from '$lib/state/compareState';
import { resolveSets, type CompareClientCatalogue, type ResolvedSet } from './compareCatalogue';

export type { AreaRow } from '$lib/model/areaRows';

export interface CompareSources {
	/** cells[i][j] = specs[i] over sets[j] */
	compare(level: Level, specs: AggregateSpec[], sets: CodeSet[]): Promise<CompareCell[][]>;
	/** How RegSO and DeSO lie in the coarse areas, so a set that is a union of them is computed from their rows. */
	parts(): Promise<AreaParts>;
	values(indicator: string, level: Level, year: number): Promise<AreaRow[]>;
}

export interface DotRow {
	indicator: string;
	year: number;
	/** One per displayed set (each cell names the year of the population it reports as covered); null where the set does not exist at the level. */
	cells: (CompareCell | null)[];
	city: CompareCell;
}

export interface SeriesSegment {
	indicator: string;
	years: number[];
	/** cells[y][s] */
	cells: (CompareCell | null)[][];
	city: CompareCell[];
}

export interface CompareData {
	state: CompareState;
	sets: ResolvedSet[];
	dot: DotRow[];
	series: SeriesSegment[];
	rank: { indicator: string; year: number; rows: AreaRow[] };
	need: { indicator: string; year: number; rows: AreaRow[] } | null;
	/** The latest year of any figure shown: a shared link holds the view at it (compareShare.heldState). */
	latestShown: number | null;
}

export const SET_NAMES = { city: { sv: 'Hela staden', en: 'Whole city' }, custom: { sv: 'Egen gruppering', en: 'Custom grouping' } };

export async function loadCompare(src: CompareSources, cat: CompareClientCatalogue, state: CompareState): Promise<CompareData> {
	const level = state.level;
	const sets = resolveSets(cat, state, SET_NAMES);
	const allCodes = cat.areas[level].map((a) => a[0]);
	const querySets: CodeSet[] = sets.map((s) => ({ key: s.key, codes: s.codes ?? [] }));
	let cityIdx = sets.findIndex((s) => s.key === CITY);
	if (cityIdx < 0) {
		cityIdx = querySets.length;
		querySets.push({ key: CITY, codes: allCodes });
	}

	const until = state.until;
	const dotSpecs = latestSpecs(cat, level, until);
	const comparable = new Set(comparableIndicators(cat.indicators, level).filter((i) => yearsUpTo(i.years, until).length).map((i) => i.id));
	const family = comparable.has(state.indicator) ? seriesFamily(state.indicator, (id) => comparable.has(id)) : [];
	const seriesSpecs = family.flatMap((id) => {
		const ind = cat.indicators.find((i) => i.id === id)!;
		return yearsUpTo(ind.years, until)
			.sort((a, b) => a - b)
			.map((y) => specFor(cat, level, ind, y));
	});

	const hasYears = (i: { years: number[] }) => yearsUpTo(i.years, until).length > 0;
	const rankInd = cat.indicators.find((i) => i.id === state.indicator && i.levels.includes(level) && hasYears(i));
	const needInd = cat.indicators.find((i) => i.id === state.need && i.levels.includes(level) && i.aggregation.kind === 'ratio' && hasYears(i));
	const rankYear = rankInd ? Math.max(...yearsUpTo(rankInd.years, until)) : 0;
	const needYear = needInd ? Math.max(...yearsUpTo(needInd.years, until)) : 0;

	const [matrix, rankRows, needRows] = await Promise.all([
		src.parts().then((parts) => aggregateSets((b) => src.compare(b.level, b.specs, b.sets), { ...cat, parts }, level, [...dotSpecs, ...seriesSpecs], querySets)),
		rankInd ? src.values(rankInd.id, level, rankYear) : Promise.resolve([]),
		needInd ? src.values(needInd.id, level, needYear) : Promise.resolve([])
	]);

	const pick = (row: CompareCell[]) => sets.map((s, j) => (s.codes === null ? null : row[j]!));
	const dot = dotSpecs.map((s, i) => ({ indicator: s.indicator, year: s.year, cells: pick(matrix[i]!), city: matrix[i]![cityIdx]! }));
	const series: SeriesSegment[] = [];
	let k = dotSpecs.length;
	for (const id of family) {
		const specs = seriesSpecs.filter((s) => s.indicator === id);
		const rows = matrix.slice(k, k + specs.length);
		k += specs.length;
		series.push({ indicator: id, years: specs.map((s) => s.year), cells: rows.map(pick), city: rows.map((r) => r[cityIdx]!) });
	}
	return {
		state,
		sets,
		dot,
		series,
		rank: { indicator: state.indicator, year: rankYear, rows: rankRows },
		need: needInd ? { indicator: needInd.id, year: needYear, rows: needRows } : null,
		latestShown: latestOf([...dot.map((d) => d.year), ...series.flatMap((s) => s.years), ...(rankInd ? [rankYear] : []), ...(needInd ? [needYear] : [])])
	};
}

const latestOf = (years: number[]) => (years.length ? Math.max(...years) : null);
