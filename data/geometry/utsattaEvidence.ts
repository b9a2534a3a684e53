// What the Polisen groupings are built from: each area's land share inside the 2023 polygons and the share of an
// område's land it holds (SCB units from the mirror's overlay table, stadsdel and valdistrikt by our own overlap) and the 2025 list's RegSO name matches.
import type { Level } from '../../src/lib/types/dataset.ts';
import type { AreaPolygons } from './areas.ts';
import { polygonIndex } from './polygonIndex.ts';
import { cell, numberCell, readCsv, GEO_FILES } from './readers.ts';
import { landSamples, overlapShares } from './sampling.ts';

export interface UtsattaEvidence {
	/** Level → code → share of the area's land inside any 2023 utsatt område polygon. */
	landShare2023: Partial<Record<Level, Map<string, number>>>;
	/** Level → code → the largest share of one 2023 område's land that lies in the area. */
	holdsShare2023: Partial<Record<Level, Map<string, number>>>;
	/** RegSO codes name-matched to each area on the 2025 list (empty where none matches, e.g. Hjulsta). */
	regso2025List: { omrade: string; kategori: string; regso: string[] }[];
}

const TABLE_LEVEL: Record<string, Level> = { DeSO_2018: 'deso', RegSO_2020: 'regso' };

export function readUtsattaEvidence(rawDir: string, polygons: AreaPolygons): UtsattaEvidence {
	const landShare2023: UtsattaEvidence['landShare2023'] = {};
	const holdsShare2023: UtsattaEvidence['holdsShare2023'] = {};
	const keepMax = (map: Map<string, number>, code: string, share: number) => map.set(code, Math.max(map.get(code) ?? 0, share));
	readCsv(rawDir, 'usoOverlay').forEach((row, i) => {
		const where = `${GEO_FILES.usoOverlay} row ${i + 2}`;
		const level = TABLE_LEVEL[cell(row, 'niva', where)];
		if (!level) throw new Error(`${where}: unknown niva '${row.niva}'`);
		const shares = (landShare2023[level] ??= new Map());
		const code = cell(row, 'kod', where);
		// The polygons do not overlap, so a unit's shares in different områden add up.
		shares.set(code, (shares.get(code) ?? 0) + numberCell(row, 'andel_av_enhetens_landyta_inom_uso', where));
		keepMax((holdsShare2023[level] ??= new Map()), code, numberCell(row, 'andel_av_uso_landyta', where));
	});
	const water = polygonIndex(polygons.water.map((geometry) => ({ code: 'water', geometry })));
	const uso = polygonIndex(polygons.utsatta2023.map((u) => ({ code: 'uso', geometry: u.geometry })));
	for (const level of ['stadsdel', 'valdistrikt2018', 'valdistrikt2022'] as const) {
		const shares = new Map<string, number>();
		for (const shape of polygons.shapes[level] ?? []) {
			const { points } = landSamples(shape.geometry, water, 400);
			const inside = points.filter(([x, y]) => uso.locate(x, y) !== null).length;
			if (inside > 0) shares.set(shape.code, inside / points.length);
		}
		landShare2023[level] = shares;
		const index = polygonIndex(polygons.shapes[level] ?? []);
		const holds = (holdsShare2023[level] = new Map<string, number>());
		for (const u of polygons.utsatta2023) {
			for (const { code, share } of overlapShares(landSamples(u.geometry, water, 400).points, index)) keepMax(holds, code, share);
		}
	}
	return { landShare2023, holdsShare2023, regso2025List: readRegso2025List(rawDir) };
}

/**
 * The Police's 2025 list with the RegSO matched by name to each område (none for an område without a RegSO of its
 * name). The column must be there: renamed, every område would read as unmatched and the grouping build empty.
 */
export function readRegso2025List(rawDir: string): UtsattaEvidence['regso2025List'] {
	return readCsv(rawDir, 'utsatta2025').map((row, i) => {
		const where = `${GEO_FILES.utsatta2025} row ${i + 2}`;
		const matched = row.regsokod_namnmatch;
		if (matched === undefined) throw new Error(`${where}: no column 'regsokod_namnmatch' (columns: ${Object.keys(row).join(', ')})`);
		return {
			omrade: cell(row, 'omrade_2025', where),
			kategori: cell(row, 'kategori_2025', where),
			regso: matched.split(';').filter(Boolean)
		};
	});
}
