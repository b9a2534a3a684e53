import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createNodeConnector } from '../nodeConnector.ts';
import { observationsArrow } from '../../../../data/write/arrowTables.ts';
import type { Observation } from '../../types/dataset.ts';
import { SYNTHETIC_SEGREGATION_AREAS, SYNTHETIC_SEGREGATION_EXPECTED as X } from '../../../../tests/fixtures/synthetic-segregation.ts';
import { segregationCounts, segregationIndex } from './segregationCounts.ts';

const REPO = path.resolve(import.meta.dirname, '../../../..');
const RAW = path.resolve(process.env.STADSDELSKOLLEN_RAW ?? path.join(REPO, '..', 'shared', 'data', 'raw'));
const RAW_COUNTS = path.join(RAW, 'stats/scb_regso_2020_2023/regso_foreign_born_2020_2023.csv');
const RAW_KEY = path.join(RAW, 'stats/scb_regso_socioekonomiskt_index/koppling_deso2018_regso2020.csv');
const BUILT = path.join(REPO, 'static/data/observations.arrow');

describe('segregationIndex on the synthetic three-area fixture', () => {
	it('reads minority and total from numerator and denominator and returns the hand-computed indices', async () => {
		const obs: Observation[] = SYNTHETIC_SEGREGATION_AREAS.map((a) => ({
			indicator: 'synthetic_share',
			level: 'deso',
			code: a.code,
			year: 2024,
			value: (100 * a.minority!) / a.total!,
			numerator: a.minority,
			denominator: a.total,
			status: 'derived'
		}));
		obs.push({ ...obs[0]!, code: 'SYN-M', value: null, numerator: null, denominator: null, status: 'missing' });
		obs.push({ ...obs[0]!, year: 2023, numerator: 99, denominator: 100 });
		const c = await createNodeConnector({ observations: observationsArrow(obs) });
		const rows = await segregationCounts(c, { indicator: 'synthetic_share', level: 'deso', year: 2024 });
		expect(rows.map((r) => [r.code, r.minority, r.total])).toEqual([
			['SYN-A', 10, 100],
			['SYN-B', 20, 200],
			['SYN-C', 70, 100],
			['SYN-M', null, null]
		]);
		const ans = await segregationIndex(c, { indicator: 'synthetic_share', level: 'deso', year: 2024 });
		expect([ans.level, ans.year, ans.derived, ans.approximate]).toEqual(['deso', 2024, true, false]);
		if (!ans.result.ok) throw new Error(ans.result.failure.kind);
		expect(ans.result.value.dissimilarity).toBeCloseTo(X.dissimilarity, 12);
		expect(ans.result.value.isolation).toBeCloseTo(X.isolation, 12);
		expect(ans.result.value.theilH).toBeCloseTo(X.theilH, 5);
		expect(ans.result.value.nMissing).toBe(1);
	});
});

/** D between foreign-born and Swedish-born over Stockholm's RegSO in 2023, straight from SCB's raw file. */
function rawDissimilarityStockholm2023(): { d: number; n: number } {
	const lines = (f: string) => readFileSync(f, 'utf8').replace(/^\uFEFF/, '').split(/\r*\n/).filter(Boolean);
	const names = new Set<string>();
	for (const line of lines(RAW_KEY).slice(1)) {
		const [kommun, , , regso] = line.split(',');
		if (kommun === '0180') names.add(`Stockholm (${regso})`);
	}
	const born = new Map<string, { sweden?: number; total?: number }>();
	for (const line of lines(RAW_COUNTS).slice(1)) {
		const m = /^"([^"]*)","([^"]*)","([^"]*)",([^,]*),([^,]*),([^,]*),([^,]*)$/.exec(line);
		if (!m || !names.has(m[1]!)) continue;
		const entry = born.get(m[1]!) ?? {};
		if (m[2] === 'Sverige') entry.sweden = Number(m[7]);
		if (m[2] === 'totalt') entry.total = Number(m[7]);
		born.set(m[1]!, entry);
	}
	let foreignAll = 0;
	let swedishAll = 0;
	for (const { sweden, total } of born.values()) {
		foreignAll += total! - sweden!;
		swedishAll += sweden!;
	}
	let sum = 0;
	for (const { sweden, total } of born.values()) sum += Math.abs((total! - sweden!) / foreignAll - sweden! / swedishAll);
	return { d: sum / 2, n: born.size };
}

describe.skipIf(!existsSync(RAW_COUNTS) || !existsSync(RAW_KEY) || !existsSync(BUILT))('Stockholm RegSO 2023', () => {
	it("matches D computed by a plain loop over the raw SCB counts with the query layer's value over the built data", async () => {
		const raw = rawDissimilarityStockholm2023();
		expect(raw.n).toBe(127);
		const c = await createNodeConnector({ observations: new Uint8Array(readFileSync(BUILT)) });
		const ans = await segregationIndex(c, { indicator: 'utrikes_fodda_andel', level: 'regso', year: 2023 });
		if (!ans.result.ok) throw new Error(ans.result.failure.kind);
		expect(ans.result.value.nAreas).toBe(127);
		expect(ans.result.value.dissimilarity).toBeCloseTo(raw.d, 10);
		expect(raw.d).toBeGreaterThan(0.2);
		expect(raw.d).toBeLessThan(0.6);
	});
});
