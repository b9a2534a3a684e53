// What a year and a figure must be to be used: one rule each, shared by the row check (validate.ts) and the form's
// fixed year (ColumnMapping.svelte), so a year column and a typed year are held to the same test.
import type { NumberCell } from './numbers.ts';

export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;
/** No district figure comes near this; beyond it legends and texts print walls of digits. */
export const MAX_MAGNITUDE = 1e12;

export type YearProblem = 'missing' | 'not-whole' | 'out-of-range';

/** Why a year cannot be used, or null when it can (a whole number from YEAR_MIN to YEAR_MAX). */
export function yearProblem(year: number | null | undefined): YearProblem | null {
	if (year === null || year === undefined || Number.isNaN(year)) return 'missing';
	if (!Number.isInteger(year)) return Number.isFinite(year) ? 'not-whole' : 'out-of-range';
	return year < YEAR_MIN || year > YEAR_MAX ? 'out-of-range' : null;
}

export type NumberProblem = 'not-a-number' | 'ambiguous-number' | 'too-large';

/** Why a read cell cannot be used as a figure, or null (numbers within ±MAX_MAGNITUDE, empty cells and markers). */
export function numberProblem(p: NumberCell): NumberProblem | null {
	if (p.kind === 'not-a-number') return 'not-a-number';
	if (p.kind !== 'number') return null;
	if (p.ambiguous) return 'ambiguous-number';
	return Math.abs(p.value) > MAX_MAGNITUDE ? 'too-large' : null;
}
