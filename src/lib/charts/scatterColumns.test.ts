import { describe, expect, it } from 'vitest';
import { scatterColumns } from './scatterColumns';
import { csvTable, screenCells } from '$lib/share/dataColumns';

const labels = { x: 'X (2023)', y: 'Y (2024)', area: 'Område', group: 'Syntetisk grupp', other: 'Övriga', yes: 'ja', no: 'nej', missing: 'uppgift saknas', showTable: 'Visa tabell' };
const points = [
	{ code: 'a', name: 'Område A', x: 12.345, y: 0.5, inGroup: true },
	{ code: 'b', name: 'Område B', x: null, y: 3, inGroup: false }
];
const pct = (v: number) => `${v.toFixed(1).replace('.', ',')}\u00a0%`;

describe('scatterColumns', () => {
	it('gives the table formatted cells and the CSV the code and values rounded to the indicator, missing empty', () => {
		const cols = scatterColumns(labels, pct, pct, { x: 1, y: 0 });
		expect(screenCells(cols, points)).toEqual({
			header: ['Område', 'X (2023)', 'Y (2024)', 'Syntetisk grupp'],
			rows: [
				['Område A', '12,3\u00a0%', '0,5\u00a0%', 'ja'],
				['Område B', 'uppgift saknas', '3,0\u00a0%', 'nej']
			]
		});
		expect(csvTable(cols, points).rows).toEqual([
			{ name: 'Område A', code: 'a', x: 12.3, y: 1, group: 'ja' },
			{ name: 'Område B', code: 'b', x: null, y: 3, group: 'nej' }
		]);
	});

	it('has no membership column without a grouping', () => {
		expect(scatterColumns({ ...labels, group: null }, pct, pct).map((c) => c.key)).toEqual(['name', 'code', 'x', 'y']);
	});
});
