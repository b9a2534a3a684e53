// Reads each level's polygons from the raw mirror into Shapes with the level's code and display name.
import type { Feature, Geometry } from 'geojson';
import type { Level } from '../../src/lib/types/dataset.ts';
import { slug } from '../slug.ts';
import { cell, readCsv, readFeatures, GEO_FILES, type GeoFile } from './readers.ts';
import { isPolygonal, windForD3, type Polygonal, type Shape } from './polygonal.ts';
import { decodeRegso2025, type EncodedFile } from './regso2025Rings.ts';
import { readMirrorJson } from '../mirror.ts';

/** Levels read from a polygon file (kommun and innerstad_ytterstad are unions of stadsdelsområden). */
export const SOURCE_LEVELS = [
	'stadsdelsomrade',
	'stadsdel',
	'regso',
	'deso',
	'regso2025',
	'valdistrikt2018',
	'valdistrikt2022'
] as const satisfies readonly Level[];
export type SourceLevel = (typeof SOURCE_LEVELS)[number];

export interface UtsattShape {
	name: string;
	kategori: string;
	geometry: Polygonal;
}

function stringProp(feature: Feature<Geometry>, key: string, where: string): string {
	const value = feature.properties?.[key];
	if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`${where}: missing property '${key}'`);
	return String(value);
}

function shapesFrom(
	rawDir: string,
	file: GeoFile,
	codeOf: (f: Feature<Geometry>, where: string) => string,
	nameOf: (f: Feature<Geometry>, where: string) => string
): Shape[] {
	return readFeatures(rawDir, file).map((feature, i) => {
		const where = `${GEO_FILES[file]} feature ${i}`;
		if (!isPolygonal(feature.geometry)) throw new Error(`${where}: not a polygon`);
		// Valmyndigheten's 2022 file is wound the RFC 7946 way; rewinding every input is cheap and idempotent.
		return { code: codeOf(feature, where), name: nameOf(feature, where), geometry: windForD3(feature.geometry) };
	});
}

/** Stadsdel display names (Swedish capitalisation) keyed by the upper-case name in the polygon file. */
export function stadsdelNames(rawDir: string): Map<string, string> {
	return new Map(
		readCsv(rawDir, 'stadsdelToSdo').map((row, i) => {
			const where = `${GEO_FILES.stadsdelToSdo} row ${i + 2}`;
			return [cell(row, 'stadsdel_kalla', where), cell(row, 'stadsdel', where)];
		})
	);
}

export function readLevelShapes(rawDir: string): { shapes: Record<SourceLevel, Shape[]>; warnings: string[] } {
	const prop = (key: string) => (f: Feature<Geometry>, where: string) => stringProp(f, key, where);
	const displayName = stadsdelNames(rawDir);
	const sdo = shapesFrom(rawDir, 'stadsdelsomrade', (f, w) => slug(stringProp(f, 'stadsdelsomrade', w)), prop('stadsdelsomrade'));
	const stadsdelName = (f: Feature<Geometry>, where: string) => {
		const upper = stringProp(f, 'name', where);
		const name = displayName.get(upper);
		if (!name) throw new Error(`${where}: stadsdel '${upper}' not in ${GEO_FILES.stadsdelToSdo}`);
		return name;
	};
	const stadsdel = shapesFrom(rawDir, 'stadsdel', (f, w) => slug(stadsdelName(f, w)), stadsdelName);
	const regso = shapesFrom(rawDir, 'regso', prop('regsokod_2020'), prop('regso_namn_2020'));
	// SCB gives DeSO no names: the code is the name.
	const deso = shapesFrom(rawDir, 'deso', prop('desokod'), prop('desokod'));
	const regsoName = new Map(regso.map((s) => [s.code, s.name]));
	const regso2025 = decodeRegso2025(readMirrorJson<EncodedFile>(rawDir, GEO_FILES.regso2025Rings), (code) => regsoName.get(code));
	const valdistrikt2018 = shapesFrom(rawDir, 'valdistrikt2018', prop('valdistriktskod'), prop('valdistriktsnamn'));
	const valdistrikt2022 = shapesFrom(rawDir, 'valdistrikt2022', prop('valdistriktskod'), prop('valdistriktsnamn'));
	const shapes = { stadsdelsomrade: sdo, stadsdel, regso, deso, regso2025: regso2025.shapes, valdistrikt2018, valdistrikt2022 };
	for (const [level, list] of Object.entries(shapes)) {
		const codes = new Set(list.map((s) => s.code));
		if (codes.size !== list.length) throw new Error(`${level}: duplicate area codes`);
	}
	return { shapes, warnings: regso2025.warnings };
}

export function readWater(rawDir: string): Polygonal[] {
	return readFeatures(rawDir, 'water').flatMap((f) => (isPolygonal(f.geometry) ? [windForD3(f.geometry)] : []));
}

export function readUtsatta2023(rawDir: string): UtsattShape[] {
	return readFeatures(rawDir, 'utsatta2023').map((feature, i) => {
		const where = `${GEO_FILES.utsatta2023} feature ${i}`;
		if (!isPolygonal(feature.geometry)) throw new Error(`${where}: not a polygon`);
		return {
			name: stringProp(feature, 'NAMN', where),
			kategori: stringProp(feature, 'KATEGORI', where),
			geometry: windForD3(feature.geometry)
		};
	});
}
