// Groups quoted figures into time series only where survey, wording, level and area are identical.
import type { ComparableSeries, EvidenceRow } from '../types/trygghet.ts';

/**
 * One series per (measureKey, area). Rows without a year cannot sit on a time axis and are left out. Two values for
 * one year (different outlets) are both kept and the year listed in `conflictingYears`; they are never averaged.
 */
export function comparableSeries(rows: readonly EvidenceRow[]): ComparableSeries[] {
	const groups = new Map<string, EvidenceRow[]>();
	for (const row of rows) {
		if (row.year === null) continue;
		const key = `${row.measureKey}#${row.code ?? `name:${row.areaName}`}`;
		const group = groups.get(key);
		if (group) group.push(row);
		else groups.set(key, [row]);
	}
	const series: ComparableSeries[] = [];
	for (const group of groups.values()) {
		const first = group[0]!;
		const points = group
			.map((r) => ({ year: r.year!, value: r.value, evidenceId: r.id }))
			.sort((a, b) => a.year - b.year || a.evidenceId.localeCompare(b.evidenceId));
		const perYear = new Map<number, number>();
		for (const p of points) perYear.set(p.year, (perYear.get(p.year) ?? 0) + 1);
		series.push({
			measureKey: first.measureKey,
			measure: first.measure,
			measureName: first.measureName,
			unitName: first.unitName,
			level: first.level,
			sourceLevel: first.sourceLevel,
			code: first.code,
			areaName: first.areaName,
			unit: first.unit,
			points,
			hasTrend: perYear.size >= 2,
			conflictingYears: [...perYear].filter(([, n]) => n > 1).map(([y]) => y)
		});
	}
	return series.sort((a, b) => a.measureKey.localeCompare(b.measureKey) || a.areaName.localeCompare(b.areaName));
}
