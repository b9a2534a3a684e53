// Counts police notices per area and half-year/year. Mentions, not incidence: no rates are ever computed from these.
import type { NoticeAreaCount, NoticeCountLevel, NoticePeriod, NoticeRow } from '../types/trygghet.ts';
import { cityPart, innerstadYtterstad, JARVA, type CityPart } from './cityRegions.ts';

export interface NoticeCountOptions {
	by: NoticeCountLevel;
	period: NoticePeriod;
}

/** The continuous scrape's coverage: from and to (ISO dates, inclusive) and the dates of its gaps. */
export interface NoticeCoverage {
	from: string;
	to: string;
	gaps: readonly string[];
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

/** Notices per part of the city (cityPart); the keys are the CityPart names. */
export interface RegionTotals extends Record<CityPart, number> {
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
		const parts = new Set(row.sdoCodes.map(cityPart).filter((p): p is CityPart => p !== null));
		if (parts.size === 0) t.none += 1;
		for (const p of parts) t[p] += 1;
	}
	return t;
}

/** First and last day of a count period as periodOf writes it ('2025' or '2025-H1'). */
export function periodBounds(period: string): { start: string; end: string } {
	const [year, h] = period.split('-H');
	if (h === undefined) return { start: `${year}-01-01`, end: `${year}-12-31` };
	return { start: `${year}-${h === '1' ? '01-01' : '07-01'}`, end: `${year}-${h === '1' ? '06-30' : '12-31'}` };
}

/**
 * The one rule for an incomplete period, a year or a half-year: it is incomplete unless the continuous scrape covers
 * it from its first to its last day without a gap. Counts in an incomplete period may miss notices.
 */
export function periodIncomplete(period: string, coverage: NoticeCoverage): boolean {
	const { start, end } = periodBounds(period);
	return start < coverage.from || end > coverage.to || coverage.gaps.some((g) => g >= start && g <= end);
}

export interface NoticeRegionYear {
	year: number;
	/** periodIncomplete for the year: the scrape has a gap in it. */
	incomplete: boolean;
	totals: RegionTotals;
}

/**
 * noticeRegionTotals for each calendar year the scrape spans from its first to its last day (a year it starts or
 * ends in is left out; a year with a gap is kept and marked incomplete).
 */
export function noticeRegionYears(rows: readonly NoticeRow[], coverage: NoticeCoverage): NoticeRegionYear[] {
	const out: NoticeRegionYear[] = [];
	for (let year = Number(coverage.from.slice(0, 4)); year <= Number(coverage.to.slice(0, 4)); year++) {
		const { start, end } = periodBounds(String(year));
		if (start < coverage.from || end > coverage.to) continue;
		out.push({ year, incomplete: periodIncomplete(String(year), coverage), totals: noticeRegionTotals(rows, start, end) });
	}
	return out;
}
