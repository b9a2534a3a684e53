// A first guess at which column is what, for the user to correct: the area column is the one that matches most
// areas at some level; optional columns by header words; value columns are the remaining mostly numeric ones.
import type { Level } from '../types/dataset.ts';
import type { RawTable } from './parseTable.ts';
import type { ColumnMapping } from './types.ts';
import { detectLevel, normaliseName, type AreaIndex } from './matchAreas.ts';
import { parseNumberCell } from './numbers.ts';

const HEADERS: Record<'year' | 'numerator' | 'denominator' | 'n' | 'moe', RegExp> = {
	year: /^(ar|year|artal|period)$/,
	numerator: /^(taljare|numerator)\b/,
	denominator: /^(namnare|denominator)\b/,
	n: /^(n|antal svar|antal svarande|svarande|respondents|number of respondents)$/,
	moe: /^(felmarginal|margin of error|moe|konfidensintervall)\b/
};

/** `level` is null when no column matched any area; `mapping.values` is empty when no column is mostly numbers. */
export interface Guess {
	mapping: ColumnMapping;
	level: Level | null;
}

export function guessMapping(table: RawTable, index: AreaIndex): Guess {
	const norm = table.columns.map((c) => normaliseName(c));
	let area = 0;
	let level: Level | null = null;
	let best = -1;
	table.columns.forEach((_, i) => {
		const d = detectLevel(index, table.rows.map((r) => r.cells[i] ?? null));
		if (d && d.matched > best) [area, level, best] = [i, d.level, d.matched];
	});
	const find = (re: RegExp) => {
		const i = norm.findIndex((h, j) => j !== area && re.test(h));
		return i < 0 ? null : i;
	};
	const optional = {
		year: find(HEADERS.year),
		numerator: find(HEADERS.numerator),
		denominator: find(HEADERS.denominator),
		n: find(HEADERS.n),
		moe: find(HEADERS.moe)
	};
	const taken = new Set<number>([area, ...Object.values(optional).filter((x): x is number => x !== null)]);
	const values = table.columns
		.map((_, i) => i)
		.filter((i) => !taken.has(i) && mostlyNumeric(table, i));
	return { mapping: { area, values, ...optional }, level };
}

/** True when at least half of the column's filled cells are numbers (and some are). */
function mostlyNumeric(table: RawTable, i: number): boolean {
	let filled = 0;
	let numbers = 0;
	let real = 0;
	for (const r of table.rows) {
		const p = parseNumberCell(r.cells[i] ?? null);
		if (p.kind === 'empty') continue;
		filled++;
		if (p.kind === 'number' || p.kind === 'missing-marker') numbers++;
		if (p.kind === 'number') real++;
	}
	return real > 0 && numbers * 2 >= filled;
}
