// Golden SVG snapshots of the pure chart components, rendered on the server from SYNTHETIC props. Output is
// normalised (numbers rounded, Svelte's comments and scoped class hashes removed) so diffs show only real changes.
// Update after an intended change with `npx vitest run src/lib/charts -u` and review the diff.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import Choropleth from './Choropleth.svelte';
import Legend from './Legend.svelte';
import LevelChart from './LevelChart.svelte';
import Sparkline from './Sparkline.svelte';
import TextTable from './TextTable.svelte';
import { normalise } from './snapshotNormalise.ts';

const frame = { width: 100, height: 60, rotate: [-18, 0] as [number, number], scale: 1, translate: [0, 0] as [number, number] };
const shapes = [
	{ code: 'a', name: 'Område A', d: 'M0,0L40,0L40,60L0,60Z', cx: 20, cy: 30 },
	{ code: 'b', name: 'Område B', d: 'M40,0L100,0L100,60L40,60Z', cx: 70, cy: 30 }
];

describe('chart snapshots', () => {
	it('Choropleth: fills, missing-value hatch, outline and selection', async () => {
		const { body } = render(Choropleth, {
			props: {
				frame,
				shapes,
				fills: { a: '#c6dbef', b: 'url(#no-data-hatch)' },
				label: 'Syntetisk karta',
				describe: (code: string) => [code === 'a' ? 'Område A' : 'Område B', code === 'a' ? '12,3 %' : 'uppgift saknas'],
				outlines: [{ id: 'fokus2025', label: 'Fokus', d: 'M0,0L40,0L40,60L0,60Z', dash: '9 4' }],
				selected: 'a',
				noDataLabel: '1 område saknar uppgift.'
			}
		});
		await expect(normalise(body)).toMatchFileSnapshot('__snapshots__/choropleth.svg.html');
	});

	it('Legend: class limits and a separate no-data swatch', async () => {
		const { body } = render(Legend, {
			props: {
				title: 'Teckenförklaring',
				thresholds: [10, 20],
				colours: ['#eff3ff', '#6baed6', '#084594'],
				format: (v: number) => `${v} %`,
				min: 2,
				max: 31,
				noDataLabel: 'Uppgift saknas',
				cityLabel: 'Hela staden: 11 %',
				method: 'Kvantiler'
			}
		});
		await expect(normalise(body)).toMatchFileSnapshot('__snapshots__/legend.html');
	});

	it('TextTable: the first cell of a row is its header, the others numbers, a missing value said in words', async () => {
		const { body } = render(TextTable, {
			props: {
				caption: 'Syntetisk tabell',
				header: ['Grupp', 'Andel'],
				rows: [
					['Område A', '12,5 %'],
					['Område B', 'uppgift saknas']
				],
				rowKeys: ['a', 'b']
			}
		});
		await expect(normalise(body)).toMatchFileSnapshot('__snapshots__/text-table.html');
	});

	it('Sparkline: an area against the city, with a gap for a missing year', async () => {
		const { body } = render(Sparkline, {
			props: {
				area: [
					{ year: 2020, value: 10 },
					{ year: 2021, value: null },
					{ year: 2022, value: 14 }
				],
				city: [
					{ year: 2020, value: 12 },
					{ year: 2021, value: 12.5 },
					{ year: 2022, value: 13 }
				],
				label: 'Syntetisk trend'
			}
		});
		await expect(normalise(body)).toMatchFileSnapshot('__snapshots__/sparkline.svg.html');
	});

	it('LevelChart: a marker per division and year, shapes told apart, a missing value left out', async () => {
		const d: Record<string, Record<number, number | null>> = { a: { 2020: 0.31, 2023: 0.34 }, b: { 2020: 0.27, 2023: null }, c: { 2020: 0.22, 2023: 0.25 } };
		const { body } = render(LevelChart, {
			props: {
				years: [2020, 2023],
				series: [
					{ key: 'a', label: 'Indelning A' },
					{ key: 'b', label: 'Indelning B' },
					{ key: 'c', label: 'Indelning C' }
				],
				value: (key: string, year: number) => d[key]?.[year] ?? null,
				axisLabel: 'Syntetiskt index',
				label: 'Syntetiskt diagram per indelning',
				tick: (t: number) => t.toFixed(1).replace('.', ','),
				width: 300
			}
		});
		await expect(normalise(body)).toMatchFileSnapshot('__snapshots__/level-chart.svg.html');
	});
});
