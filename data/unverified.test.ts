import { describe, expect, it } from 'vitest';
import { unverifiedCaveat, withUnverifiedCaveat } from './unverified.ts';

describe('the caveat of figures from an unchecked file', () => {
	const family = { id: 'synthetic', caveats: [{ sv: 'Egen.', en: 'Own.' }] };
	it('puts the caveat first, naming only the unchecked files, and leaves the original as it was', () => {
		const out = withUnverifiedCaveat(family, ['stats/a.csv', 'stats/b.csv'], new Set(['stats/b.csv']));
		expect(out.caveats.map((c) => c.sv)).toEqual([
			'Källfilen stats/b.csv är inte den version vars siffror har kontrollerats (kontrollsumman skiljer sig eller saknas). Siffrorna kan vara ofullständiga eller felaktiga; se byggets varningar under Data och källor.',
			'Egen.'
		]);
		expect(family.caveats).toHaveLength(1);
	});
	it('is the item itself when every file is checked', () => {
		expect(withUnverifiedCaveat(family, ['stats/a.csv'], new Set(['stats/b.csv']))).toBe(family);
	});
	it('speaks of several files in the plural', () => {
		expect(unverifiedCaveat(['a.csv', 'b.csv']).sv).toMatch(/^Källfilerna a\.csv, b\.csv är inte de versioner/);
		expect(unverifiedCaveat(['a.csv', 'b.csv']).en).toMatch(/^The source files a\.csv, b\.csv are not the versions/);
	});
});
