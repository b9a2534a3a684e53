// A quoted series' one column list and source line, so that each point can be traced to where it was quoted: the
// line chart's columns (year, value, status), then, in the CSV, each row's source, its address and the quoted
// sentence; and a source line naming each source once (a source is its page, its URL) with the years it gave.
import { m } from '$lib/paraglide/messages';
import type { DataColumn } from '$lib/share/dataColumns';
import type { LineChartLabels, LineSeries } from '$lib/charts/SmallLineChart.svelte';
import { lineColumns, type LineCsvOptions, type LineRow } from '$lib/charts/lineColumns';
import type { ComparableSeries, EvidenceRow } from '$lib/types/trygghet';
import { sourceText, sourceTypeLabel } from './evidenceText';

/** The quoted figure behind each point, in the series' order (a point whose figure is not found is left out). */
export function seriesEvidence(s: Pick<ComparableSeries, 'points'>, byId: ReadonlyMap<string, EvidenceRow>): EvidenceRow[] {
	return s.points.map((p) => byId.get(p.evidenceId)).filter((r): r is EvidenceRow => !!r);
}

/**
 * The chart's columns, then three for the CSV only (the chart's own table sits in a narrow chart; the district's table
 * above it shows the same sources with their links): source, URL and quoted sentence of the row's figure. A row is the
 * nth figure of its year, as lineRows orders them; a figure quoted without a sentence has an empty quote cell.
 */
export function seriesColumns(
	s: Pick<ComparableSeries, 'points'>,
	byId: ReadonlyMap<string, EvidenceRow>,
	chart: { series: LineSeries[]; format: (v: number) => string; labels: LineChartLabels; csv?: LineCsvOptions }
): DataColumn<LineRow>[] {
	const figure = (r: LineRow) => byId.get(s.points.filter((p) => p.year === r.x)[r.nth]?.evidenceId ?? '');
	return [
		...lineColumns(chart.series, chart.format, chart.labels, chart.csv),
		{ key: 'source', label: m.trygghet_csv_source(), value: (r) => { const e = figure(r); return e ? sourceText(e) : null; } },
		{ key: 'url', label: m.trygghet_csv_url(), value: (r) => figure(r)?.url ?? null },
		{ key: 'quote', label: m.trygghet_csv_quote(), value: (r) => figure(r)?.quote ?? null }
	];
}

/** Years as runs: 2008, 2009, 2010, 2012 → "2008–2010, 2012". */
function yearRuns(years: number[]): string {
	const ys = [...new Set(years)].sort((a, b) => a - b);
	const runs: [number, number][] = [];
	for (const y of ys) {
		const last = runs[runs.length - 1];
		if (last && y === last[1] + 1) last[1] = y;
		else runs.push([y, y]);
	}
	return runs.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`)).join(', ');
}

/**
 * Each source of a series once, in the page's language, with the years it gave: `full` for the export's source line
 * (with the source type), `short` for the citation.
 */
export function seriesSourceLine(s: Pick<ComparableSeries, 'points'>, byId: ReadonlyMap<string, EvidenceRow>): { full: string; short: string } {
	const sources = new Map<string, { row: EvidenceRow; years: number[] }>();
	for (const p of s.points) {
		const row = byId.get(p.evidenceId);
		if (!row) continue;
		const seen = sources.get(row.url);
		if (seen) seen.years.push(p.year);
		else sources.set(row.url, { row, years: [p.year] });
	}
	const list = [...sources.values()];
	return {
		full: list.map(({ row, years }) => `${sourceText(row)} (${sourceTypeLabel(row.sourceType)}; ${yearRuns(years)})`).join('; '),
		short: [...new Set(list.map(({ row }) => sourceText(row)))].join('; ')
	};
}
