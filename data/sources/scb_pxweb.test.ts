import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeScb } from '../../tests/fixtures/synthetic-pxweb-fake.ts';
import { PxWebClient } from '../fetch/client.ts';
import { runFetch } from '../fetch/run.ts';
import { TABLES } from '../fetch/tables.ts';
import type { TracedObservation } from '../types.ts';
import { INDICATORS } from './am_dashboard_deso2025.ts';
import { annotateIndicators, load, loadIfPresent, mergeFetched, type ScbPxwebResult } from './scb_pxweb.ts';

const IDS = ['TAB6574', 'TAB6680', 'TAB6685'];
const tables = TABLES.filter((t) => IDS.includes(t.id));
const root = mkdtempSync(path.join(tmpdir(), 'pxweb-src-'));
const dir = path.join(root, 'scb_pxweb');
let r: ScbPxwebResult;

beforeAll(async () => {
	// The folder exactly as `npm run data:fetch` writes it, from the synthetic responses (no network).
	const client = new PxWebClient({ fetch: fakeScb(IDS).fetch, clock: { now: () => 0, sleep: async () => {} } });
	await runFetch({ out: dir, client, tables, now: () => new Date('2026-03-02T08:00:00Z') });
	r = load(dir, { tables });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const get = (id: string, code: string, year: number, level = 'deso2025') =>
	r.observations.find((o) => o.indicator === id && o.code === code && o.year === year && o.level === level);
const nd = (id: string, code: string, year: number, level = 'deso2025') => {
	const o = get(id, code, year, level);
	return o && [o.value, o.numerator, o.denominator, o.status];
};

describe('load', () => {
	it('reads counts as published at DeSO 2025 and RegSO 2025, with our area codes', () => {
		expect(nd('folkmangd_deso2025', '0180C1010', 2024)).toEqual([1000, null, null, 'ok']);
		expect(nd('folkmangd_deso2025', '0180C1010', 2025)).toEqual([1100, null, null, 'ok']);
		expect(nd('folkmangd_deso2025', '0180R001', 2025, 'regso2025')).toEqual([3000, null, null, 'ok']);
		expect(r.observations.some((o) => o.code.includes('_') || o.code.startsWith('0181'))).toBe(false);
	});

	it('skips a year in which the division has no figures (all 0 or null), never reading it as zeros', () => {
		expect(r.observations.filter((o) => o.year === 2023)).toEqual([]);
		expect(r.warnings).toContain('scb_pxweb TAB6574: no deso2025 figures for 2023 (the division did not exist yet); those years skipped');
		expect(r.warnings).toContain('scb_pxweb TAB6680: no deso2025 figures for 2023 (the division did not exist yet); those years skipped');
	});

	it('computes shares from counts with exact numerators and denominators', () => {
		expect(nd('unga_vuxna_20_34_andel', '0180C1010', 2024)).toEqual([30, 300, 1000, 'ok']);
		const [value, n, d, status] = nd('unga_vuxna_20_34_andel', '0180C1020', 2025)!;
		expect([n, d, status]).toEqual([580, 1900, 'ok']);
		expect(value).toBeCloseTo((100 * 580) / 1900, 10);
		expect(nd('arbetsloshet_andel', '0180C1010', 2024)).toEqual([5, 30, 600, 'ok']);
		expect(nd('sysselsatta_20_64_andel', '0180R001', 2024, 'regso2025')![1]).toBe(1710);
	});

	it('computes population change from two years of counts, only where the year before exists', () => {
		expect(nd('folkmangd_forandring', '0180C1010', 2025)).toEqual([10, 100, 1000, 'ok']);
		expect(nd('folkmangd_forandring', '0180C1020', 2025)).toEqual([-5, -100, 2000, 'ok']);
		expect(get('folkmangd_forandring', '0180C1010', 2024)).toBeUndefined();
	});

	it('keeps a suppressed cell missing (status suppressed), and a share built on it too', () => {
		expect(nd('arbetsloshet_andel', '0180C1020', 2024)).toEqual([null, null, null, 'suppressed']);
		expect(get('arbetsloshet_andel', '0180C1020', 2024)!.origin).toEqual({ file: 'scb_pxweb/TAB6680.json', row: 9 });
		expect(nd('sysselsatta_20_64_andel', '0180C1020', 2024)![1]).toBe(1100);
	});

	it('gives a published percentage the same-year population as an approximate base', () => {
		expect(nd('lag_ekonomisk_standard_andel', '0180C1010', 2024)).toEqual([12, 120, 1000, 'approximate']);
		expect(nd('lag_ekonomisk_standard_andel', '0180R001', 2024, 'regso2025')).toEqual([9.3, expect.closeTo(279, 9), 3000, 'approximate']);
	});

	it('traces every observation to its response file and its position in the value array', () => {
		expect(get('folkmangd_deso2025', '0180C1020', 2025)!.origin).toEqual({ file: 'scb_pxweb/TAB6574.json', row: 14 });
		expect(r.inputs).toContain('scb_pxweb/manifest.json');
		expect(r.fetched.get('arbetsloshet_andel')).toEqual({ table: 'TAB6680', retrievedAt: '2026-03-02T08:00:00.000Z', years: [2024] });
	});

	it('can be limited to one level, and is absent without a manifest', () => {
		expect(new Set(load(dir, { tables, levels: ['deso2025'] }).observations.map((o) => o.level))).toEqual(new Set(['deso2025']));
		expect(loadIfPresent(path.join(root, 'nothing-here'))).toBeNull();
		expect(() => load(path.join(root, 'nothing-here'))).toThrow(/has no manifest\.json; run npm run data:fetch first/);
	});

	it('says which specified tables were not fetched', () => {
		expect(load(dir).warnings.find((w) => w.includes('not fetched'))).toMatch(/TAB6568, TAB6571, TAB6683, TAB6684, TAB6534, TAB6638, TAB6065 not fetched/);
	});
});

describe('mergeFetched', () => {
	const t = (indicator: string, code: string, year: number, value: number | null): TracedObservation => ({
		indicator,
		level: 'deso2025',
		code,
		year,
		value,
		numerator: null,
		denominator: null,
		status: value === null ? 'missing' : 'derived',
		origin: { file: 'stats/am_dashboard_deso2025/deso2025_stockholm_indicators.csv', row: 2 }
	});

	it('replaces transcribed observations with fetched ones for the same indicator, level, code and year, and adds the rest', () => {
		const transcribed = [
			t('folkmangd_deso2025', '0180C1010', 2024, 999), // replaced by SCB's 1000
			t('arbetsloshet_andel', '0180C1020', 2024, 4.2), // SCB now suppresses it
			t('nettoinkomst_medel', '0180C1010', 2024, 300) // not fetched here: kept
		];
		const { observations, warnings } = mergeFetched(transcribed, r.observations);
		const pick = (id: string, code: string, year: number) => observations.filter((o) => o.indicator === id && o.code === code && o.year === year && o.level === 'deso2025');
		expect(pick('folkmangd_deso2025', '0180C1010', 2024)).toEqual([get('folkmangd_deso2025', '0180C1010', 2024)]);
		expect(pick('arbetsloshet_andel', '0180C1020', 2024).map((o) => o.status)).toEqual(['suppressed']);
		expect(pick('nettoinkomst_medel', '0180C1010', 2024).map((o) => o.value)).toEqual([300]);
		expect(observations).toHaveLength(1 + r.observations.length);
		expect(warnings[0]).toBe(`scb_pxweb: ${r.observations.length} fetched observations; 2 replace transcribed ones, ${r.observations.length - 2} are new`);
		expect(warnings[1]).toMatch(/1 transcribed figures are missing or suppressed in SCB's current release.*arbetsloshet_andel 0180C1020 2024/);
	});

	it('warns when an indicator reported at regso2025 lacks a year it has at deso2025', () => {
		const { warnings } = mergeFetched([t('folkmangd_deso2025', '0180C1010', 2022, 900)], r.observations);
		expect(warnings).toContain('scb_pxweb: folkmangd_deso2025 has deso2025 figures for 2022 but no regso2025 figures for those years');
	});
});

describe('annotateIndicators', () => {
	it('adds a caveat naming the fetched years and table to each refreshed indicator only', () => {
		const out = annotateIndicators(INDICATORS, r);
		const pop = out.find((i) => i.id === 'folkmangd_deso2025')!;
		expect(pop.caveats.at(-1)!.sv).toBe(
			'Värdena för 2024–2025 är hämtade direkt från SCB (PxWebApi, tabell TAB6574, hämtad 2026-03-02) och ersätter de transkriberade; andelar beräknas där ur SCB:s antal.'
		);
		expect(pop.source.files).toEqual([
			'stats/am_dashboard_deso2025/deso2025_stockholm_indicators.csv',
			'scb_pxweb/manifest.json',
			'scb_pxweb/TAB6574.metadata.json',
			'scb_pxweb/TAB6574.json'
		]);
		const income = out.find((i) => i.id === 'nettoinkomst_medel')!;
		expect(income).toBe(INDICATORS.find((i) => i.id === 'nettoinkomst_medel'));
	});
});
