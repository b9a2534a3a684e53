// The scatter's one column list: its data table on screen (ScatterPlot) and its CSV (the share menu) both come from
// here, so the two never disagree on what a column holds. Missing stays missing: words on screen, empty in the CSV.
import { m } from '$lib/paraglide/messages';
import { roundTo as round, type DataColumn } from '$lib/share/dataColumns';
import type { ScatterLabels, ScatterPoint } from './ScatterPlot.svelte';

/** Area (row header), code (CSV only), x, y and, with a grouping, membership. `decimals` rounds the CSV's values
 *  to what the table shows. */
export function scatterColumns(
	labels: ScatterLabels,
	formatX: (v: number) => string,
	formatY: (v: number) => string,
	decimals: { x?: number; y?: number } = {}
): DataColumn<ScatterPoint>[] {
	const group = labels.group;
	return [
		{ key: 'name', label: labels.area, text: (p) => p.name, value: (p) => p.name },
		{ key: 'code', label: m.compare_col_code(), value: (p) => p.code },
		{ key: 'x', label: labels.x, text: (p) => (p.x === null ? labels.missing : formatX(p.x)), value: (p) => round(p.x, decimals.x), numeric: true },
		{ key: 'y', label: labels.y, text: (p) => (p.y === null ? labels.missing : formatY(p.y)), value: (p) => round(p.y, decimals.y), numeric: true },
		...(group ? [{ key: 'group', label: group, text: (p: ScatterPoint) => (p.inGroup ? labels.yes : labels.no), value: (p: ScatterPoint) => (p.inGroup ? labels.yes : labels.no) }] : [])
	];
}
