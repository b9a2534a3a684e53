// Every area of every level with its parents (from geometry, checked against the crosswalk tables) and land area.
import { LEVELS, type Area, type Level } from '../../src/lib/types/dataset.ts';
import { slug } from '../slug.ts';
import { CITY_PARTS, cityPartOfSdo, sdo2007OfSdo, SDO2007_TO_SDO } from './cityParts.ts';
import { reconcileParents, splitWarnings } from './crosswalkCheck.ts';
import { deso2025Rows, desoTable, regsoTable, sdoLandKm2, stadsdelTable } from './crosswalkTables.ts';
import { readLevelShapes, readUtsatta2023, readWater, type SourceLevel, type UtsattShape } from './levelShapes.ts';
import { geometricParents, type GeometricParents } from './parents.ts';
import type { Polygonal, Shape } from './polygonal.ts';
import { polygonIndex, type PolygonIndex } from './polygonIndex.ts';
import { areaKm2, landSamples } from './sampling.ts';
import { sdo2007Names, valdistrikt2014 } from './tableAreas.ts';
import { union } from './union.ts';

export const KOMMUN = { code: '0180', name: 'Stockholm' };

/** Polygons behind the areas, for crosswalks and topologies. */
export interface AreaPolygons {
	shapes: Partial<Record<Level, Shape[]>>;
	water: Polygonal[];
	utsatta2023: UtsattShape[];
}

type Parents = Partial<Record<Level, string>>;

function fitCodes(fits: GeometricParents): Map<string, Parents> {
	return new Map([...fits].map(([code, f]) => [code, Object.fromEntries(Object.entries(f).map(([l, fit]) => [l, fit.code])) as Parents]));
}

/** Adds the levels every area inherits from its stadsdelsområde: city part, 2007 stadsdelsområde, kommun. */
function withCoarse(parents: Parents): Parents {
	const sdo = parents.stadsdelsomrade;
	const out: Parents = { kommun: KOMMUN.code, ...parents };
	if (sdo) {
		const part = cityPartOfSdo().get(sdo);
		if (part) out.innerstad_ytterstad = part;
		const old = sdo2007OfSdo().get(sdo);
		if (old) out.stadsdelsomrade2007 = old;
	}
	return out;
}

function landFromSamples(shape: Shape, water: PolygonIndex): number {
	return areaKm2(shape.geometry) * landSamples(shape.geometry, water, 400).landFraction;
}

export function buildAreas(rawDir: string): { areas: Area[]; polygons: AreaPolygons; warnings: string[] } {
	const { shapes: src, warnings } = readLevelShapes(rawDir);
	const water = readWater(rawDir);
	const waterIndex = polygonIndex(water.map((geometry) => ({ code: 'water', geometry })));
	const byName = new Map(src.stadsdelsomrade.map((s) => [s.name, s]));
	const cityParts: Shape[] = CITY_PARTS.map((p) => ({
		code: slug(p.name),
		name: p.name,
		geometry: union(p.stadsdelsomraden.map((n) => {
			const s = byName.get(n);
			if (!s) throw new Error(`stadsdelsområde '${n}' of ${p.name} is not in the polygon file`);
			return s.geometry;
		}))
	}));
	const kommun: Shape = { ...KOMMUN, geometry: union(src.stadsdelsomrade.map((s) => s.geometry)) };
	const shapes: Record<SourceLevel | 'kommun' | 'innerstad_ytterstad', Shape[]> = { ...src, kommun: [kommun], innerstad_ytterstad: cityParts };

	const sdo = { level: 'stadsdelsomrade' as const, shapes: src.stadsdelsomrade };
	const stadsdel = { level: 'stadsdel' as const, shapes: src.stadsdel };
	const regso = { level: 'regso' as const, shapes: src.regso };
	const tables = { stadsdel: stadsdelTable(rawDir), deso: desoTable(rawDir), regso: regsoTable(rawDir) };
	const checked = (level: Level, fits: GeometricParents, table: (typeof tables)[keyof typeof tables]) => {
		const r = reconcileParents(level, fits, table);
		warnings.push(...r.warnings, ...splitWarnings(level, fits, 'stadsdelsomrade'));
		return r.parents;
	};
	const regso2025Fits = geometricParents(src.regso2025, [sdo, stadsdel, regso], waterIndex);
	const parents: Record<SourceLevel, Map<string, Parents>> = {
		stadsdelsomrade: new Map(src.stadsdelsomrade.map((s) => [s.code, {}])),
		stadsdel: checked('stadsdel', geometricParents(src.stadsdel, [sdo], waterIndex), tables.stadsdel),
		regso: checked('regso', geometricParents(src.regso, [sdo, stadsdel], waterIndex), tables.regso),
		deso: checked('deso', geometricParents(src.deso, [sdo, stadsdel, regso], waterIndex), tables.deso),
		regso2025: fitCodes(regso2025Fits),
		valdistrikt2018: fitCodes(geometricParents(src.valdistrikt2018, [sdo, stadsdel, regso], waterIndex)),
		valdistrikt2022: fitCodes(geometricParents(src.valdistrikt2022, [sdo, stadsdel, regso], waterIndex))
	};
	for (const [code, fits] of regso2025Fits) {
		if (fits.regso?.code !== code) {
			warnings.push(`regso2025 ${code}: geometry places it in regso ${fits.regso?.code ?? 'none'} (${Math.round((fits.regso?.share ?? 0) * 100)} %), not the RegSO 2020 with the same code; kept the geometric parent`);
		}
	}

	const sdoLand = sdoLandKm2(rawDir);
	const land = (level: SourceLevel, s: Shape): number => {
		if (level === 'stadsdelsomrade') return sdoLand.get(s.code) ?? NaN;
		if (level === 'stadsdel' || level === 'regso' || level === 'deso') return tables[level].landKm2.get(s.code) ?? NaN;
		// RegSO 2025 outlines were clipped to land upstream; valdistrikt lose the water the stadsdelar layer marks.
		if (level === 'regso2025') return areaKm2(s.geometry);
		return landFromSamples(s, waterIndex);
	};
	const round = (km2: number) => Math.round(km2 * 1000) / 1000;
	const areas: Area[] = [];
	const sdoAreas = src.stadsdelsomrade.map((s) => round(land('stadsdelsomrade', s)));
	const sumSdo = (codes: string[]) => codes.reduce((t, c) => t + (sdoAreas[src.stadsdelsomrade.findIndex((s) => s.code === c)] ?? NaN), 0);
	areas.push({ level: 'kommun', code: KOMMUN.code, name: KOMMUN.name, parents: {}, landAreaKm2: round(sumSdo(src.stadsdelsomrade.map((s) => s.code))), hasGeometry: true });
	for (const p of CITY_PARTS) {
		areas.push({ level: 'innerstad_ytterstad', code: slug(p.name), name: p.name, parents: { kommun: KOMMUN.code }, landAreaKm2: round(sumSdo(p.stadsdelsomraden.map(slug))), hasGeometry: true });
	}
	for (const level of Object.keys(src) as SourceLevel[]) {
		for (const s of src[level]) {
			const p = level === 'stadsdelsomrade' ? { innerstad_ytterstad: cityPartOfSdo().get(s.code) ?? '' } : (parents[level].get(s.code) ?? {});
			areas.push({ level, code: s.code, name: s.name, parents: withCoarse(p), landAreaKm2: round(land(level, s)), hasGeometry: true });
			if (!p.stadsdelsomrade && level !== 'stadsdelsomrade') warnings.push(`${level} ${s.code}: lies in no stadsdelsområde`);
		}
	}

	const desoArea = new Map(areas.filter((a) => a.level === 'deso').map((a) => [a.code, a]));
	for (const row of deso2025Rows(rawDir)) {
		const parent = desoArea.get(row.deso2018);
		if (!parent) {
			warnings.push(`deso2025 ${row.deso2025}: its DeSO 2018 ${row.deso2018} has no polygon`);
			continue;
		}
		if (parent.parents.regso !== row.regso2020) warnings.push(`deso2025 ${row.deso2025}: table gives regso ${row.regso2020}, its DeSO 2018 lies in ${parent.parents.regso}`);
		areas.push({
			level: 'deso2025',
			code: row.deso2025,
			name: row.deso2025,
			parents: { ...parent.parents, deso: row.deso2018, regso2025: row.regso2025 },
			// An unchanged code means an unchanged area; split areas have no polygon here.
			landAreaKm2: row.relation === 'same_code' ? parent.landAreaKm2 : null,
			hasGeometry: false
		});
	}

	const sdo2007 = sdo2007Names(rawDir);
	warnings.push(...sdo2007.warnings);
	for (const name of sdo2007.names) {
		const current = SDO2007_TO_SDO[name];
		const currentCode = current ? slug(current) : undefined;
		const same = currentCode !== undefined && sdo2007OfSdo().get(currentCode) === slug(name);
		const parents: Parents = { kommun: KOMMUN.code };
		if (currentCode) {
			parents.stadsdelsomrade = currentCode;
			const part = cityPartOfSdo().get(currentCode);
			if (part) parents.innerstad_ytterstad = part;
		}
		areas.push({ level: 'stadsdelsomrade2007', code: slug(name), name, parents, landAreaKm2: same ? (sdoAreas[src.stadsdelsomrade.findIndex((s) => s.code === currentCode)] ?? null) : null, hasGeometry: false });
	}
	for (const [code, name] of valdistrikt2014(rawDir)) {
		areas.push({ level: 'valdistrikt2014', code, name, parents: { kommun: KOMMUN.code }, landAreaKm2: null, hasGeometry: false });
	}

	const order = (l: Level) => LEVELS.indexOf(l);
	areas.sort((a, b) => order(a.level) - order(b.level) || a.code.localeCompare(b.code));
	return { areas, polygons: { shapes, water, utsatta2023: readUtsatta2023(rawDir) }, warnings };
}
