// The data build over the real mirror plus a folder written by the Brå fetcher from the synthetic SOL fixtures
// (tests/fixtures/synthetic-bra-sol-*): made-up district figures, built like real ones.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeSol } from '../tests/fixtures/synthetic-bra-sol-fake.ts';
import { build } from './build.ts';
import { findRawDir } from './csv.ts';
import { runBraFetch } from './fetch/bra/run.ts';
import type { BuiltCatalogue, IndicatorFile, IndicatorFileRow } from '../src/lib/types/dataset.ts';
import type { TrygghetData } from '../src/lib/types/trygghet.ts';

const raw = findRawDir();
const root = mkdtempSync(path.join(os.tmpdir(), 'stadsdelskollen-fetched-build-'));
const out = path.join(root, 'out');
const fetched = path.join(root, 'fetched', 'scb_pxweb');
let cat: BuiltCatalogue;
const ind = (id: string) => JSON.parse(readFileSync(path.join(out, 'ind', `${id}.json`), 'utf8')) as IndicatorFile;
const row = (id: string, level: string, code: string, year: number): IndicatorFileRow | undefined =>
	ind(id).rows.find((r) => r[0] === level && r[1] === code && r[2] === year);

describe.skipIf(!raw)('data build with Brå district figures fetched (synthetic)', () => {
	beforeAll(async () => {
		await runBraFetch({
			fetch: fakeSol().fetch,
			out: path.join(root, 'fetched', 'bra_sol'),
			districts: { current: ['Rinkeby-Kista', 'Östermalm', 'Hägersten-Älvsjö', 'Skärholmen'], before2020: ['Hägersten-Liljeholmen', 'Älvsjö'] },
			now: () => new Date('2026-12-04T10:00:00Z')
		});
		expect(build(true, raw!, out, fetched)).toBe(true);
		cat = JSON.parse(readFileSync(path.join(out, 'catalog.json'), 'utf8')) as BuiltCatalogue;
	}, 120_000);
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	it("adds counts and Brå's rates per stadsdelsområde to the kommun series, which stays the city value", () => {
		expect(ind('anmalda_brott_totalt').indicator.levels).toEqual(expect.arrayContaining(['kommun', 'stadsdelsomrade', 'stadsdelsomrade2007']));
		expect(row('anmalda_brott_totalt', 'stadsdelsomrade', 'rinkeby-kista', 2020)?.slice(3)).toEqual([3001, null, null, 'ok']);
		expect(row('anmalda_brott_totalt_per_100k', 'stadsdelsomrade', 'ostermalm', 2020)?.[3]).toBe(2859);
		expect(row('anmalda_brott_totalt', 'kommun', '0180', 2020)?.[3]).toBe(210192);
		// Drugs + weapons: the two published rows added (50×3 + 1 and 5×3 + 1 for Rinkeby-Kista 2020).
		expect(row('anmalda_narkotika_och_vapenlagsbrott_summa', 'stadsdelsomrade', 'rinkeby-kista', 2020)?.slice(3)).toEqual([167, null, null, 'derived']);
	});

	it('keeps the 2020 vintage break: the old areas at the 2007 division, Hägersten-Älvsjö harmonised by adding counts', () => {
		expect(row('anmalda_brott_totalt', 'stadsdelsomrade2007', 'hagersten-liljeholmen', 2019)?.[3]).toBe(1000);
		expect(row('anmalda_brott_totalt', 'stadsdelsomrade2007', 'alvsjo', 2019)?.[3]).toBe(250);
		expect(row('anmalda_brott_totalt', 'stadsdelsomrade', 'hagersten-alvsjo', 2019)?.slice(3)).toEqual([1250, null, null, 'derived']);
		// Brå's rate is not harmonised.
		expect(row('anmalda_brott_totalt_per_100k', 'stadsdelsomrade', 'hagersten-alvsjo', 2019)).toBeUndefined();
		expect(ind('anmalda_brott_totalt').indicator.caveats.map((c) => c.en).join(' ')).toMatch(/harmonised by adding the two areas' counts/);
	});

	it('recomputes the rate from our own population of the same year, warns on a large difference, and leaves years without population empty', () => {
		const pop = row('folkmangd', 'stadsdelsomrade', 'ostermalm', 2020)![3]!;
		const own = row('anmalda_brott_totalt_per_100k_folkmangd', 'stadsdelsomrade', 'ostermalm', 2020)!;
		expect(own[4]).toBe(2001);
		expect(own[5]).toBe(pop);
		expect(own[3]).toBeCloseTo((100_000 * 2001) / pop, 6);
		expect(row('anmalda_brott_totalt_per_100k_folkmangd', 'stadsdelsomrade', 'ostermalm', 2019)).toBeUndefined();
		expect(cat.indicators.find((i) => i.id === 'anmalda_brott_totalt_per_100k_folkmangd')!.description.sv).toMatch(/folkmängd samma år/);
		expect(cat.warnings).toContainEqual(expect.stringMatching(/^bra_sol anmalda_brott_totalt stadsdelsomrade ostermalm 2020: Brå's rate 2859 per 100 000 differs by \d+ % from \d+ computed with population \d+ \(folkmangd, 2020\)$/));
	});

	it('tells the trygghet page the district series were fetched, when and for which years', () => {
		const t = JSON.parse(readFileSync(path.join(out, 'trygghet.json'), 'utf8')) as TrygghetData;
		expect(t.braDistricts).toEqual({ fetched: true, retrievedAt: '2026-12-04T10:00:00.000Z', years: [2019, 2020, 2021] });
	});
});
