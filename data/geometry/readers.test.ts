import { describe, expect, it } from 'vitest';
import { syntheticGeoMirror } from './syntheticGeoMirror.ts';
import { GEO_FILES, readFeatures } from './readers.ts';

// A synthetic one-square layer in the place of the Police's 2023 polygons.
const square = (corner: unknown) => ({
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { namn: 'Syntetisk' }, geometry: { type: 'Polygon', coordinates: [[[18, 59], [18.1, 59], [18.1, 59.1], corner, [18, 59]]] } }
	]
});

const mirror = syntheticGeoMirror(GEO_FILES.utsatta2023);
const put = (json: unknown) => mirror.put(JSON.stringify(json));

describe('readFeatures (synthetic)', () => {
	it('reads a layer whose coordinates are numbers', () => {
		put(square([18, 59.1]));
		expect(readFeatures(mirror.dir(), 'utsatta2023')).toHaveLength(1);
	});
	it('refuses a coordinate that is not a number, naming the file and the feature, instead of building NaN areas', () => {
		put(square([18, 'x']));
		expect(() => readFeatures(mirror.dir(), 'utsatta2023')).toThrow(`${GEO_FILES.utsatta2023} feature 0: coordinate "x" is not a number; the file is corrupt`);
		put(square([18, null]));
		expect(() => readFeatures(mirror.dir(), 'utsatta2023')).toThrow(`${GEO_FILES.utsatta2023} feature 0: coordinate null is not a number; the file is corrupt`);
	});
});
