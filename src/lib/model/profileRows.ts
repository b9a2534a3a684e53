// An area's profile as chart rows: per indicator the latest year's value against the city, and the trend over years.
import type { ObservationStatus, Unit } from '../types/dataset.ts';

export interface ProfileInput {
	indicator: string;
	year: number;
	value: number | null;
	/** Whether the area's value is the source's own or estimated by the build (approximate, derived, suppressed). */
	status: ObservationStatus;
	/** Where the build carried the value from finer areas, some without data: the share of their population with data. */
	coverage?: number | null;
	city: number | null;
	/** The city's row's status; null where the city has no row that year. */
	cityStatus: ObservationStatus | null;
	cityCoverage?: number | null;
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
	/** The latest year's status, so an estimated figure is never shown as the source's own. */
	status: ObservationStatus;
	/** The latest year's coverage (ProfileInput.coverage); null where nothing is known to be missing. */
	coverage: number | null;
	city: number | null;
	cityStatus: ObservationStatus | null;
	cityCoverage: number | null;
	trend: { year: number; value: number | null; city: number | null }[];
}

/** Rows in catalogue order, one per indicator the area has rows for, including one whose every value is missing (a
 *  table says "uppgift saknas" for it; the chart takes `charted` of these). */
export function profileRows(input: readonly ProfileInput[], indicators: readonly ProfileIndicator[]): ProfileChartRow[] {
	const by = new Map<string, ProfileInput[]>();
	for (const r of input) by.set(r.indicator, [...(by.get(r.indicator) ?? []), r]);
	return indicators.flatMap((ind) => {
		const rs = (by.get(ind.id) ?? []).slice().sort((a, b) => a.year - b.year);
		if (!rs.length) return [];
		const last = rs[rs.length - 1]!;
		return [
			{
				id: ind.id,
				label: ind.name,
				unit: ind.unit,
				decimals: ind.decimals,
				year: last.year,
				value: last.value,
				status: last.status,
				coverage: last.coverage ?? null,
				city: last.city,
				cityStatus: last.cityStatus,
				cityCoverage: last.cityCoverage ?? null,
				trend: rs.map((r) => ({ year: r.year, value: r.value, city: r.city }))
			}
		];
	});
}

/** The rows a chart draws: indicators without any value for the area are left out (never drawn as zero). */
export function charted(rows: readonly ProfileChartRow[]): ProfileChartRow[] {
	return rows.filter((r) => r.trend.some((t) => t.value !== null));
}
