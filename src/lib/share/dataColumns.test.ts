import { describe, expect, it } from 'vitest';
import { csvTable, screenCells, screenColumns, type DataColumn } from './dataColumns';
import { tableText } from './csv';
import { formatNumber } from '$lib/i18n/format';

interface Row {
	code: string;
	name: string;
	share: number | null;
	count: number | null;
}
const rows: Row[] = [
	{ code: '0180', name: 'Rinkeby-Kista', share: 0.21234, count: 48213 },
	{ code: '0181', name: 'Skärholmen', share: null, count: 0 }
];
const pct = (v: number | null) => (v === null ? formatNumber(null, 'sv') : `${formatNumber(100 * v, 'sv', 1)}\u00a0%`);
const columns: DataColumn<Row>[] = [
	{ key: 'name', label: 'Område', text: (r) => r.name, value: (r) => r.name, sort: (r) => r.name },
	{ key: 'code', label: 'kod', value: (r) => r.code },
	{ key: 'share', label: 'Andel', csvLabel: 'Andel (%)', text: (r) => pct(r.share), value: (r) => (r.share === null ? null : 100 * r.share), numeric: true },
	{ key: 'count', label: 'Antal', text: (r) => formatNumber(r.count, 'sv'), value: (r) => r.count, numeric: true },
	{ key: 'rank', label: 'Rang', text: () => '–' }
];

describe('one column list for the table and the CSV', () => {
	it('formats screen cells sv-SE and says missing in words', () => {
		expect(screenCells(columns, rows)).toEqual({
			header: ['Område', 'Andel', 'Antal', 'Rang'],
			rows: [
				['Rinkeby-Kista', '21,2\u00a0%', '48\u00a0213', '–'],
				['Skärholmen', 'uppgift saknas', '0', '–']
			]
		});
		expect(screenColumns(columns).map((c) => [c.key, !!c.sort, !!c.numeric])).toEqual([
			['name', true, false],
			['share', false, true],
			['count', false, true],
			['rank', false, false]
		]);
	});

	it('keeps CSV values exact, CSV-only columns in, screen-only columns out, and a missing value empty (never 0)', () => {
		const t = csvTable(columns, rows);
		expect(t.columns).toEqual([
			{ key: 'name', label: 'Område' },
			{ key: 'code', label: 'kod' },
			{ key: 'share', label: 'Andel (%)' },
			{ key: 'count', label: 'Antal' }
		]);
		expect(t.rows).toEqual([
			{ name: 'Rinkeby-Kista', code: '0180', share: 21.234, count: 48213 },
			{ name: 'Skärholmen', code: '0181', share: null, count: 0 }
		]);
		expect(tableText(t, 'excel-sv')).toEqual([
			['Område', 'kod', 'Andel (%)', 'Antal'],
			['Rinkeby-Kista', '0180', '21,234', '48213'],
			['Skärholmen', '0181', '', '0']
		]);
	});

	it('turns a non-finite value into an empty cell', () => {
		const t = csvTable<Row>([{ key: 'x', label: 'x', value: () => Number.NaN }], rows.slice(0, 1));
		expect(t.rows).toEqual([{ x: null }]);
	});
});
