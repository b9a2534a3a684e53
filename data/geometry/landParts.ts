// Which stadsdelar and stadsdelsområden hold a real part of each RegSO's and DeSO's land, from the crosswalk tables'
// land shares, so a set of coarse areas can be tested for being an exact union of them (src/lib/model/setSource.ts).
import type { Area, Level } from '../../src/lib/types/dataset.ts';
import { UNKNOWN_PART, type AreaParts } from '../../src/lib/model/setSource.ts';
import { slug } from '../slug.ts';
import { cell, readCsv, GEO_FILES, type GeoFile } from './readers.ts';

/**
 * SCB's DeSO/RegSO polygons here are simplified and 30–50 m off (geo/SOURCES.md §4), while the stadsdel boundaries are
 * precise: a part no larger than a strip of that width along the area's side is drawing error, not a split.
 */
export const POSITION_ERROR_M = 50;

/** Whether `share` of an area of `landKm2` is more than a POSITION_ERROR_M strip along a side of it (√land long). */
export function isRealPart(share: number, landKm2: number): boolean {
	const m2 = landKm2 * 1e6;
	return share * m2 > POSITION_ERROR_M * Math.sqrt(m2);
}

const COLUMNS = [
	['stadsdel', 'alla_stadsdelar'],
	['stadsdelsomrade', 'alla_stadsdelsomraden']
] as const satisfies readonly [Level, string][];

const TABLES = [
	['regso', 'regsoToStadsdel', 'regsokod_2020'],
	['deso', 'desoToStadsdel', 'desokod']
] as const satisfies readonly [Level, GeoFile, string][];

/** "Akalla:0.531;Hansta:0.428" → [['akalla', 0.531], ['hansta', 0.428]] */
function shares(text: string, where: string): [string, number][] {
	return text.split(';').map((part) => {
		const [name, share] = part.split(':');
		const n = Number(share);
		if (!name || !share?.trim() || !Number.isFinite(n)) throw new Error(`${where}: unreadable land share '${part}'`);
		return [slug(name), n];
	});
}

/**
 * Every RegSO and DeSO with a parent at stadsdel and stadsdelsområde level, with the coarse areas holding a real part
 * of it (the parent first). An area the tables lack gets UNKNOWN_PART beside its parent: never taken as nested.
 */
export function landParts(rawDir: string, areas: Area[]): AreaParts {
	const out: AreaParts = {};
	for (const [fine, file, codeColumn] of TABLES) {
		const rows = new Map<string, { land: number; parts: Partial<Record<Level, [string, number][]>> }>();
		readCsv(rawDir, file).forEach((row, i) => {
			const where = `${GEO_FILES[file]} row ${i + 2}`;
			const land = Number(cell(row, 'landyta_km2', where));
			if (!(land >= 0)) throw new Error(`${where}: unreadable landyta_km2`);
			rows.set(cell(row, codeColumn, where), { land, parts: Object.fromEntries(COLUMNS.map(([l, c]) => [l, shares(cell(row, c, where), where)])) });
		});
		const byCoarse: Partial<Record<Level, Record<string, string[]>>> = {};
		for (const a of areas) {
			if (a.level !== fine) continue;
			const row = rows.get(a.code);
			for (const [coarse] of COLUMNS) {
				const parent = a.parents[coarse];
				if (!parent) continue;
				const others = row
					? (row.parts[coarse] ?? []).filter(([c, s]) => c !== parent && isRealPart(s, row.land)).map(([c]) => c)
					: [UNKNOWN_PART];
				(byCoarse[coarse] ??= {})[a.code] = [parent, ...others];
			}
		}
		out[fine] = byCoarse;
	}
	return out;
}
