import { describe, expect, it } from 'vitest';
import type { Area, Level } from '../src/lib/types/dataset.ts';
import { buildGroupings } from './groupings.ts';
import { carryMembership, complementMemberships } from './geometry/membership.ts';
import type { UtsattaEvidence } from './geometry/utsattaEvidence.ts';
import { slug } from './slug.ts';

function area(level: Level, code: string, parents: Area['parents'] = {}): Area {
	return { level, code, name: code, parents: { kommun: '0180', ...parents }, landAreaKm2: 1, hasGeometry: true };
}

const SDO = ['Rinkeby-Kista', 'Spånga-Tensta', 'Skärholmen', 'Farsta', 'Enskede-Årsta-Vantör', 'Hässelby-Vällingby', 'Hägersten-Älvsjö', 'Bromma'];

// Two stadsdelar per stadsdelsområde except Enskede-Årsta-Vantör, which holds Hagsätra, Rågsved and Årsta;
// one regso per stadsdel, one deso per regso.
const stadsdelar: [string, string][] = [
	...SDO.filter((s) => s !== 'Enskede-Årsta-Vantör').flatMap((s): [string, string][] => [[`${slug(s)}-1`, slug(s)], [`${slug(s)}-2`, slug(s)]]),
	['hagsatra', 'enskede-arsta-vantor'],
	['ragsved', 'enskede-arsta-vantor'],
	['arsta', 'enskede-arsta-vantor']
];
const areas: Area[] = [
	area('kommun', '0180'),
	...SDO.map((s) => area('stadsdelsomrade', slug(s))),
	...stadsdelar.map(([code, sdo]) => area('stadsdel', code, { stadsdelsomrade: sdo })),
	...stadsdelar.map(([code, sdo], i) => area('regso', `R${i}`, { stadsdel: code, stadsdelsomrade: sdo })),
	...stadsdelar.map(([code, sdo], i) => area('deso', `D${i}`, { regso: `R${i}`, stadsdel: code, stadsdelsomrade: sdo }))
];
const hagsatraRegso = `R${stadsdelar.findIndex(([c]) => c === 'hagsatra')}`;
const evidence: UtsattaEvidence = {
	landShare2023: { deso: new Map([['D0', 0.9], ['D1', 0.3]]), regso: new Map([['R0', 0.8]]), stadsdel: new Map() },
	holdsShare2023: { deso: new Map([['D1', 0.2]]), regso: new Map([['R1', 0.95]]), stadsdel: new Map([['rinkeby-kista-1', 0.6]]) },
	regso2025List: [
		{ omrade: 'Hagsätra/Rågsved', kategori: 'Utsatt område', regso: [hagsatraRegso] },
		{ omrade: 'Hjulsta', kategori: 'Utsatt område', regso: [] }
	]
};

describe('carryMembership', () => {
	it('carries down by primary parent and up only for wholly member areas', () => {
		const m = carryMembership(areas, { stadsdel: ['farsta-1', 'farsta-2', 'hagsatra'] }, 'stadsdel');
		expect(m.stadsdelsomrade).toEqual(['farsta']);
		expect(m.regso).toHaveLength(3);
		expect(m.kommun).toBeUndefined();
	});
});

describe('complementMemberships', () => {
	it('partitions each level with the grouping', () => {
		const m = carryMembership(areas, { stadsdelsomrade: ['bromma'] }, 'stadsdelsomrade');
		const c = complementMemberships(areas, m);
		for (const level of Object.keys(m) as Level[]) {
			const all = areas.filter((a) => a.level === level).map((a) => a.code).sort();
			expect([...m[level]!, ...c[level]!].sort()).toEqual(all);
			expect(m[level]!.filter((x) => c[level]!.includes(x))).toEqual([]);
		}
	});
});

describe('buildGroupings', () => {
	const groupings = buildGroupings(areas, evidence);
	const byId = new Map(groupings.map((g) => [g.id, g]));

	it('defines Fokus at stadsdel level with Hagsätra and Rågsved, but leaves Enskede-Årsta-Vantör out at SDO level', () => {
		const fokus = byId.get('fokus2025')!;
		expect(fokus.level).toBe('stadsdel');
		expect(fokus.members).toContain('hagsatra');
		expect(fokus.members).toContain('ragsved');
		expect(fokus.members).not.toContain('arsta');
		expect(fokus.memberships.stadsdelsomrade).toEqual(['farsta', 'rinkeby-kista', 'skarholmen', 'spanga-tensta']);
		expect(fokus.note?.en).toMatch(/stadsdel level/);
	});

	it('carries Stadsdelslyftet from SDOs down to deso', () => {
		const lyft = byId.get('stadsdelslyftet')!;
		expect(lyft.members).toHaveLength(6);
		expect(lyft.memberships.deso).toHaveLength(5 * 2 + 3);
		expect(lyft.memberships.stadsdelsomrade).not.toContain('farsta');
	});

	it('admits 2023 areas by land share or by holding most of an område, and keeps explicit levels', () => {
		const u = byId.get('utsatta2023')!;
		expect(u.members).toEqual(['D0']);
		expect(u.memberships.regso).toEqual(['R0', 'R1']);
		expect(u.memberships.stadsdel).toEqual(['rinkeby-kista-1']);
	});

	it('matches the 2025 list to RegSO and names the område without a match', () => {
		const u = byId.get('utsatta2025')!;
		expect(u.members).toEqual([hagsatraRegso]);
		expect(u.definition.en).toMatch(/Hjulsta/);
	});

	it('pairs each grouping with its complement, and cites documents without invented URLs', () => {
		expect(groupings.map((g) => g.id)).toEqual([
			'fokus2025', 'ovriga_fokus2025', 'stadsdelslyftet', 'ovriga_stadsdelslyftet',
			'utsatta2023', 'ovriga_utsatta2023', 'utsatta2025', 'ovriga_utsatta2025'
		]);
		const ovriga = byId.get('ovriga_fokus2025')!;
		expect(ovriga.complementOf).toBe('fokus2025');
		expect(ovriga.memberships.stadsdelsomrade).toContain('enskede-arsta-vantor');
		expect(ovriga.members).toContain('arsta');
		for (const g of groupings) {
			expect(g.citation.length).toBeGreaterThan(20);
			expect(g.url).toBe('');
		}
	});

	it('fails loudly when a named area is missing', () => {
		expect(() => buildGroupings(areas.filter((a) => a.code !== 'bromma-1' && a.code !== 'skarholmen'), evidence)).toThrow(/skarholmen/);
	});
});
