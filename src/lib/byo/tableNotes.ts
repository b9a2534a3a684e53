// What a read file says about itself before the user maps anything: no column names areas, none holds figures, every
// row was one column (no separator found), or columns beyond the limit were cut. Read off the first guess.
import type { RawTable, Separator } from './parseTable.ts';
import type { Guess } from './guessMapping.ts';

export type TableNote =
	| { kind: 'no-area-column' }
	| { kind: 'no-value-column' }
	/** A text file whose rows did not split: its separator is not one we read. */
	| { kind: 'one-column' }
	/** Where a text file was split, when nothing usable came of it (a wrong separator shows here). */
	| { kind: 'split-at'; separator: Separator }
	| { kind: 'columns-cut'; total: number; kept: number };

export function tableNotes(table: RawTable, guess: Guess): TableNote[] {
	const notes: TableNote[] = [];
	if (guess.level === null) notes.push({ kind: 'no-area-column' });
	if (guess.mapping.values.length === 0) notes.push({ kind: 'no-value-column' });
	if (notes.length && table.separator !== null)
		notes.push(table.columns.length === 1 ? { kind: 'one-column' } : { kind: 'split-at', separator: table.separator });
	if (table.columnsInFile > table.columns.length) notes.push({ kind: 'columns-cut', total: table.columnsInFile, kept: table.columns.length });
	return notes;
}
