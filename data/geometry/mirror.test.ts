// Over the real raw mirror (skipped when it is absent): counts per level, crosswalk agreement, topology size.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3';
import { feature } from 'topojson-client';
import type { GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Area, Grouping, Level } from '../../src/lib/types/dataset.ts';
import type { Crosswalk } from '../types.ts';
import { buildGroupings } from '../groupings.ts';
import { buildAreas } from './areas.ts';
import { buildCrosswalks } from './crosswalks.ts';
import { buildTopologies } from './topology.ts';
import { readUtsattaEvidence } from './utsattaEvidence.ts';
import type { Topology } from 'topojson-specification';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const raw = process.env.STADSDELSKOLLEN_RAW ?? path.resolve(repoRoot, '../shared/data/raw');

describe.skipIf(!existsSync(raw))('geometry over the raw mirror', () => {
	let areas: Area[];
	let warnings: string[];
	let crosswalks: Crosswalk[];
	let topologies: Record<string, Topology>;
	let groupings: Grouping[];

	beforeAll(() => {
		const built = buildAreas(raw);
		areas = built.areas;
		warnings = built.warnings;
		crosswalks = buildCrosswalks(areas, built.polygons);
		topologies = buildTopologies(built.polygons);
		groupings = buildGroupings(areas, readUtsattaEvidence(raw, built.polygons));
	});

	it('has the expected number of areas per level', () => {
		const count = (level: Level) => areas.filter((a) => a.level === level).length;
		expect({
			kommun: count('kommun'),
			innerstad_ytterstad: count('innerstad_ytterstad'),
			stadsdelsomrade: count('stadsdelsomrade'),
			stadsdelsomrade2007: count('stadsdelsomrade2007'),
			stadsdel: count('stadsdel'),
			regso: count('regso'),
			deso: count('deso'),
			deso2025: count('deso2025'),
			regso2025: count('regso2025'),
			valdistrikt2018: count('valdistrikt2018'),
			valdistrikt2022: count('valdistrikt2022')
		}).toEqual({
			kommun: 1,
			innerstad_ytterstad: 3,
			stadsdelsomrade: 13,
			stadsdelsomrade2007: 14,
			stadsdel: 117,
			regso: 127,
			deso: 544,
			deso2025: 569,
			regso2025: 127,
			valdistrikt2018: 573,
			valdistrikt2022: 592
		});
	});

	it('gives every area but the kommun a kommun parent, and every area with geometry a stadsdelsområde', () => {
		for (const a of areas.filter((x) => x.level !== 'kommun')) expect(a.parents.kommun, `${a.level} ${a.code}`).toBe('0180');
		for (const a of areas.filter((x) => x.hasGeometry && !['kommun', 'innerstad_ytterstad', 'stadsdelsomrade'].includes(x.level))) {
			expect(a.parents.stadsdelsomrade, `${a.level} ${a.code}`).toBeDefined();
		}
	});

	it('agrees with the crosswalk tables; only Järvafältet areas are flagged as split', () => {
		expect(warnings.filter((w) => w.startsWith('crosswalk check'))).toEqual([]);
		const split = warnings.filter((w) => w.startsWith('split area'));
		expect(split.some((w) => w.includes('regso 0180R002'))).toBe(true); // Akalla
		expect(split.some((w) => w.includes('regso 0180R036'))).toBe(true); // Husby
		expect(split.every((w) => w.includes('rinkeby-kista'))).toBe(true);
	});

	it('sums land areas to about Stockholm kommun (188 km² of land)', () => {
		const kommun = areas.find((a) => a.level === 'kommun')!;
		expect(kommun.landAreaKm2).toBeGreaterThan(180);
		expect(kommun.landAreaKm2).toBeLessThan(195);
	});

	it('keeps crosswalk shares summing to 1', () => {
		for (const c of crosswalks) {
			for (const [code, links] of c.links) expect(links.reduce((t, l) => t + l.share, 0), `${c.from}→${c.to} ${code}`).toBeCloseTo(1, 9);
		}
	});

	it('draws every area of every level, small (correct winding)', () => {
		for (const [key, topo] of Object.entries(topologies)) {
			const fc = feature(topo, topo.objects[key] as GeometryCollection) as FeatureCollection;
			const expected = areas.filter((a) => a.level === key).length;
			if (expected) expect(fc.features.length, key).toBe(expected);
			for (const f of fc.features) expect(geoArea(f), `${key} ${f.id}`).toBeLessThan(0.01);
		}
	});

	it('keeps stadsdelsomrade + stadsdel + water under 150 KB gzipped', () => {
		const gz = (key: string) => gzipSync(JSON.stringify(topologies[key])).length;
		expect(gz('stadsdelsomrade') + gz('stadsdel') + gz('water')).toBeLessThan(150 * 1024);
	});

	it('leaves Enskede-Årsta-Vantör out of Fokus at stadsdelsområde level but keeps Hagsätra and Rågsved', () => {
		const fokus = groupings.find((g) => g.id === 'fokus2025')!;
		expect(fokus.memberships.stadsdelsomrade).toEqual(['farsta', 'rinkeby-kista', 'skarholmen', 'spanga-tensta']);
		expect(fokus.memberships.regso).toEqual(expect.arrayContaining(['0180R031', '0180R078']));
		expect(fokus.memberships.regso).toHaveLength(25);
		const u2023 = groupings.find((g) => g.id === 'utsatta2023')!;
		expect(u2023.memberships.regso).toEqual(['0180R010', '0180R031', '0180R036', '0180R039', '0180R040', '0180R076', '0180R078', '0180R102', '0180R108']);
	});
});
