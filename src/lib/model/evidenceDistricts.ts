// Groups quoted trygghet figures by district (stadsdelsområde; a stadsdel under its område) for the evidence tables,
// and picks the rows an area page or the map panel should show. Pure: area parents are passed in, nothing is looked up.
import type { Level } from '../types/dataset.ts';
import type { EvidenceRow, EvidenceSourceType } from '../types/trygghet.ts';

export const SOURCE_TYPES: EvidenceSourceType[] = ['official_table', 'official_release', 'news', 'secondary'];

/** District key of the whole city and of rows whose area has no counterpart of ours (police areas, län, riket). */
export const CITY = 'stockholm';
export const OTHER = 'ovriga';

export interface District {
	/** SDO slug (either vintage: Hägersten-Liljeholmen and Älvsjö keep their own), CITY or OTHER. */
	key: string;
	/** Name as the source writes it (SDO rows) or as the catalogue names the parent (stadsdel rows); '' for CITY/OTHER. */
	name: string;
	rows: EvidenceRow[];
}

/** Parent stadsdelsområde (current) of each stadsdel code, from the catalogue's areas. */
export type StadsdelParents = ReadonlyMap<string, { sdo: string; sdoName: string }>;

export function districtOf(row: EvidenceRow, parents: StadsdelParents): { key: string; name: string } {
	if (row.level === 'kommun') return { key: CITY, name: '' };
	if (row.level === 'stadsdelsomrade' || row.level === 'stadsdelsomrade2007') return { key: row.code!, name: row.areaName };
	if (row.level === 'stadsdel') {
		const p = parents.get(row.code!);
		if (p) return { key: p.sdo, name: p.sdoName };
	}
	return { key: OTHER, name: '' };
}

/** Districts with their rows: named districts alphabetically, then the city, then other areas. Row order kept. */
export function groupByDistrict(rows: readonly EvidenceRow[], parents: StadsdelParents): District[] {
	const map = new Map<string, District>();
	for (const row of rows) {
		const { key, name } = districtOf(row, parents);
		const d = map.get(key);
		if (d) d.rows.push(row);
		else map.set(key, { key, name, rows: [row] });
	}
	const rank = (k: string) => (k === CITY ? 1 : k === OTHER ? 2 : 0);
	return [...map.values()].sort((a, b) => rank(a.key) - rank(b.key) || a.name.localeCompare(b.name, 'sv'));
}

export interface EvidenceFilter {
	district: string | null;
	measure: string | null;
	sourceType: EvidenceSourceType | null;
}

export function matchesFilter(row: EvidenceRow, district: string, f: EvidenceFilter): boolean {
	return (
		(f.district === null || f.district === district) &&
		(f.measure === null || f.measure === row.measure) &&
		(f.sourceType === null || f.sourceType === row.sourceType)
	);
}

/**
 * The quoted figures about one area: rows at exactly that level and code, and for a stadsdelsområde also the rows of
 * the same-named område of the other vintage (2007–2019 / 2020–; the sources' areas kept their boundaries). A stadsdel
 * shows only its own rows; a figure for its district is not a figure for it, so none is borrowed from a parent.
 */
export function evidenceForArea(rows: readonly EvidenceRow[], level: Level, code: string): EvidenceRow[] {
	const sdo: Level[] = ['stadsdelsomrade', 'stadsdelsomrade2007'];
	const levels = sdo.includes(level) ? sdo : [level];
	return rows
		.filter((r) => r.level !== null && levels.includes(r.level) && r.code === code)
		.sort((a, b) => a.measure.localeCompare(b.measure) || (a.year ?? 0) - (b.year ?? 0));
}
