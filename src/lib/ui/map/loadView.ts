// Assembles what one map view needs (shapes, values, city value, grouping outlines) from injected sources, so the
// same code runs at prerender (files on disk) and in the browser (small JSON before DuckDB is ready, DuckDB after).
import type { Topology } from 'topojson-specification';
import type { GroupingLite } from './catalogue';
import type { Indicator, Level, ObservationStatus } from '$lib/types/dataset';
import type { CityValue } from '$lib/model/areaRows';
import type { ViewState } from '$lib/state/viewState';
import { layerPath, outlineOf, shapesFromTopology, type MapFrame, type MapShape } from '$lib/model/mapShapes';

export interface ViewValue {
	code: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	status: ObservationStatus | 'user';
	/** Respondents and margin of error, only for a user's own table. */
	n?: number | null;
	moe?: number | null;
}

export interface ViewOutline {
	id: string;
	d: string;
	dash: string;
}

export interface LoadedView {
	state: ViewState;
	/** The shown indicator's full catalogue entry (definition, source, caveats). */
	meta: Indicator;
	shapes: MapShape[];
	values: ViewValue[];
	/** The whole city's value (kommun level), or null where there is none; `cityApproximate`: estimated from finer
	 * areas by the build, not the source's own figure. */
	city: number | null;
	cityApproximate: boolean;
	water: string;
	outlines: ViewOutline[];
}

/** One indicator's rows at a level in a year, and the whole city's value (its kommun row, or null). */
export interface ViewRows extends CityValue {
	values: ViewValue[];
}

export interface ViewSources {
	topology(key: Level | 'water' | 'utsatta2023'): Promise<Topology>;
	meta(indicator: string): Promise<Indicator>;
	/** The level's rows with the city's value: one request (after DuckDB is ready, one query). */
	values(indicator: string, level: Level, year: number): Promise<ViewRows>;
}

/** Dash patterns so groupings are told apart without colour. */
export const DASHES: Record<string, string> = {
	fokus2025: '',
	stadsdelslyftet: '9 4',
	utsatta2023: '2 3',
	utsatta2025: '12 3 2 3',
	// The user's own grouping (src/lib/state/customGrouping.ts): dash, dot, dot.
	egen: '8 2 2 2 2 2'
};

/** What a map at a level draws besides the values: its areas, the water and the shown groupings' outlines. */
export interface LevelGeometry {
	shapes: MapShape[];
	water: string;
	outlines: ViewOutline[];
}

/**
 * The geometry of a map at `mapLevel` with `groupingIds` outlined (none for a level without a map). The projections are
 * remembered per topology (mapShapes), so a second call for the same level and groupings costs only the lookups.
 */
export async function levelGeometry(
	src: Pick<ViewSources, 'topology'>,
	frame: MapFrame,
	groupings: GroupingLite[],
	groupingIds: readonly string[],
	mapLevel: Level | null
): Promise<LevelGeometry> {
	// The water is drawn for orientation only: a map whose water layer cannot be loaded still shows every value.
	const [topo, water] = await Promise.all([
		mapLevel ? src.topology(mapLevel) : Promise.resolve(null),
		src.topology('water').catch(() => null)
	]);
	const shapes = topo && mapLevel ? shapesFromTopology(topo, mapLevel, frame) : [];
	const outlines: ViewOutline[] = [];
	for (const id of groupingIds) {
		const g = groupings.find((x) => x.id === id);
		if (!g) continue;
		let d = '';
		if (id === 'utsatta2023') d = layerPath(await src.topology('utsatta2023'), 'utsatta2023', frame);
		else if (topo && mapLevel) d = outlineOf(topo, mapLevel, new Set(g.memberships[mapLevel] ?? []), frame);
		if (d) outlines.push({ id, d, dash: DASHES[id] ?? '6 3' });
	}
	return { shapes, outlines, water: water ? layerPath(water, 'water', frame) : '' };
}

export async function loadView(
	src: ViewSources,
	frame: MapFrame,
	groupings: GroupingLite[],
	state: ViewState,
	mapLevel: Level | null
): Promise<LoadedView> {
	const [meta, geometry, { values, city, cityApproximate }] = await Promise.all([
		src.meta(state.indicator),
		levelGeometry(src, frame, groupings, state.groupings, mapLevel),
		src.values(state.indicator, state.level, state.year)
	]);
	return { state, meta, values, city, cityApproximate, ...geometry };
}
