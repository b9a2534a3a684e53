import { describe, expect, it } from 'vitest';
import { syntheticGeoMirror } from './syntheticGeoMirror.ts';
import { sdoLandKm2, stadsdelTable } from './crosswalkTables.ts';
import { GEO_FILES } from './readers.ts';

// A synthetic mirror with one crosswalk: a figure cell holding text must stop the build, never become NaN (a land
// area that JSON writes as null, and a stadsdelsområde's sum that is NaN with it).
const HEADER =
	'stadsdel_kalla,stadsdel,stadsdelsomrade,adm_id,andel_landyta_i_stadsdelsomrade,andel_totalyta_i_stadsdelsomrade,alla_stadsdelsomraden_landyta,yta_km2,landyta_km2';
const ROWS = ['AKALLA,Akalla,Rinkeby-Kista,1,0.555,0.556,Rinkeby-Kista:0.555;Spånga-Tensta:0.445,3.693,3.685', 'BROMMA,Bromma,Bromma,6,1.0,1.0,Bromma:1.000,0.414,0.414'];

const mirror = syntheticGeoMirror(GEO_FILES.stadsdelToSdo);
const put = (rows: string[]) => mirror.put([HEADER, ...rows].join('\n') + '\n');

describe('crosswalk tables (synthetic)', () => {
	it('reads land areas and adds each stadsdel’s land share to its stadsdelsområden', () => {
		put(ROWS);
		expect(stadsdelTable(mirror.dir()).landKm2.get('akalla')).toBe(3.685);
		const land = sdoLandKm2(mirror.dir());
		expect(land.get('rinkeby-kista')).toBeCloseTo(3.685 * 0.555, 9);
		expect(land.get('spanga-tensta')).toBeCloseTo(3.685 * 0.445, 9);
	});
	it('refuses a land area that is not a number, naming the file, row and column', () => {
		put([ROWS[0]!, ROWS[1]!.replace(/0\.414$/, 'abc')]);
		const want = `${GEO_FILES.stadsdelToSdo} row 3: 'landyta_km2' is not a number: 'abc'`;
		expect(() => stadsdelTable(mirror.dir())).toThrow(want);
		expect(() => sdoLandKm2(mirror.dir())).toThrow(want);
	});
	it('refuses a land share that is not a number or is left blank', () => {
		put([ROWS[0]!.replace('Spånga-Tensta:0.445', 'Spånga-Tensta:x'), ROWS[1]!]);
		expect(() => sdoLandKm2(mirror.dir())).toThrow(`${GEO_FILES.stadsdelToSdo} row 2: unreadable land share 'Spånga-Tensta:x'`);
		put([ROWS[0]!.replace('Spånga-Tensta:0.445', 'Spånga-Tensta:'), ROWS[1]!]);
		expect(() => sdoLandKm2(mirror.dir())).toThrow(`${GEO_FILES.stadsdelToSdo} row 2: unreadable land share 'Spånga-Tensta:'`);
	});
});
