// Rows of an indicator file (static/data/ind/<id>.json: [level, code, year, value, numerator, denominator, status])
// at one level and year, as area rows: the one place that reads that tuple.
import type { ObservationStatus } from '../types/dataset.ts';

export type FileRow = readonly [string, string, number, number | null, number | null, number | null, ObservationStatus];

export interface AreaRow {
	code: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	status: ObservationStatus;
}

/** The file rows at one level and year, in file order. */
export function fileRowsAt<R extends readonly [string, string, number, ...unknown[]]>(rows: readonly R[], level: string, year: number): R[] {
	return rows.filter((r) => r[0] === level && r[2] === year);
}

/** The file rows at one level and year, and the whole city's value (its kommun row) to show beside them. */
export function areaRowsWithCity(rows: readonly FileRow[], level: string, year: number): { values: AreaRow[]; city: number | null } {
	return { values: areaRows(rows, level, year), city: areaRows(rows, 'kommun', year)[0]?.value ?? null };
}

/** The file rows at one level and year as area rows. */
export function areaRows(rows: readonly FileRow[], level: string, year: number): AreaRow[] {
	return fileRowsAt(rows, level, year).map(([, code, , value, numerator, denominator, status]) => ({ code, value, numerator, denominator, status }));
}
