// Browser-side sources for a map view: TopoJSON and per-indicator JSON before DuckDB is ready, DuckDB queries after
// (and the indicators' entries from one small file, fetched once DuckDB is ready, instead of each indicator's rows).
import type { Level } from '$lib/types/dataset';
import type { ViewState } from '$lib/state/viewState';
import { fetchIndicatorFile, fetchIndicators, fetchTopology } from '$lib/data/staticFiles';
import { dbState, onDbState, run } from '$lib/data/db';
import { indicatorValuesWithCity } from '$lib/data/queries/indicatorValues';
import { toFailure, type Result } from '$lib/data/result';
import type { ClientCatalogue } from './catalogue';
// Static, not a dynamic import: a first change of indicator or year on a freshly loaded page would otherwise wait for
// this module and d3-geo to download (a round trip behind DuckDB's files, measured ~60 ms on two cores).
import { levelGeometry, loadView, type LoadedView, type ViewRows, type ViewSources } from './loadView';
import { userSource } from '$lib/ui/byo/userSource';
import { isUserIndicator } from '$lib/ui/byo/userData.svelte';
import { areaRowsWithCity, cityValue } from '$lib/model/areaRows';
import { browserIdle, warmLevels, type Idle } from './warmLevels';

function unwrap<T>(r: Result<T>): T {
	if (!r.ok) throw Object.assign(new Error(r.error.detail), { failure: r.error });
	return r.value;
}

export function browserSources(base: string) {
	onDbState((s) => s.status === 'ready' && void fetchIndicators(base));
	const src: ViewSources = {
		topology: async (key) => unwrap(await fetchTopology(base, key)),
		meta: async (id) => {
			// A user's own indicator lives in this browser only: never fetched.
			if (isUserIndicator(id)) return userSource.meta(id) ?? Promise.reject(new Error(`data-file-missing:${id}`));
			if (dbState().status === 'ready') {
				const all = await fetchIndicators(base);
				const found = all.ok ? all.value.find((i) => i.id === id) : undefined;
				if (found) return found;
			}
			return unwrap(await fetchIndicatorFile(base, id)).indicator;
		},
		async values(indicator: string, level: Level, year: number): Promise<ViewRows> {
			if (isUserIndicator(indicator)) {
				const [values, city] = await Promise.all([userSource.values(indicator, level, year), userSource.values(indicator, 'kommun', year)]);
				return { values: values ?? [], ...cityValue(city?.[0]) };
			}
			if (dbState().status === 'ready') {
				const r = await run((c) => indicatorValuesWithCity(c, { indicator, level, year }));
				if (r.ok) return r.value;
			}
			const file = unwrap(await fetchIndicatorFile(base, indicator));
			return areaRowsWithCity(file.rows, level, year);
		}
	};
	return {
		/**
		 * Prepares these levels' geometry with these groupings outlined, one level at a time, each when `idle` runs it (by
		 * default one per idle period; see warmLevels). Returns a cancel.
		 */
		warm(catalogue: ClientCatalogue, groupingIds: readonly string[], levels: readonly Level[], idle: Idle = browserIdle): () => void {
			return warmLevels(levels, (level) => levelGeometry(src, catalogue.frame, catalogue.groupings, groupingIds, level), idle);
		},
		async load(catalogue: ClientCatalogue, state: ViewState, mapLevel: Level | null): Promise<Result<LoadedView>> {
			try {
				return { ok: true, value: await loadView(src, catalogue.frame, catalogue.groupings, state, mapLevel) };
			} catch (e) {
				const f = (e as { failure?: ReturnType<typeof toFailure> }).failure;
				return { ok: false, error: f ?? toFailure(e) };
			}
		}
	};
}
