// Reads the raw mirror's GeoJSON and CSV files, and names the geographic inputs by their path under the mirror.
import { csvObjects } from '../csv.ts';
import { readMirrorJson, readMirrorText } from '../mirror.ts';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Paths under the raw mirror root (data/raw) of every geographic input. */
export const GEO_FILES = {
	stadsdelsomrade: 'geo/soleildeminuit_stockholm_stadsdelsomraden/stadsdelsomraden_2020.geojson',
	stadsdel: 'geo/kthhealthdata_stockholm_stadsdelar/geojson/simplified/stadsdelar.geo.json',
	water: 'geo/kthhealthdata_stockholm_stadsdelar/geojson/simplified/vatten.geo.json',
	deso: 'geo/scb_deso2018_via_stockholm-metroboomin/deso_2018_stockholm_kommun_clean.geojson',
	regso: 'geo/scb_deso2018_via_stockholm-metroboomin/regso_2020_stockholm_kommun_from_deso2018.geojson',
	regso2025Rings: 'stats/am_dashboard_deso2025/regso2025_stockholm_rings_encoded.json',
	valdistrikt2018: 'stats/valmyndigheten/stockholm_valdistrikt_2018.geojson',
	valdistrikt2022: 'stats/valmyndigheten/stockholm_valdistrikt_2022.geojson',
	valdistriktTable: 'stats/valmyndigheten/stockholm_0180_valdistrikt_2014_2022.csv',
	sdo2007Table: 'stats/statistik_om_stockholm/stadsdelsomraden_tabeller_transkriberade.csv',
	utsatta2023: 'geo/polisen_utsatta_omraden/uso_2023_stockholm_kommun.geojson',
	utsatta2025: 'geo/polisen_utsatta_omraden/utsatta_omraden_2025_stockholm_kommun.csv',
	stadsdelToSdo: 'geo/crosswalks/stadsdel_till_stadsdelsomrade.csv',
	desoToStadsdel: 'geo/crosswalks/deso2018_till_stadsdel_och_stadsdelsomrade.csv',
	regsoToStadsdel: 'geo/crosswalks/regso2020_till_stadsdel_och_stadsdelsomrade.csv',
	deso2025ToDeso: 'geo/crosswalks/deso2025_till_deso2018.csv',
	usoOverlay: 'geo/crosswalks/uso2023_x_deso2018_regso2020_overlay_landyta.csv'
} as const;

export type GeoFile = keyof typeof GEO_FILES;

export type CsvRow = Record<string, string>;

export function readCsv(rawDir: string, file: GeoFile): CsvRow[] {
	return csvObjects(readMirrorText(rawDir, GEO_FILES[file]), GEO_FILES[file]).rows;
}

export function readFeatures(rawDir: string, file: GeoFile): Feature<Geometry>[] {
	const collection = readMirrorJson<FeatureCollection>(rawDir, GEO_FILES[file]);
	if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) throw new Error(`${GEO_FILES[file]}: not a FeatureCollection`);
	collection.features.forEach((f, i) => checkCoordinates(f?.geometry, `${GEO_FILES[file]} feature ${i}`));
	return collection.features;
}

/**
 * Fails, naming the feature, on a coordinate that is not a finite number: still valid JSON, a damaged one would
 * otherwise turn the area's land, parents and outline into NaN and build with warnings only.
 */
function checkCoordinates(geometry: Geometry | null | undefined, where: string): void {
	if (!geometry) return;
	if (geometry.type === 'GeometryCollection') return geometry.geometries.forEach((g) => checkCoordinates(g, where));
	const walk = (c: unknown): void => {
		if (Array.isArray(c)) return c.forEach(walk);
		if (typeof c !== 'number' || !Number.isFinite(c))
			throw new Error(`${where}: coordinate ${JSON.stringify(c)} is not a number; the file is corrupt`);
	};
	walk(geometry.coordinates);
}

/** A CSV cell that must be present; fails with file and row otherwise. */
export function cell(row: CsvRow, column: string, where: string): string {
	const value = row[column];
	if (value === undefined || value === '') throw new Error(`${where}: missing '${column}'`);
	return value;
}

/** A CSV cell that must be a number; fails with file, row, column and the text otherwise (Number('abc') is NaN). */
export function numberCell(row: CsvRow, column: string, where: string): number {
	const text = cell(row, column, where);
	const n = Number(text);
	if (text.trim() === '' || !Number.isFinite(n)) throw new Error(`${where}: '${column}' is not a number: '${text}'`);
	return n;
}
