// Runs the trygghet loader over the real raw mirror; skipped where the mirror is not checked out.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { comparableSeries } from '../../../src/lib/model/comparableSeries.ts';
import { load } from './load.ts';
import type { TrygghetResult } from './result.ts';
import { countNoticesByArea, noticeRegionYears } from '../../../src/lib/model/noticeCounts.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const rawDir = process.env.STADSDELSKOLLEN_RAW ?? path.resolve(repoRoot, '../shared/data/raw');

describe.skipIf(!existsSync(path.join(rawDir, 'trygghet')))('trygghet over the real mirror', () => {
	// Loaded in beforeAll: a skipped describe still runs its body while collecting.
	let result: TrygghetResult;
	beforeAll(() => {
		result = load(rawDir);
	});

	it('names every measure of the mirror in Swedish and English, never with its ASCII key', () => {
		expect(result.evidence).toHaveLength(144);
		for (const r of result.evidence) {
			expect(r.measureName.sv, r.id).not.toMatch(/_/);
			expect(r.measureName.sv, r.id).not.toBe(r.measure);
		}
		const bromma = result.evidence.find((r) => r.measure === 'oro_for_brott_varje_dag_eller_nagon_dag_i_veckan_senaste_12_man')!;
		expect(bromma.measureName).toEqual({ sv: 'Orolig för brott varje dag eller någon dag i veckan (senaste 12 månaderna)', en: 'Worried about crime every day or some day a week (past 12 months)' });
	});

	it('gives two differently keyed or differently worded measures different names, in each language', () => {
		// One name per family and key; the same name must not stand for two (the city's "orolig för att närstående …"
		// and NTU's "mycket eller ganska stor oro …" once read alike).
		for (const lang of ['sv', 'en'] as const) {
			const byName = new Map<string, Set<string>>();
			for (const r of result.evidence) byName.set(r.measureName[lang], (byName.get(r.measureName[lang]) ?? new Set()).add(`${r.family}:${r.measure}`));
			expect([...byName].filter(([, keys]) => keys.size > 1).map(([name, keys]) => `${name}: ${[...keys].join(', ')}`)).toEqual([]);
		}
		const ntu = (key: string) => result.evidence.find((r) => r.family === 'bra_ntu' && r.measure === key)!.measureName.sv;
		expect(ntu('oro_for_narstaende')).toBe('Mycket eller ganska stor oro för att närstående ska utsättas för brott');
		expect(ntu('oro_for_bostadsinbrott')).toBe('Mycket eller ganska stor oro för bostadsinbrott');
	});

	it('has the 254 notices SOURCES_crime.md lists, 138 of them attempted murder', () => {
		expect(result.notices).toHaveLength(254);
		expect(result.notices.filter((n) => n.type === 'Mord/dråp, försök')).toHaveLength(138);
		expect(result.notices.find((n) => n.id === '371971')).toMatchObject({ date: '2022-09-26', sdoCodes: ['norrmalm'] });
	});

	it('reads Brå 2025: 191 090 reported offences, 19 159 per 100 000, quarters summing to the year', () => {
		expect(result.crimeYearly.find((r) => r.category === 'total' && r.year === 2025)).toMatchObject({ count: 191090, per100k: 19159 });
		const q2025 = result.crimeQuarterly.filter((r) => r.year === 2025).reduce((s, r) => s + r.count, 0);
		expect(q2025).toBe(191090);
		expect(result.crimeQuarterly.filter((r) => r.status === 'preliminary').map((r) => r.period)).toEqual(['2026K1', '2026K2']);
		expect(result.crimeYearly).toHaveLength(180);
		expect(result.observations).toHaveLength(360);
	});

	it("names the quarters' own table as their source, the yearly file only for the years", () => {
		expect(result.crimeQuarterlySource?.table).toContain('data/external/bra_crime_quarterly.csv');
		expect(result.crimeQuarterlySource?.files).toEqual(['trygghet/bra_anmalda_brott_kommun/bra_crime_quarterly_0180_utdrag_verbatim.csv', 'trygghet/bra_anmalda_brott_kommun/bra_anmalda_brott_stockholm_0180_kvartal_2014_2026.csv']);
		const total = result.indicators.find((i) => i.id === 'anmalda_brott_totalt_per_100k')!;
		expect(total.source.table).toContain('data/external/bra_crime.csv');
		expect(total.source.files.some((f) => f.includes('quarterly') || f.includes('kvartal'))).toBe(false);
		expect(total.caveats.map((c) => c.sv).join(' ')).toContain('data/external/bra_crime_quarterly.csv');
	});

	it('finds the verbatim and reshaped Brå files identical', () => {
		expect(result.warnings.filter((w) => w.includes('verbatim extract') || w.includes('missing from the long file'))).toEqual([]);
	});

	it('reads survey spot values: Rinkeby-Kista 21 % → 11 % worried about crime (2017 → 2020)', () => {
		const rk = result.evidence.filter((e) => e.measure === 'oro_for_brott_ofta_senaste_12_man' && e.areaName === 'Rinkeby-Kista');
		expect(rk.map((e) => [e.year, e.value, e.level])).toEqual([
			[2017, 21, 'stadsdelsomrade2007'],
			[2020, 11, 'stadsdelsomrade']
		]);
		const city = comparableSeries(result.evidence).find(
			(s) => s.measureKey === 'stockholms_stad_trygghetsmatning|oro_for_brott_ofta_senaste_12_man|kommun'
		);
		expect(city?.points.map((p) => [p.year, p.value])).toEqual([
			[2014, 8],
			[2017, 11],
			[2020, 9]
		]);
	});

	it('keeps every quoted figure: 144 evidence rows over 7 files, every row with a URL', () => {
		expect(result.evidence).toHaveLength(144);
		expect(result.evidence.every((e) => e.url.startsWith('https://'))).toBe(true);
	});

	it('counts notices per part of the city and year as recounted from the raw file, Hässelby and Spånga included', () => {
		// Golden figures, counted from the raw CSV by a separate script: each notice's stadsdel names mapped to their
		// stadsdelsområde by the crosswalk, and Hässelby, Spånga, Vasastan, Globen to theirs. Before, the 4 notices of
		// 2024 saying only "Hässelby" (one "Hässelby Gård") counted as naming no area: rest of Västerort 8, none 18.
		const coverage = { from: '2023-03-20', to: '2026-08-22', gaps: ['2025-06-22'] };
		expect(noticeRegionYears(result.notices, coverage)).toEqual([
			{ year: 2024, incomplete: false, totals: { jarva: 11, vasterortOther: 12, soderort: 26, innerstaden: 8, none: 14, all: 71 } },
			{ year: 2025, incomplete: true, totals: { jarva: 12, vasterortOther: 11, soderort: 26, innerstaden: 10, none: 14, all: 73 } }
		]);
		expect(result.notices.find((n) => n.id === '531556')).toMatchObject({ sdoCodes: ['hasselby-vallingby'], unmatchedPlaces: ['Hässelby'] });
	});

	it('counts notices per region without losing any: each notice is in alla once', () => {
		const counts = countNoticesByArea(result.notices, { by: 'innerstad_ytterstad', period: 'year' });
		const alla = counts.filter((c) => c.code === 'alla').reduce((s, c) => s + c.notices, 0);
		expect(alla).toBe(254);
	});
});
