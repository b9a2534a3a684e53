import { describe, expect, it } from 'vitest';
import type { NoticeRow } from '../types/trygghet.ts';
import { countNoticesByArea, noticeRegionTotals } from './noticeCounts.ts';

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
