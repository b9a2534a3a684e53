// Golden SVG/HTML snapshots of the data charts (the map's are in charts.snapshot.test.ts), rendered on the server from
// SYNTHETIC props and normalised. Update after an intended change with `npx vitest run src/lib/charts -u`; review the diff.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { createRawSnippet } from 'svelte';
import ChartFigure from './ChartFigure.svelte';
import ConcentrationCurve from './ConcentrationCurve.svelte';
import DotPlot from './DotPlot.svelte';
import NoticeCountTable from './NoticeCountTable.svelte';
import { noticeCountColumns } from './noticeCountColumns';
import ProfileChart from './ProfileChart.svelte';
import RankingStrip from './RankingStrip.svelte';
import ScatterPlot from './ScatterPlot.svelte';
import SmallLineChart from './SmallLineChart.svelte';
import SortableTable from './SortableTable.svelte';
import TargetingBars from './TargetingBars.svelte';
import TimeSeries from './TimeSeries.svelte';
import { normalise } from './snapshotNormalise.ts';

const pct = (v: number) => `${v.toFixed(1).replace('.', ',')} %`;
const share = (s: number) => pct(100 * s);
type Row = { code: string; name: string; value: number | null };
const tableRows: Row[] = [
	{ code: 'a', name: 'Område A', value: 12.3 },
	{ code: 'b', name: 'Område B', value: null },
	{ code: 'c', name: 'Område C', value: 4 }
];
const tableColumns = [
	{ key: 'name', label: 'Område', text: (r: Row) => r.name, sort: (r: Row) => r.name },
	{ key: 'value', label: 'Värde', text: (r: Row) => (r.value === null ? 'uppgift saknas' : pct(r.value)), sort: (r: Row) => r.value, numeric: true }
];

/** Renders any chart with plain props (each test's props are that chart's, checked by the snapshot itself). */
async function snap(component: unknown, props: Record<string, unknown>, file: string) {
	const { body } = render(component as never, { props } as never);
	await expect(normalise(body)).toMatchFileSnapshot(`__snapshots__/${file}`);
}

describe('data chart snapshots', () => {
	it('ConcentrationCurve: the curve, the diagonal and a highlighted group', async () => {
		const props = {
			points: [
				{ code: 'a', rate: 0.3, x0: 0, y0: 0, x: 0.2, y: 0.5 },
				{ code: 'b', rate: 0.1, x0: 0.2, y0: 0.5, x: 0.7, y: 0.9 },
				{ code: 'c', rate: 0.02, x0: 0.7, y0: 0.9, x: 1, y: 1 }
			],
			groups: [{ key: 'g', label: 'Grupp', members: new Set(['a']) }],
			label: 'Syntetisk koncentrationskurva',
			xLabel: 'Andel av befolkningen',
			yLabel: 'Andel av behovet',
			diagonalLabel: 'Jämn fördelning',
			percent: share,
			width: 300
		};
		await snap(ConcentrationCurve, props, 'concentration-curve.svg.html');
		// The same at its desktop width (its default), the layout the prerendered page and every export draw.
		await snap(ConcentrationCurve, { ...props, width: undefined }, 'concentration-curve-desktop.svg.html');
		// Two names that differ only at their end, at a phone's width and at the desktop's: each whole on two lines.
		const groups = ['2023', '2025'].map((y) => ({ key: `g${y}`, label: `Övriga syntetiska staden (utanför Syntetiska områden ${y})`, members: new Set(['b']) }));
		await snap(ConcentrationCurve, { ...props, groups, width: 343 }, 'concentration-curve-long-labels.svg.html');
		await snap(ConcentrationCurve, { ...props, groups, width: undefined }, 'concentration-curve-long-labels-desktop.svg.html');
	});

	it('DotPlot: index against the city per indicator, a missing point, a selected row', async () => {
		const props = {
			rows: [
				{ id: 'x', label: 'Indikator X', points: [{ key: 'g', index: 150, text: 'Grupp: 15 %' }, { key: 'r', index: 80, text: 'Övriga: 8 %' }] },
				{ id: 'y', label: 'Indikator Y', points: [{ key: 'g', index: null, text: 'Grupp: uppgift saknas' }, { key: 'r', index: 105, text: 'Övriga: 21 %' }] }
			],
			sets: [{ key: 'g', label: 'Grupp' }, { key: 'r', label: 'Övriga' }],
			axisLabel: 'Index, hela staden = 100',
			label: 'Syntetisk punktdiagram',
			pickLabel: (id: string) => `Välj ${id}`,
			selected: 'x',
			width: 400
		};
		await snap(DotPlot, props, 'dotplot.svg.html');
		// The same at its desktop width (its default), the layout the prerendered page and every export draw.
		await snap(DotPlot, { ...props, width: undefined }, 'dotplot-desktop.svg.html');
		// Names that differ only at their end (an age band, a year, a grouping's year) at a phone's width: whole, wrapped.
		const long = {
			...props,
			rows: ['18–24', '25–29'].map((band) => ({ id: band, label: `Syntetiska personer med ekonomiskt bistånd, ${band} år (2023)`, points: [{ key: 'g', index: 120, text: 'Grupp: 12 %' }] })),
			sets: [{ key: 'g', label: 'Övriga syntetiska staden (utanför Syntetiska områden 2025)' }],
			selected: null,
			width: 343
		};
		await snap(DotPlot, long, 'dotplot-long-labels.svg.html');
	});

	it('NoticeCountTable: counts per period, a sub-row, a summary row and an incomplete period', async () => {
		await snap(
			NoticeCountTable,
			{
				id: 'syn-notices',
				caption: 'Syntetiska händelser',
				columns: noticeCountColumns('Område', [{ key: 'p1', label: '2025', incomplete: false }, { key: 'p2', label: '2026', incomplete: true }], String),
				rows: [
					{ key: 'r', label: 'Region', counts: { p1: 10, p2: 4 } },
					{ key: 'd', label: 'Distrikt', sub: true, counts: { p1: 6, p2: 1 } },
					{ key: 's', label: 'Alla', summary: true, counts: { p1: 12, p2: 5 } }
				],
				note: '† Ofullständig period.'
			},
			'notice-count-table.html'
		);
	});

	it('ProfileChart: an area against the city per indicator, one value missing, a note under the rows', async () => {
		await snap(
			ProfileChart,
			{
				rows: [
					{ id: 'x', label: 'Indikator X', unit: 'percent', decimals: 1, year: 2023, value: 20, city: 10, trend: [] },
					{ id: 'y', label: 'Indikator Y', unit: 'percent', decimals: 1, year: 2023, value: null, city: 30, trend: [] }
				],
				label: 'Syntetisk profil',
				format: (r: { value: number | null; city: number | null }, which: 'area' | 'city') => {
					const v = which === 'area' ? r.value : r.city;
					return v === null ? 'uppgift saknas' : pct(v);
				},
				cityLabel: 'Hela staden',
				note: '≈ syntetisk not'
			},
			'profile-chart.svg.html'
		);
	});

	it('RankingStrip: areas ranked, a group marked, the city line', async () => {
		const props = {
			areas: tableRows,
			groups: [{ key: 'g', label: 'Grupp', members: new Set(['a']), value: 12.3 }],
			city: 8,
			label: 'Syntetisk rangordning',
			format: pct,
			width: 300
		};
		await snap(RankingStrip, props, 'ranking-strip.svg.html');
		// The same at its desktop width (its default), the layout the prerendered page and every export draw.
		await snap(RankingStrip, { ...props, width: undefined }, 'ranking-strip-desktop.svg.html');
	});

	it('ScatterPlot: points in and out of the group, an uncertain point, a missing one', async () => {
		await snap(
			ScatterPlot,
			{
				id: 'syn-scatter',
				title: 'Syntetiskt samband',
				summary: 'r = 0,5 (n = 3).',
				points: [
					{ code: 'a', name: 'Område A', x: 1, y: 2, inGroup: true },
					{ code: 'b', name: 'Område B', x: 2, y: 1, inGroup: false, note: 'färre än 30 svar' },
					{ code: 'c', name: 'Område C', x: 3, y: 4, inGroup: false },
					{ code: 'd', name: 'Område D', x: null, y: 4, inGroup: false }
				],
				formatX: pct,
				formatY: pct,
				labels: { x: 'X', y: 'Y', area: 'Område', group: 'Grupp', other: 'Övriga', yes: 'ja', no: 'nej', missing: 'uppgift saknas', showTable: 'Visa tabell', uncertain: 'Osäker' },
				width: 300,
				height: 200
			},
			'scatter-plot.svg.html'
		);
	});

	it('SmallLineChart: two series, a preliminary point', async () => {
		await snap(
			SmallLineChart,
			{
				id: 'syn-lines',
				title: 'Syntetiska linjer',
				summary: 'Stiger.',
				series: [
					{ key: 'a', label: 'A', points: [{ x: 2024, xLabel: '2024', value: 10 }, { x: 2025, xLabel: '2025', value: 12, preliminary: true }] },
					{ key: 'b', label: 'B', points: [{ x: 2024, xLabel: '2024', value: 8 }, { x: 2025, xLabel: '2025', value: 7 }] }
				],
				format: pct,
				labels: { preliminary: 'preliminär', published: 'publicerad', showTable: 'Visa tabell', x: 'År', status: 'Status', missing: 'uppgift saknas' }
			},
			'small-line-chart.svg.html'
		);
	});

	it('SortableTable: a caption, sortable headers, a missing value, a highlighted row', async () => {
		await snap(
			SortableTable,
			{
				caption: 'Syntetisk tabell',
				columns: tableColumns,
				rows: tableRows,
				rowKey: (r: Row) => r.code,
				sortLabel: (c: string) => `Sortera efter ${c}`,
				initialSort: { key: 'value', dir: 'descending' },
				highlight: 'c'
			},
			'sortable-table.html'
		);
	});

	it('TargetingBars: need against population share per group, one missing, a 58-character label wrapped in full', async () => {
		await snap(
			TargetingBars,
			{
				bars: [
					{ key: 'g', label: 'Grupp', needShare: 0.4, populationShare: 0.2 },
					{ key: 'r', label: 'Övriga', needShare: null, populationShare: 0.8 },
					{ key: 's', label: 'Övriga staden (alla områden utom Syntetiska gruppen 2025)', needShare: 0.35, populationShare: 0.5 }
				],
				label: 'Syntetisk träffsäkerhet',
				needLabel: 'Andel av behovet',
				popLabel: 'Andel av befolkningen',
				percent: share,
				width: 300
			},
			'targeting-bars.svg.html'
		);
	});

	it('TimeSeries: two segments (a break), a gap, the city dashed', async () => {
		await snap(
			TimeSeries,
			{
				segments: [
					{ id: 's1', years: [2018, 2019, 2020], series: [{ key: 'g', values: [10, null, 12] }], reference: [8, 8.5, 9] },
					{ id: 's2', years: [2021, 2022], series: [{ key: 'g', values: [14, 15] }], reference: [10, 10.5] }
				],
				label: 'Syntetisk tidsserie',
				format: pct,
				breakText: 'Tidsseriebrott',
				width: 400,
				height: 200
			},
			'time-series.svg.html'
		);
	});

	it('ChartFigure: title, reading, source and the data table around a chart', async () => {
		await snap(
			ChartFigure,
			{
				id: 'syn-figure',
				title: 'Syntetisk figur',
				reading: ['Område A har högst värde.'],
				readingLabel: 'Läsning',
				source: 'Källa: syntetiska data.',
				tableLabel: 'Visa tabell',
				caption: 'Syntetisk tabell',
				columns: tableColumns,
				rows: tableRows,
				rowKey: (r: Row) => r.code,
				sortLabel: (c: string) => `Sortera efter ${c}`,
				children: createRawSnippet(() => ({ render: () => '<svg data-chart="syn" width="10" height="10"></svg>' }))
			},
			'chart-figure.html'
		);
	});
});
