// Rows of an indicator file (static/data/ind/<id>.json: [level, code, year, value, numerator, denominator, status,
// coverage?])
// at one level and year, as area rows: the one place that reads that tuple.
import type { ObservationStatus } from '../types/dataset.ts';

export type FileRow = readonly [string, string, number, number | null, number | null, number | null, ObservationStatus, (number | null)?];

export interface AreaRow {
	code: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	status: ObservationStatus;
	/**
	 * Where the build carried the value from finer areas and some of them had none: the share (0–1) of those areas'
	 * population that had a value (model/aggregate.ts's coveredShare). Absent or null: nothing known to be missing.
	 */
	coverage?: number | null;
}

/** The file rows at one level and year, in file order. */
export function fileRowsAt<R extends readonly [string, string, number, ...unknown[]]>(rows: readonly R[], level: string, year: number): R[] {
	return rows.filter((r) => r[0] === level && r[2] === year);
}

/** The whole city's value beside a level's rows: its kommun row's value, and whether the build estimated that row from
 * finer areas (status approximate) instead of taking it from the source, so it is never called the official figure. */
export interface CityValue {
	city: number | null;
	cityApproximate: boolean;
}

export function cityValue(row: { value: number | null; status: string } | undefined): CityValue {
	return { city: row?.value ?? null, cityApproximate: row?.status === 'approximate' };
}

/** The source's own figure for the whole city in a year: its kommun row, unless the build estimated that row. */
export function officialCity(rows: readonly FileRow[], year: number): number | null {
	const c = cityValue(areaRows(rows, 'kommun', year)[0]);
	return c.cityApproximate ? null : c.city;
}

/** The file rows at one level and year, and the whole city's value (its kommun row) to show beside them. */
export function areaRowsWithCity(rows: readonly FileRow[], level: string, year: number): { values: AreaRow[] } & CityValue {
	return { values: areaRows(rows, level, year), ...cityValue(areaRows(rows, 'kommun', year)[0]) };
}

/** The file rows at one level and year as area rows. */
export function areaRows(rows: readonly FileRow[], level: string, year: number): AreaRow[] {
	return fileRowsAt(rows, level, year).map(([, code, , value, numerator, denominator, status, coverage]) => ({ code, value, numerator, denominator, status, coverage: coverage ?? null }));
}
