// Counts police notices per area and half-year/year. Mentions, not incidence: no rates are ever computed from these.
import type { NoticeAreaCount, NoticeCountLevel, NoticePeriod, NoticeRow } from '../types/trygghet.ts';
import { innerstadYtterstad, JARVA } from './cityRegions.ts';

export interface NoticeCountOptions {
	by: NoticeCountLevel;
	period: NoticePeriod;
}

function periodOf(row: NoticeRow, period: NoticePeriod): string {
	const date = row.date ?? row.publishedAt.slice(0, 10);
	const year = date.slice(0, 4);
	if (period === 'year') return year;
	return `${year}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;
}

function areasOf(row: NoticeRow, by: NoticeCountLevel): string[] {
	if (by === 'stadsdelsomrade') return row.sdoCodes;
	const regions = new Set(row.sdoCodes.map(innerstadYtterstad).filter((c): c is NonNullable<typeof c> => c !== null));
	const areas: string[] = [...regions];
	if (row.sdoCodes.some((c) => JARVA.has(c))) areas.push('jarva');
	return areas;
}

/**
 * A notice naming areas in two districts counts once in each (it is evidence for both; splitting it 1/2 would
 * pretend to know where it happened); two places in the same district count once. So area counts can sum to more
 * than the notices: the 'alla' row gives each period's distinct notices, 'okand' those naming no area. Only
 * non-zero counts are returned, sorted by period then code.
 */
export function countNoticesByArea(rows: readonly NoticeRow[], options: NoticeCountOptions): NoticeAreaCount[] {
	const counts = new Map<string, NoticeAreaCount>();
	const add = (code: string, period: string) => {
		const key = `${period}|${code}`;
		const c = counts.get(key);
		if (c) c.notices += 1;
		else counts.set(key, { code, period, notices: 1 });
	};
	for (const row of rows) {
		const period = periodOf(row, options.period);
		add('alla', period);
		const areas = areasOf(row, options.by);
		if (areas.length === 0) add('okand', period);
		for (const code of areas) add(code, period);
	}
	return [...counts.values()].sort((a, b) => a.period.localeCompare(b.period) || a.code.localeCompare(b.code));
}

export interface RegionTotals {
	jarva: number;
	/** Västerort outside Järva. */
	vasterortOther: number;
	soderort: number;
	innerstaden: number;
	/** Notices naming no current stadsdelsområde. */
	none: number;
	all: number;
}

/**
 * Notices dated within [from, to] (ISO dates, inclusive) naming each part of the city; a notice naming two parts
 * counts in each, one naming two districts of the same part once. The counts are mentions, never incidence.
 */
export function noticeRegionTotals(rows: readonly NoticeRow[], from: string, to: string): RegionTotals {
	const t: RegionTotals = { jarva: 0, vasterortOther: 0, soderort: 0, innerstaden: 0, none: 0, all: 0 };
	for (const row of rows) {
		const date = row.date ?? row.publishedAt.slice(0, 10);
		if (date < from || date > to) continue;
		t.all += 1;
		const codes = row.sdoCodes.filter((c) => innerstadYtterstad(c) !== null);
		if (codes.length === 0) t.none += 1;
		if (codes.some((c) => JARVA.has(c))) t.jarva += 1;
		if (codes.some((c) => innerstadYtterstad(c) === 'vasterort' && !JARVA.has(c))) t.vasterortOther += 1;
		if (codes.some((c) => innerstadYtterstad(c) === 'soderort')) t.soderort += 1;
		if (codes.some((c) => innerstadYtterstad(c) === 'innerstaden')) t.innerstaden += 1;
	}
	return t;
}
