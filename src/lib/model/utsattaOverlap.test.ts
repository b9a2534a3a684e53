import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { utsatta2025InArea, utsattaOverlap } from './utsattaOverlap.ts';

const square = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
	type: 'Polygon',
	coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]
});

// Near the equator so a degree is a degree both ways. The område spans x 0–4: x 0–1 in A, 1–4 in B (hand: 25 % / 75 %).
const AREAS = [
	{ code: 'a', name: 'A', geometry: square(-5, -5, 1, 5) },
	{ code: 'b', name: 'B', geometry: square(1, -5, 10, 5) },
	{ code: 'c', name: 'C', geometry: square(20, 20, 30, 30) }
];

describe('utsattaOverlap', () => {
	it('splits an område between the areas by the share of its area each holds', () => {
		const r = utsattaOverlap([{ code: 'u', name: 'U', kategori: 'Utsatt område', geometry: square(0, 0, 4, 1) }], AREAS);
		expect(r.map((s) => s.code)).toEqual(['b', 'a']);
		expect(r[0]!.share).toBeCloseTo(0.75, 2);
		expect(r[1]!.share).toBeCloseTo(0.25, 2);
	});

	it('leaves out the part in no area (water) rather than inventing a district for it', () => {
		const r = utsattaOverlap([{ code: 'u', name: 'U', kategori: 'Utsatt område', geometry: square(8, 0, 12, 1) }], AREAS);
		expect(r).toHaveLength(1);
		expect(r[0]).toMatchObject({ code: 'b', share: 1 });
	});

	it('respects holes', () => {
		const holed: Polygon = { type: 'Polygon', coordinates: [...square(-4, -4, 4, 4).coordinates, [[0.5, -4], [4, -4], [4, 4], [0.5, 4], [0.5, -4]].reverse()] };
		const r = utsattaOverlap([{ code: 'u', name: 'U', kategori: 'x', geometry: holed }], AREAS);
		expect(r.map((s) => s.code)).toEqual(['a']);
	});
});

describe('utsatta2025InArea', () => {
	const listed = [
		{ regso: 'R1', name: 'Husby', parents: { stadsdelsomrade: 'rinkeby-kista', stadsdel: 'husby' } },
		{ regso: 'R2', name: 'Rinkeby', parents: { stadsdelsomrade: 'rinkeby-kista', stadsdel: 'rinkeby' } },
		{ regso: 'R3', name: 'Tensta', parents: { stadsdelsomrade: 'spanga-tensta', stadsdel: 'tensta' } }
	];
	it('lists the RegSO-matched områden under an area, or the RegSO itself', () => {
		expect(utsatta2025InArea(listed, 'stadsdelsomrade', 'rinkeby-kista').map((l) => l.name)).toEqual(['Husby', 'Rinkeby']);
		expect(utsatta2025InArea(listed, 'regso', 'R3').map((l) => l.name)).toEqual(['Tensta']);
		expect(utsatta2025InArea(listed, 'stadsdelsomrade', 'bromma')).toEqual([]);
	});
});
