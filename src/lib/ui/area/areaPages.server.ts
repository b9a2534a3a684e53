// Build-time state shared by the ~6 400 prerendered area pages: the catalogue, every indicator file indexed by area
// and the locator map's layers, each read and computed once per build, not once per page.
import { loadCatalogue, loadIndicatorFile, loadParts, loadTopology } from '$lib/server/dataset';
import type { BuiltCatalogue, Level } from '$lib/types/dataset';
import { lookupFromFiles, type RowLookup } from '$lib/model/aggregate';
import { specFor } from '$lib/model/compareSpecs';
import { aggregateSetsPure } from '$lib/model/setSource';
import { areaKey, profileSources, cityLikePartsOf, type AreaRef, type CityLikeParts, type ProfileSources } from './areaProfile';
import { mapTarget, miniBase, miniBaseSvg, miniFrame, miniShapes, simplifyForFrame, type MiniShape } from './miniMap';

/** Thumbnail width in px; the height follows the main map's frame. */
const MINI_WIDTH = 240;
/** Triangles under half a square pixel are invisible in the thumbnail. */
const MINI_MIN_AREA_PX2 = 0.5;
/** The coarse layer drawn under every highlighted area. */
const BASE_LEVEL: Level = 'stadsdelsomrade';

let sources: ProfileSources | null = null;
export function areaSources(): ProfileSources {
	if (!sources) {
		const c = loadCatalogue();
		sources = { ...profileSources(c, c.indicators.map((i) => loadIndicatorFile(i.id))), cityLikeParts: cityLikeParts(c) };
	}
	return sources;
}

/**
 * The whole city as the comparison and the factsheets compute it beside their groupings: the one aggregate over every
 * area of the level (from counts, through the fine areas the rows were carried from), once per level, indicator and
 * year, with the aggregate's flags and coverage beside the value.
 */
function cityLikeParts(c: BuiltCatalogue): NonNullable<ProfileSources['cityLikeParts']> {
	const lookups = new Map<Level, RowLookup>();
	const lookupAt = (l: Level) => lookups.get(l) ?? lookups.set(l, lookupFromFiles(l, (id) => loadIndicatorFile(id).rows)).get(l)!;
	const ctx = { ...c, parts: loadParts() };
	const computed = new Map<string, CityLikeParts | null>();
	const codesAt = new Map<Level, string[]>();
	for (const a of c.areas) codesAt.set(a.level, [...(codesAt.get(a.level) ?? []), a.code]);
	return (level, indicator, year) => {
		const key = `${level}|${indicator}|${year}`;
		if (computed.has(key)) return computed.get(key)!;
		const ind = c.indicators.find((i) => i.id === indicator);
		const codes = codesAt.get(level) ?? [];
		// The figure keeps what the aggregate says of it (approximate, derived, coverage): never the value alone.
		const parts = ind && ind.unit !== 'category' ? cityLikePartsOf(aggregateSetsPure(lookupAt, ctx, level, [specFor(c, level, ind, year)], [{ key: 'hela_staden', codes }])[0]![0]!) : null;
		computed.set(key, parts);
		return parts;
	};
}

const shapesByLevel = new Map<Level, Map<string, MiniShape>>();

function frame() {
	return miniFrame(loadCatalogue().frame, MINI_WIDTH);
}

/** The locator's base layer (stadsdelsområden), served once as /omrade/karta.svg. */
export function miniBaseFile(): string {
	return miniBaseSvg(miniBase(simplifyForFrame(loadTopology(BASE_LEVEL), frame(), MINI_MIN_AREA_PX2), BASE_LEVEL, frame()));
}

export interface AreaMiniMap {
	width: number;
	height: number;
	highlight: MiniShape;
	/** The area drawn: the page's own, or the parent standing in for it when its level has no geometry. */
	shown: AreaRef;
}

export function areaMiniMap(level: Level, code: string): AreaMiniMap | null {
	const c = loadCatalogue();
	const s = areaSources();
	const area = s.areas.get(areaKey(level, code));
	if (!area) return null;
	const target = mapTarget(area, c.geoLevels);
	if (!target) return null;
	let shapes = shapesByLevel.get(target.level);
	if (!shapes) shapesByLevel.set(target.level, (shapes = miniShapes(loadTopology(target.level), target.level, frame())));
	const highlight = shapes.get(target.code);
	if (!highlight) return null;
	const shownName = s.areas.get(areaKey(target.level, target.code))?.name ?? target.code;
	const f = frame();
	return { width: f.width, height: f.height, highlight, shown: { level: target.level, code: target.code, name: shownName } };
}
