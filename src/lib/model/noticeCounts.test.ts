import { describe, expect, it } from 'vitest';
import type { NoticeRow } from '../types/trygghet.ts';
import { countNoticesByArea, noticeRegionTotals, noticeRegionYears, periodIncomplete } from './noticeCounts.ts';

function notice(id: string, date: string | null, sdoCodes: string[], publishedAt = `${date} 12:00:00 +01:00`): NoticeRow {
	return { id, date, publishedAt, type: 'Explosion', title: '', summary: '', url: '', stadsdelar: [], stadsdelsomraden: [], sdoCodes, unmatchedPlaces: [] };
}

// Hand-counted: n2 names Husby and Tensta (two Järva SDOs), n3 names Södermalm and Farsta (inner city and Söderort).
const FIXTURE: NoticeRow[] = [
	notice('n1', '2024-02-10', ['rinkeby-kista']),
	notice('n2', '2024-03-01', ['rinkeby-kista', 'spanga-tensta']),
	notice('n3', '2024-07-15', ['farsta', 'sodermalm']),
	notice('n4', '2024-08-01', []),
	notice('n5', null, ['bromma'], '2025-01-05 08:00:00 +01:00'),
	notice('n6', '2024-12-31', ['farsta'], '2025-01-01 00:10:00 +01:00')
];

const table = (rows: { code: string; period: string; notices: number }[]) => rows.map((r) => `${r.period} ${r.code} ${r.notices}`);

describe('countNoticesByArea', () => {
	it('counts a notice naming two SDOs once in each, by half-year of the incident date', () => {
		expect(table(countNoticesByArea(FIXTURE, { by: 'stadsdelsomrade', period: 'halfyear' }))).toEqual([
			'2024-H1 alla 2',
			'2024-H1 rinkeby-kista 2',
			'2024-H1 spanga-tensta 1',
			'2024-H2 alla 3',
			'2024-H2 farsta 2',
			'2024-H2 okand 1',
			'2024-H2 sodermalm 1',
			'2025-H1 alla 1',
			'2025-H1 bromma 1'
		]);
	});

	it('counts a notice once per region even when it names two SDOs of that region; Järva listed apart', () => {
		expect(table(countNoticesByArea(FIXTURE, { by: 'innerstad_ytterstad', period: 'year' }))).toEqual([
			'2024 alla 5',
			'2024 innerstaden 1',
			'2024 jarva 2',
			'2024 okand 1',
			'2024 soderort 2',
			'2024 vasterort 2',
			'2025 alla 1',
			'2025 vasterort 1'
		]);
	});

	it('returns nothing for no notices', () => {
		expect(countNoticesByArea([], { by: 'stadsdelsomrade', period: 'year' })).toEqual([]);
	});
});

describe('noticeRegionTotals', () => {
	it('counts by hand: Järva apart from the rest of Västerort, a notice in two parts in each, dates inclusive', () => {
		// 2024: n1 Järva; n2 Järva (two SDOs, once); n3 Söderort + innerstaden; n4 none; n6 Söderort. n5 is 2025.
		expect(noticeRegionTotals(FIXTURE, '2024-01-01', '2024-12-31')).toEqual({
			jarva: 2, vasterortOther: 0, soderort: 2, innerstaden: 1, none: 1, all: 5
		});
		expect(noticeRegionTotals(FIXTURE, '2025-01-05', '2025-01-05')).toEqual({
			jarva: 0, vasterortOther: 1, soderort: 0, innerstaden: 0, none: 0, all: 1
		});
	});
});

describe('periodIncomplete: one rule for years and half-years', () => {
	const coverage = { from: '2023-03-20', to: '2026-08-22', gaps: ['2025-06-22'] };
	it('marks a period the scrape starts or ends in, or has a gap in, and no other', () => {
		const incomplete = ['2023', '2023-H1', '2023-H2', '2024', '2024-H1', '2024-H2', '2025', '2025-H1', '2025-H2', '2026', '2026-H1', '2026-H2'].filter((p) =>
			periodIncomplete(p, coverage)
		);
		// 2023-H2 is whole (20 March lies in H1); the gap of 22 June 2025 makes both 2025 and its first half incomplete.
		expect(incomplete).toEqual(['2023', '2023-H1', '2025', '2025-H1', '2026', '2026-H2']);
	});
	it('counts a gap on a period\'s first or last day', () => {
		expect(periodIncomplete('2024', { from: '2020-01-01', to: '2030-12-31', gaps: ['2024-12-31'] })).toBe(true);
		expect(periodIncomplete('2024-H2', { from: '2020-01-01', to: '2030-12-31', gaps: ['2024-07-01'] })).toBe(true);
		expect(periodIncomplete('2024-H1', { from: '2020-01-01', to: '2030-12-31', gaps: ['2024-07-01'] })).toBe(false);
	});
});

describe('noticeRegionYears', () => {
	// A notice naming Bromma and Rinkeby-Kista (n7) counts for Järva and for the rest of Västerort, never twice in one.
	const rows: NoticeRow[] = [
		...FIXTURE,
		notice('n7', '2024-05-05', ['bromma', 'rinkeby-kista']),
		notice('n8', '2025-06-01', ['hasselby-vallingby', 'bromma']),
		notice('n9', '2023-01-10', ['bromma'])
	];
	const coverage = { from: '2023-03-20', to: '2026-08-22', gaps: ['2025-06-22'] };
	it('gives each whole year the scrape spans, Västerort without Järva, and marks the year with a gap', () => {
		const years = noticeRegionYears(rows, coverage);
		expect(years.map((y) => [y.year, y.incomplete])).toEqual([
			[2024, false],
			[2025, true]
		]);
		// 2024 by hand: Järva n1, n2, n7 = 3; rest of Västerort n7 = 1; Söderort n3, n6 = 2; innerstaden n3; none n4; all 6.
		expect(years[0]!.totals).toEqual({ jarva: 3, vasterortOther: 1, soderort: 2, innerstaden: 1, none: 1, all: 6 });
		// 2025 by hand: n5 Bromma, n8 Hässelby-Vällingby + Bromma (once): rest of Västerort 2, Järva 0.
		expect(years[1]!.totals).toEqual({ jarva: 0, vasterortOther: 2, soderort: 0, innerstaden: 0, none: 0, all: 2 });
	});
	it('is the notices section\'s totals, year by year', () => {
		for (const y of noticeRegionYears(rows, coverage)) expect(y.totals).toEqual(noticeRegionTotals(rows, `${y.year}-01-01`, `${y.year}-12-31`));
	});
	it('gives no year when the scrape spans none whole', () => {
		expect(noticeRegionYears(rows, { from: '2024-02-01', to: '2025-11-30', gaps: [] })).toEqual([]);
	});
});
