import { describe, expect, it } from 'vitest';
import { syntheticGeoMirror } from './syntheticGeoMirror.ts';
import { GEO_FILES } from './readers.ts';
import { readRegso2025List } from './utsattaEvidence.ts';

// A synthetic copy of the Police's 2025 list, the columns as in the mirror.
const HEADER = 'omrade_2025,kommunkod,kommun,kategori_2025,regsokod_namnmatch,anmarkning';
const ROWS = ['Husby,0180,Stockholm,Särskilt utsatt område,0180R036,', 'Hjulsta,0180,Stockholm,Utsatt område,,', 'Hagsätra/Rågsved,0180,Stockholm,Utsatt område,0180R031;0180R078,'];

const mirror = syntheticGeoMirror(GEO_FILES.utsatta2025);
const put = (header: string) => mirror.put([header, ...ROWS].join('\n') + '\n');

describe('the Police’s 2025 list (synthetic)', () => {
	it('reads each område’s RegSO matched by name, none where the cell is blank', () => {
		put(HEADER);
		expect(readRegso2025List(mirror.dir()).map((r) => [r.omrade, r.regso])).toEqual([
			['Husby', ['0180R036']],
			['Hjulsta', []],
			['Hagsätra/Rågsved', ['0180R031', '0180R078']]
		]);
	});
	it('refuses the list when the RegSO column is renamed, instead of reading every område as unmatched', () => {
		put(HEADER.replace('regsokod_namnmatch', 'regsokod'));
		expect(() => readRegso2025List(mirror.dir())).toThrow(`${GEO_FILES.utsatta2025} row 2: no column 'regsokod_namnmatch' (columns: omrade_2025, kommunkod, kommun, kategori_2025, regsokod, anmarkning)`);
	});
});
