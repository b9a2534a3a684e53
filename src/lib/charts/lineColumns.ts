// The small line chart's one column list: its data table on screen (SmallLineChart) and its CSV (the share menu) both
// come from here. A row per period, a column per series (every series, in the CSV too), and a status column where
// points are preliminary. Missing stays missing: words on screen, empty in the CSV.
import { roundTo as round, type DataColumn } from '$lib/share/dataColumns';
import type { LineChartLabels, LineSeries } from './SmallLineChart.svelte';

/** One table row: a period and each series' value in it (null where a series has none). */
export interface LineRow {
	x: number;
	xLabel: string;
	/** The row's place among its period's rows (0 unless a series quotes two values for the period). */
	nth: number;
	values: (number | null)[];
	preliminary: boolean;
}

/** Rows in period order. A series quoting two values for one period (two outlets) gets a row for each, never an
 *  average: the first value on the period's first row, the second on the next. */
export function lineRows(series: LineSeries[]): LineRow[] {
	const periods = new Map<number, string>();
	for (const s of series) for (const p of s.points) if (!periods.has(p.x)) periods.set(p.x, p.xLabel);
	return [...periods.entries()]
		.sort((a, b) => a[0] - b[0])
		.flatMap(([x, xLabel]) => {
			const at = series.map((s) => s.points.filter((p) => p.x === x));
			const depth = Math.max(...at.map((ps) => ps.length));
			return Array.from({ length: depth }, (_, i) => ({
				x,
				xLabel,
				nth: i,
				values: at.map((ps) => ps[i]?.value ?? null),
				preliminary: at.some((ps) => ps[i]?.preliminary === true)
			}));
		});
}

export interface LineCsvOptions {
	/** The CSV's header for a series where it must say more (e.g. the unit); else the series' label. */
	csvLabel?: (s: LineSeries) => string;
	/** Rounds the CSV's values (e.g. to one decimal more than the screen shows). */
	decimals?: number;
	/** Carry the status column in the CSV even when no point is preliminary (the CSV then says "published"). */
	statusAlways?: boolean;
}

/** Period (row header), one column per series, and status: on screen where a point is preliminary, in the CSV also
 *  where `statusAlways`. */
export function lineColumns(series: LineSeries[], format: (v: number) => string, labels: LineChartLabels, csv: LineCsvOptions = {}): DataColumn<LineRow>[] {
	const hasPreliminary = series.some((s) => s.points.some((p) => p.preliminary));
	const status = (r: LineRow) => (r.preliminary ? labels.preliminary : labels.published);
	return [
		{ key: 'x', label: labels.x, text: (r) => r.xLabel, value: (r) => r.xLabel, sort: (r) => r.x },
		...series.map(
			(s, i): DataColumn<LineRow> => ({
				key: `series-${s.key}`,
				label: s.label,
				csvLabel: csv.csvLabel?.(s),
				text: (r) => (r.values[i] == null ? labels.missing : format(r.values[i]!)),
				value: (r) => round(r.values[i] ?? null, csv.decimals),
				sort: (r) => r.values[i] ?? null,
				numeric: true
			})
		),
		...(hasPreliminary || csv.statusAlways
			? [{ key: 'status', label: labels.status, ...(hasPreliminary ? { text: status } : {}), value: status }]
			: [])
	];
}
