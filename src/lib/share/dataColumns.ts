// One column list per chart, from which both its on-screen data table and its CSV come: each column names its key,
// its header, how a cell reads on screen (formatted sv-SE / en-GB) and the exact value the CSV carries. A missing
// value stays missing in both: the screen formatter says so ("uppgift saknas"), the CSV cell is empty — never 0.
import type { CsvTable } from './csv';

export interface DataColumn<R> {
	key: string;
	/** Header on screen. */
	label: string;
	/** Header in the CSV where it must say more (e.g. the unit in brackets); else `label`. */
	csvLabel?: string;
	/** The cell on screen; a column without one is in the CSV only (e.g. area codes). */
	text?: (r: R) => string;
	/** The exact value in the CSV, null where missing; a column without one is on screen only. */
	value?: (r: R) => string | number | null;
	/** Sort key on screen; nulls sort last. */
	sort?: (r: R) => number | string | null;
	numeric?: boolean;
}

/** A screen column as the tables take it (SortableTable's Column). */
export interface ScreenColumn<R> {
	key: string;
	label: string;
	text: (r: R) => string;
	sort?: (r: R) => number | string | null;
	numeric?: boolean;
}

/** The columns of the on-screen table, in order. */
export function screenColumns<R>(columns: DataColumn<R>[]): ScreenColumn<R>[] {
	return columns.flatMap((c) => (c.text ? [{ key: c.key, label: c.label, text: c.text, sort: c.sort, numeric: c.numeric }] : []));
}

/** The on-screen table as text: header cells, then one array of cells per row. */
export function screenCells<R>(columns: DataColumn<R>[], rows: R[]): { header: string[]; rows: string[][] } {
	const shown = screenColumns(columns);
	return { header: shown.map((c) => c.label), rows: rows.map((r) => shown.map((c) => c.text(r))) };
}

/** The CSV's table: exact values, missing as null (an empty cell). */
export function csvTable<R>(columns: DataColumn<R>[], rows: R[]): CsvTable {
	const kept = columns.filter((c): c is DataColumn<R> & { value: NonNullable<DataColumn<R>['value']> } => !!c.value);
	return {
		columns: kept.map((c) => ({ key: c.key, label: c.csvLabel ?? c.label })),
		rows: rows.map((r) => Object.fromEntries(kept.map((c) => [c.key, nullIfMissing(c.value(r))])))
	};
}

/** A CSV value rounded to what the table shows; null stays null. */
export const roundTo = (v: number | null, decimals: number | undefined) =>
	v === null || decimals === undefined ? v : Math.round(v * 10 ** decimals) / 10 ** decimals;

const nullIfMissing = (v: string | number | null | undefined) => (v === undefined || (typeof v === 'number' && !Number.isFinite(v)) ? null : v);
