// A grouping's value from the rows already on screen (before DuckDB is ready): ratio of summed counts, or a sum.
// Means and medians need population weights, which the on-screen rows lack: those return null here and are
// computed by the query layer instead.
import type { Aggregation } from '../types/dataset.ts';

interface Row {
	code: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	status?: string;
}

export interface GroupingValue {
	value: number | null;
	nAreas: number;
	nMissing: number;
	approximate: boolean;
}

export function groupingValue(indicator: { aggregation: Aggregation }, rows: readonly Row[], codes: ReadonlySet<string>): GroupingValue {
	const byCode = new Map(rows.map((r) => [r.code, r]));
	let num = 0;
	let den = 0;
	let sum = 0;
	let nMissing = 0;
	let approximate = false;
	for (const code of codes) {
		const r = byCode.get(code);
		const usable = r && r.value !== null && (indicator.aggregation.kind !== 'ratio' || (r.numerator !== null && r.denominator !== null));
		if (!usable) {
			nMissing++;
			continue;
		}
		if (r.status === 'approximate') approximate = true;
		num += r.numerator ?? 0;
		den += r.denominator ?? 0;
		sum += r.value!;
	}
	const nAreas = codes.size;
	const a = indicator.aggregation;
	if (nAreas === 0 || nMissing === nAreas) return { value: null, nAreas, nMissing, approximate };
	if (a.kind === 'ratio') return { value: den > 0 ? (a.scale * num) / den : null, nAreas, nMissing, approximate };
	if (a.kind === 'sum') return { value: nMissing ? null : sum, nAreas, nMissing, approximate };
	return { value: null, nAreas, nMissing, approximate: true };
}
