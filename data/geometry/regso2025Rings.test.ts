import { describe, expect, it } from 'vitest';
import { decodeRegso2025, decodeRing } from './regso2025Rings.ts';
import { geoArea } from 'd3';

describe('decodeRing', () => {
	it('decodes zig-zag deltas over the base64url alphabet as [lat, lon]', () => {
		// lat +1 → zig-zag 2 → 'C'; lon −2 → zig-zag 3 → 'D'
		expect(decodeRing('CD')).toEqual([[-0.00002, 0.00001]]);
	});

	it('decodes multi-character values and accumulates deltas (hand-encoded square corner path)', () => {
		const ring = decodeRing('gh-pLg07tDw-BAAg9Dv-B_8D');
		expect(ring).toEqual([
			[18, 59.3],
			[18, 59.31],
			[18.02, 59.31],
			[18, 59.3]
		]);
	});

	it('rejects characters outside the alphabet', () => {
		expect(() => decodeRing('C+')).toThrow(/invalid character/);
	});
});

describe('decodeRegso2025', () => {
	it('strips the suffix, names by the 2020 code, winds for d3 and warns on unknown codes', () => {
		const file = { kommun: '0180', rings: { '0180R001_RegSO2025': ['gh-pLg07tDw-BAAg9Dv-B_8D'], '0180R999_RegSO2025': ['gh-pLg07tDw-BAAg9Dv-B_8D'] } };
		const { shapes, warnings } = decodeRegso2025(file, (c) => (c === '0180R001' ? 'Abrahamsberg' : undefined));
		expect(shapes.map((s) => [s.code, s.name])).toEqual([
			['0180R001', 'Abrahamsberg'],
			['0180R999', '0180R999']
		]);
		expect(geoArea(shapes[0]!.geometry)).toBeLessThan(0.01);
		expect(warnings).toEqual(['regso2025 0180R999: no RegSO 2020 area with this code, name set to the code']);
	});
});
