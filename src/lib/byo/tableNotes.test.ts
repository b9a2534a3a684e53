// What a read file says about itself before any mapping: no area column, no figures, one column only (the separator
// was not found), or columns cut. All tables here are synthetic.
import { describe, expect, it } from 'vitest';
import { parseFile, parseText, type RawTable, type XlsxReader } from './parseTable';
import { buildAreaIndex } from './matchAreas';
import { guessMapping } from './guessMapping';
import { tableNotes } from './tableNotes';
import { TEST_AREAS } from './testAreas';

const index = buildAreaIndex(TEST_AREAS);
const noXlsx: XlsxReader = async () => [];

function notesOf(table: RawTable) {
	return tableNotes(table, guessMapping(table, index));
}

function read(text: string) {
	const r = parseText(text, 'csv', 'utf-8');
	if (!r.ok) throw new Error('parse failed');
	return r.table;
}

/** Synthetic "random" bytes from a fixed seed, so the test is the same every run, with line breaks, separators and
 *  printable Windows-1252 characters only: garbage that still reads as text (bytes with NULs or many other control
 *  characters are no text at all, and parseTable.test.ts refuses those). */
function syntheticNoise(length: number): Uint8Array {
	const out = new Uint8Array(length);
	let x = 12345;
	for (let i = 0; i < length; i++) {
		x = (x * 1103515245 + 12345) >>> 0;
		const b = x >>> 24;
		out[i] = b < 0x20 ? [0x0a, 0x3b, 0x2c, 0x09][b & 3]! : b === 0x7f ? 0x20 : b;
	}
	return out;
}

describe('tableNotes', () => {
	it('a usable table has nothing to say', () => {
		expect(notesOf(read('område;värde\nBromma;10\nFarsta;12,5'))).toEqual([]);
	});

	it('a pipe-separated file is read: nothing to say', () => {
		expect(notesOf(read('område|värde\nBromma|10\nFarsta|12,5\nNorrmalm|14'))).toEqual([]);
	});

	it('a file separated by something else (colons) reads as one column: no areas, no figures, no separator found', () => {
		expect(notesOf(read('område:värde\nBromma:10\nFarsta:12\nNorrmalm:14'))).toEqual([
			{ kind: 'no-area-column' },
			{ kind: 'no-value-column' },
			{ kind: 'one-column' }
		]);
	});

	it('a single column of area names has no figures', () => {
		expect(notesOf(read('område\nBromma\nFarsta'))).toEqual([{ kind: 'no-value-column' }, { kind: 'one-column' }]);
	});

	it('random bytes: no areas, no figures, and the separator the columns were split at', async () => {
		const r = await parseFile(syntheticNoise(5 * 1024), 'brus.csv', noXlsx);
		if (!r.ok) throw new Error('parse failed');
		expect(r.table.columns.length).toBeGreaterThan(1);
		expect(notesOf(r.table)).toEqual([{ kind: 'no-area-column' }, { kind: 'no-value-column' }, { kind: 'split-at', separator: r.table.separator }]);
	});

	it('a sheet with one column is not blamed on a separator', () => {
		const t: RawTable = { columns: ['område'], columnsInFile: 1, rows: [{ line: 2, cells: ['Bromma'] }], format: 'xlsx', encoding: null, separator: null };
		expect(notesOf(t)).toEqual([{ kind: 'no-value-column' }]);
	});

	it('says when columns were cut', () => {
		const header = ['område', ...Array.from({ length: 300 }, (_, i) => `v${i + 1}`)].join(';');
		const row = ['Bromma', ...Array.from({ length: 300 }, (_, i) => String(i))].join(';');
		expect(notesOf(read(`${header}\n${row}`))).toEqual([{ kind: 'columns-cut', total: 301, kept: 200 }]);
	});
});
