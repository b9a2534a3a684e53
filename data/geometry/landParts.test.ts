import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Area, Level } from '../../src/lib/types/dataset.ts';
import { UNKNOWN_PART } from '../../src/lib/model/setSource.ts';
import { isRealPart, landParts } from './landParts.ts';
import { GEO_FILES } from './readers.ts';

describe('isRealPart', () => {
	it('a part no wider than the polygons’ 50 m positional error along a side is drawing error', () => {
		// 3.1 % of 1.68 km²: 52 000 m², less than a 50 m strip along √1.68 km² ≈ 1 296 m (64 800 m²).
		expect(isRealPart(0.0312, 1.676)).toBe(false);
		// 3.9 % of 6.77 km²: 264 000 m², more than 50 m × 2 602 m.
		expect(isRealPart(0.039, 6.769)).toBe(true);
		// 43 % of anything is a split.
		expect(isRealPart(0.428, 0.2)).toBe(true);
	});
});

// SYNTHETIC crosswalk tables in a temporary mirror: r1 lies in s1 with a sliver in s2; r2 is split between s2 and s3.
const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-land-parts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(path.join(dir, 'geo'));
writeFileSync(path.join(dir, 'geo', 'SOURCES.md'), '# Synthetic mirror for tests\n');
function write(file: keyof typeof GEO_FILES, text: string) {
	mkdirSync(path.dirname(path.join(dir, GEO_FILES[file])), { recursive: true });
	writeFileSync(path.join(dir, GEO_FILES[file]), text);
}
write(
	'regsoToStadsdel',
	'regsokod_2020,alla_stadsdelar,alla_stadsdelsomraden,landyta_km2\n' +
		'r1,S1:0.990;S2:0.010,Ö:1.000,1.0\n' +
		'r2,S2:0.600;S3:0.400,Ö:0.700;Å:0.300,1.0\n'
);
// d1 is not in this table (only another DeSO is).
write('desoToStadsdel', 'desokod,alla_stadsdelar,alla_stadsdelsomraden,landyta_km2\nd9,S1:1.000,Ö:1.000,1.0\n');

const area = (level: Level, code: string, parents: Area['parents']): Area => ({ level, code, name: code, parents, landAreaKm2: 1, hasGeometry: true });

describe('landParts', () => {
	it('lists the parent first, then every coarse area holding a real part; an area the table lacks is never nested', () => {
		const parts = landParts(dir, [
			area('regso', 'r1', { stadsdel: 's1', stadsdelsomrade: 'o' }),
			area('regso', 'r2', { stadsdel: 's2', stadsdelsomrade: 'o' }),
			area('regso', 'r3', { stadsdel: 's3' }),
			area('deso', 'd1', { stadsdel: 's1' })
		]);
		expect(parts.regso?.stadsdel).toEqual({ r1: ['s1'], r2: ['s2', 's3'], r3: ['s3', UNKNOWN_PART] });
		expect(parts.regso?.stadsdelsomrade).toEqual({ r1: ['o'], r2: ['o', 'a'] });
		expect(parts.deso?.stadsdel).toEqual({ d1: ['s1', UNKNOWN_PART] });
	});
});
