// An area's profile as chart rows: per indicator the latest year's value against the city, and the trend over years.
import type { Unit } from '../types/dataset.ts';

export interface ProfileInput {
	indicator: string;
	year: number;
	value: number | null;
	city: number | null;
}

export interface ProfileIndicator {
	id: string;
	name: string;
	unit: Unit;
	decimals: number;
}

export interface ProfileChartRow {
	id: string;
	label: string;
	unit: Unit;
	decimals: number;
	year: number;
	value: number | null;
	city: number | null;
	trend: { year: number; value: number | null; city: number | null }[];
}

/** Rows in catalogue order; indicators without any value for the area are left out (never shown as zero), unless
 *  `keepMissing` (a table that says "uppgift saknas" for them). */
export function profileRows(input: readonly ProfileInput[], indicators: readonly ProfileIndicator[], { keepMissing = false } = {}): ProfileChartRow[] {
	const by = new Map<string, ProfileInput[]>();
	for (const r of input) by.set(r.indicator, [...(by.get(r.indicator) ?? []), r]);
	return indicators.flatMap((ind) => {
		const rs = (by.get(ind.id) ?? []).slice().sort((a, b) => a.year - b.year);
		if (!rs.length || (!keepMissing && !rs.some((r) => r.value !== null))) return [];
		const last = rs[rs.length - 1]!;
		return [
			{
				id: ind.id,
				label: ind.name,
				unit: ind.unit,
				decimals: ind.decimals,
				year: last.year,
				value: last.value,
				city: last.city,
				trend: rs.map((r) => ({ year: r.year, value: r.value, city: r.city }))
			}
		];
	});
}
