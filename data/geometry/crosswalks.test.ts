import { describe, expect, it } from 'vitest';
import type { Area, Level } from '../../src/lib/types/dataset.ts';
import { syntheticShapes } from '../../tests/fixtures/synthetic-geo-fixture.ts';
import type { AreaPolygons } from './areas.ts';
import { areaWeighted, buildCrosswalks } from './crosswalks.ts';
import { polygonIndex } from './polygonIndex.ts';

function area(level: Level, code: string, parents: Area['parents']): Area {
	return { level, code, name: code, parents: { kommun: '0180', ...parents }, landAreaKm2: 1, hasGeometry: true };
}

const polygons: AreaPolygons = {
	shapes: { stadsdelsomrade: syntheticShapes('stadsdelsomrade'), valdistrikt2018: syntheticShapes('child') },
	water: [],
	utsatta2023: []
};

const areas: Area[] = [
	area('kommun', '0180', {}),
	area('stadsdelsomrade', 'a', { innerstad_ytterstad: 'innerstaden' }),
	area('stadsdelsomrade', 'b', { innerstad_ytterstad: 'innerstaden' }),
	area('stadsdel', 's1', { stadsdelsomrade: 'a' }),
	area('regso', 'r1', { stadsdelsomrade: 'a', stadsdel: 's1' }),
	area('deso', 'd1', { regso: 'r1', stadsdel: 's1', stadsdelsomrade: 'a' }),
	area('deso2025', 'd1', { deso: 'd1', regso2025: 'r1' }),
	area('regso2025', 'r1', { regso: 'r1' }),
	...syntheticShapes('child').map((s) => area('valdistrikt2018', s.code, {}))
];

describe('buildCrosswalks', () => {
	const crosswalks = buildCrosswalks(areas, polygons);

	it('gives every link list shares summing to 1', () => {
		for (const c of crosswalks) {
			for (const [code, links] of c.links) {
				expect(links.reduce((t, l) => t + l.share, 0), `${c.from}→${c.to} ${code}`).toBeCloseTo(1, 12);
			}
		}
	});

	it('links nested and primary levels through parents, and equal codes across vintages', () => {
		const find = (from: Level, to: Level) => crosswalks.find((c) => c.from === from && c.to === to);
		expect(find('deso', 'regso')?.links.get('d1')).toEqual([{ code: 'r1', share: 1 }]);
		expect(find('deso', 'stadsdelsomrade')?.method).toBe('primary');
		expect(find('regso2025', 'regso')?.links.get('r1')).toEqual([{ code: 'r1', share: 1 }]);
		expect(find('stadsdelsomrade', 'innerstad_ytterstad')?.links.size).toBe(2);
		expect(find('deso2025', 'kommun')?.links.get('d1')).toEqual([{ code: '0180', share: 1 }]);
	});

	it('splits a valdistrikt by overlap: c2 is 30 % in a and 70 % in b', () => {
		const c = crosswalks.find((x) => x.from === 'valdistrikt2018' && x.to === 'stadsdelsomrade');
		expect(c?.method).toBe('area_weighted');
		const links = c?.links.get('c2') ?? [];
		expect(links.map((l) => l.code)).toEqual(['b', 'a']);
		expect(links[0]?.share).toBeCloseTo(0.7, 1);
		expect(c?.links.get('c1')).toEqual([{ code: 'a', share: 1 }]);
	});
});

describe('areaWeighted', () => {
	it('weights by land: with water over b west of 18.03, c2 is 60 % a', () => {
		const water = polygonIndex(syntheticShapes('water'));
		const c = areaWeighted(polygons, 'valdistrikt2018', 'stadsdelsomrade', water);
		expect(c.links.get('c2')?.[0]).toMatchObject({ code: 'a' });
		expect(c.links.get('c2')?.[0]?.share).toBeCloseTo(0.6, 1);
	});
});
