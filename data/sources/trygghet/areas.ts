// Stockholm's area lists for the trygghet sources: SDO vintages, innerstad/ytterstad, and mapping source levels to ours.
import { csvObjects } from '../../csv.ts';
import type { Level } from '../../../src/lib/types/dataset.ts';
import { slug } from '../../slug.ts';

/** The 13 stadsdelsområden from 2020. */
export const SDO_2020 = [
	'Rinkeby-Kista',
	'Spånga-Tensta',
	'Hässelby-Vällingby',
	'Bromma',
	'Kungsholmen',
	'Norrmalm',
	'Östermalm',
	'Södermalm',
	'Enskede-Årsta-Vantör',
	'Skarpnäck',
	'Farsta',
	'Hägersten-Älvsjö',
	'Skärholmen'
] as const;

/** The 14 stadsdelsområden of 2007–2019. */
export const SDO_2007 = [
	...SDO_2020.filter((n) => n !== 'Hägersten-Älvsjö'),
	'Hägersten-Liljeholmen',
	'Älvsjö'
] as const;

const SDO_2020_SLUGS = new Set(SDO_2020.map(slug));
const SDO_2007_SLUGS = new Set(SDO_2007.map(slug));

// The region split lives with the app's models (the trygghet page counts notices by it); re-exported for the loader.
export { innerstadYtterstad, JARVA, type InnerstadYtterstad } from '../../../src/lib/model/cityRegions.ts';

export function isSdo2020(code: string): boolean {
	return SDO_2020_SLUGS.has(code);
}

/** Stadsdel slug → its name and primary (largest land share) current SDO slug, from the geo crosswalk. */
export interface StadsdelIndex {
	names: Map<string, string>;
	sdoOf: Map<string, string>;
}

/** Parses geo/crosswalks/stadsdel_till_stadsdelsomrade.csv (columns `stadsdel`, `stadsdelsomrade`). */
export function parseStadsdelIndex(text: string, file = 'stadsdel crosswalk'): StadsdelIndex {
	const { columns, rows } = csvObjects(text, file);
	for (const col of ['stadsdel', 'stadsdelsomrade']) {
		if (!columns.includes(col)) throw new Error(`${file}: missing column '${col}'`);
	}
	const names = new Map<string, string>();
	const sdoOf = new Map<string, string>();
	for (const r of rows) {
		const name = r.stadsdel ?? '';
		const code = slug(name);
		names.set(code, name);
		sdoOf.set(code, slug(r.stadsdelsomrade ?? ''));
	}
	return { names, sdoOf };
}

export interface ResolvedArea {
	level: Level | null;
	code: string | null;
}

/**
 * Maps an area as the raw files name it to our level and code. Only unambiguous cases map; police areas, the län,
 * the country, sums of areas and unknown names return level null (the name is kept by the caller).
 */
export function resolveArea(sourceLevel: string, name: string, stadsdelar: StadsdelIndex | null): ResolvedArea {
	const none: ResolvedArea = { level: null, code: null };
	const code = slug(name);
	switch (sourceLevel) {
		case 'kommun':
			return /^Stockholm( \(0180\))?$/.test(name) ? { level: 'kommun', code: '0180' } : none;
		case 'stadsdelsomrade_2020':
			return SDO_2020_SLUGS.has(code) ? { level: 'stadsdelsomrade', code } : none;
		case 'stadsdelsomrade_2007_2020':
			return SDO_2007_SLUGS.has(code) ? { level: 'stadsdelsomrade2007', code } : none;
		case 'stadsdel':
			return stadsdelar?.names.has(code) ? { level: 'stadsdel', code } : none;
		default:
			return none;
	}
}

/** The current stadsdelsområden as the stadsdel crosswalk names them, and the pre-2020 ones it no longer has. */
export function districtNamesFromCrosswalk(text: string, file = 'stadsdel crosswalk'): { current: string[]; before2020: string[] } {
	const current = [...new Set(csvObjects(text, file).rows.map((r) => r.stadsdelsomrade ?? '').filter((n) => n !== ''))].sort((a, b) => a.localeCompare(b, 'sv'));
	const known = new Set(current.map(slug));
	return { current, before2020: SDO_2007.filter((n) => !known.has(slug(n))) };
}
