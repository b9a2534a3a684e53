// The shapes of a user's own table once read and checked: what is stored in IndexedDB and loaded into DuckDB.
import type { Aggregation, Level, Unit } from '../types/dataset.ts';

/** Which column holds what (indices into RawTable.columns); optional columns are null. */
export interface ColumnMapping {
	area: number;
	values: number[];
	year: number | null;
	numerator: number | null;
	denominator: number | null;
	n: number | null;
	moe: number | null;
}

export interface UserObservation {
	indicator: string;
	level: Level;
	code: string;
	year: number;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	/** Number of respondents, where given. */
	n: number | null;
	/** Margin of error (±, in the value's unit), where given. */
	moe: number | null;
}

export interface UserIndicator {
	/** 'egen_<slug>': lower-case letters, digits and underscores, so it fits the URL state. */
	id: string;
	/** The column header it came from; shown as the indicator's name. */
	name: string;
	unit: Unit;
	decimals: number;
	/** ratio when numerator and denominator are given for every value, else a population-weighted mean (approximate). */
	aggregation: Aggregation;
	years: number[];
	levels: Level[];
}

export interface UserDataset {
	/** Storage key. */
	id: string;
	fileName: string;
	addedAt: string;
	/** The level the table's areas were matched at. */
	level: Level;
	/** Areas with fewer respondents than this are greyed out and labelled. */
	nThreshold: number;
	indicators: UserIndicator[];
	observations: UserObservation[];
}

export const DEFAULT_N_THRESHOLD = 30;
