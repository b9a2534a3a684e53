// Build-time state shared by the ~6 400 prerendered area pages: the catalogue, every indicator file indexed by area
// and the locator map's layers, each read and computed once per build, not once per page.
import { loadCatalogue, loadIndicatorFile, loadTopology } from '$lib/server/dataset';
import type { Level } from '$lib/types/dataset';
import { areaKey, profileSources, type AreaRef, type ProfileSources } from './areaProfile';
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
		sources = profileSources(c, c.indicators.map((i) => loadIndicatorFile(i.id)));
	}
	return sources;
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
