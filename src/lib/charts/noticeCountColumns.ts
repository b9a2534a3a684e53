// The notice count table's one column list: the table on the page (NoticeCountTable) and its CSV both come from here.
// A row per area, a column per period; an incomplete period is marked (a dagger on screen, explained in the note;
// " †" in the CSV header). A period without a notice naming the area counts 0: it is a count, not a missing value.
import type { DataColumn } from '$lib/share/dataColumns';
import type { CountPeriod, CountRow } from './NoticeCountTable.svelte';

export interface CountColumn extends DataColumn<CountRow> {
	/** The period's coverage is incomplete. */
	incomplete?: boolean;
}

export function noticeCountColumns(rowHeader: string, periods: CountPeriod[], format: (n: number) => string): CountColumn[] {
	const count = (r: CountRow, key: string) => r.counts[key] ?? 0;
	return [
		{ key: 'area', label: rowHeader, text: (r) => r.label, value: (r) => r.label },
		...periods.map(
			(p): CountColumn => ({
				key: p.key,
				label: p.label,
				csvLabel: p.incomplete ? `${p.label} †` : undefined,
				incomplete: p.incomplete,
				text: (r) => format(count(r, p.key)),
				value: (r) => count(r, p.key),
				numeric: true
			})
		)
	];
}
