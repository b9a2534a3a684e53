import { describe, expect, it } from 'vitest';
import { noticeCountColumns } from './noticeCountColumns';
import type { CountRow } from './NoticeCountTable.svelte';
import { csvTable, screenCells } from '$lib/share/dataColumns';
import { tableText } from '$lib/share/csv';
import { formatNumber } from '$lib/i18n/format';

// Synthetic counts: the district has no notice in the second half-year (a count of 0, not a missing value).
const periods = [
	{ key: '2025-H1', label: '2025 h1', incomplete: false },
	{ key: '2025-H2', label: '2025 h2', incomplete: true }
];
const rows: CountRow[] = [
	{ key: 'r', label: 'Syntetisk region', counts: { '2025-H1': 1234, '2025-H2': 7 } },
	{ key: 'd', label: 'Syntetiskt distrikt', sub: true, counts: { '2025-H1': 3 } }
];
const cols = noticeCountColumns('Område', periods, (n) => formatNumber(n, 'sv'));

describe('noticeCountColumns', () => {
	it('writes the counts sv-SE on screen, a period without notices as 0', () => {
		expect(screenCells(cols, rows)).toEqual({
			header: ['Område', '2025 h1', '2025 h2'],
			rows: [
				['Syntetisk region', '1\u00a0234', '7'],
				['Syntetiskt distrikt', '3', '0']
			]
		});
		expect(cols.map((c) => c.incomplete ?? null)).toEqual([null, false, true]);
	});

	it('gives the CSV the exact counts and marks an incomplete period in its header', () => {
		expect(tableText(csvTable(cols, rows), 'excel-sv')).toEqual([
			['Område', '2025 h1', '2025 h2 †'],
			['Syntetisk region', '1234', '7'],
			['Syntetiskt distrikt', '3', '0']
		]);
	});
});
