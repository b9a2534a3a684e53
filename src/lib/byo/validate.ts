// Checks a parsed table against a column mapping and a level, row by row: unmatched or ambiguous areas (with
// suggestions), duplicates, non-numeric, ambiguous or implausibly large cells, a column's decimals written two ways,
// numerator above denominator, negative counts, bad years. Rows with problems are left out of the dataset; nothing is guessed or filled in.
import type { Level, Unit } from '../types/dataset.ts';
import type { RawTable, Cell } from './parseTable.ts';
import type { ColumnMapping, UserDataset, UserIndicator, UserObservation } from './types.ts';
import { DEFAULT_N_THRESHOLD } from './types.ts';
import { matchArea, type AreaIndex } from './matchAreas.ts';
import { mixedDecimals, parseNumberCell, type DecimalMark, type MarkedCell } from './numbers.ts';
import { numberProblem, yearProblem } from './plausible.ts';

export type IssueKind =
	| 'area-empty'
	| 'unmatched'
	| 'ambiguous'
	| 'duplicate'
	| 'not-a-number'
	| 'ambiguous-number'
	| 'mixed-decimal'
	| 'too-large'
	| 'missing-marker'
	| 'bad-year'
	| 'numerator-gt-denominator'
	| 'denominator-not-positive'
	| 'negative-count'
	| 'negative-moe';

export interface Issue {
	/** Row number as a spreadsheet shows it (header = 1). */
	line: number;
	kind: IssueKind;
	column?: string;
	/** The offending cell, as text (shown as text, never as markup). */
	cell?: string;
	/** Names of the closest areas, for unmatched and ambiguous names. */
	suggestions?: string[];
	/** For duplicates: the row it repeats. */
	firstLine?: number;
	/** For a decimal mark the column also writes the other way: this cell's mark, and the first cell with the other. */
	decimal?: { mark: DecimalMark; other: MarkedCell; even: boolean };
}

/** Issues that leave a row (or a cell) out of the dataset; the rest are notes. */
export const BLOCKING: ReadonlySet<IssueKind> = new Set([
	'area-empty',
	'unmatched',
	'ambiguous',
	'duplicate',
	'not-a-number',
	'ambiguous-number',
	'mixed-decimal',
	'too-large',
	'bad-year',
	'numerator-gt-denominator',
	'denominator-not-positive',
	'negative-count',
	'negative-moe'
]);

export interface ValidationReport {
	level: Level;
	rowsRead: number;
	/** Rows whose area matched and that were used. */
	rowsUsed: number;
	issues: Issue[];
}

export interface ValidateOptions {
	level: Level;
	/** Year used when no year column is mapped (null: not given, so every row is refused). */
	year: number | null;
	/** Unit for columns without percent signs. */
	unit: Unit;
	fileName: string;
	/** Ids already taken (other datasets), so new ones get a suffix. */
	takenIds?: ReadonlySet<string>;
	now?: Date;
}

const text = (c: Cell) => (c === null ? '' : String(c));

/** 'egen_' + a slug of the column name: a-z, 0-9 and _, at most 60 characters. */
export function indicatorId(name: string, taken: ReadonlySet<string>): string {
	const slug =
		name
			.toLowerCase()
			.normalize('NFD')
			.replace(/\p{M}/gu, '')
			.replace(/[^a-z0-9]+/g, '_')
			.replace(/^_+|_+$/g, '')
			.slice(0, 50) || 'varde';
	let id = `egen_${slug}`;
	for (let i = 2; taken.has(id); i++) id = `egen_${slug}_${i}`;
	return id;
}

/**
 * A dataset's name as the lists and source lines show it: the file's name, numbered when another dataset already has
 * it (two pasted tables, or the same file added twice), so "Ta bort …" and "Källa: egen data: …" tell them apart.
 */
export function datasetName(name: string, taken: readonly string[]): string {
	if (!taken.includes(name)) return name;
	let i = 2;
	while (taken.includes(`${name} (${i})`)) i++;
	return `${name} (${i})`;
}

function decimalsOf(values: number[], percent: boolean): number {
	if (percent) return 1;
	return values.every((v) => Number.isInteger(v)) ? 0 : values.some((v) => Math.abs(v) < 10) ? 2 : 1;
}

export function validateTable(
	table: RawTable,
	mapping: ColumnMapping,
	index: AreaIndex,
	opts: ValidateOptions
): { report: ValidationReport; dataset: UserDataset } {
	const issues: Issue[] = [];
	const col = (i: number | null) => (i === null ? undefined : table.columns[i]);
	const seen = new Map<string, number>();
	const duplicateKeys = new Set<string>();
	type Candidate = { line: number; key: string; code: string; year: number; cells: Cell[] };
	const candidates: Candidate[] = [];

	for (const { line, cells } of table.rows) {
		const areaCell = cells[mapping.area] ?? null;
		if (text(areaCell).trim() === '') {
			issues.push({ line, kind: 'area-empty', column: col(mapping.area) });
			continue;
		}
		const m = matchArea(index, opts.level, areaCell);
		if (m.kind === 'unmatched') {
			issues.push({ line, kind: 'unmatched', column: col(mapping.area), cell: text(areaCell), suggestions: m.suggestions.map((a) => a.name) });
			continue;
		}
		if (m.kind === 'ambiguous') {
			issues.push({ line, kind: 'ambiguous', column: col(mapping.area), cell: text(areaCell), suggestions: m.candidates.map((a) => `${a.name} (${a.code})`) });
			continue;
		}
		// The year column's cell, or the year typed for the whole table: the same rule for both.
		const yearCell = mapping.year === null ? opts.year : (cells[mapping.year] ?? null);
		const y = parseNumberCell(yearCell);
		if (y.kind !== 'number' || yearProblem(y.value)) {
			issues.push({ line, kind: 'bad-year', column: col(mapping.year), cell: text(yearCell) });
			continue;
		}
		const year = y.value;
		const key = `${m.area.code}|${year}`;
		const first = seen.get(key);
		if (first !== undefined) {
			issues.push({ line, kind: 'duplicate', column: col(mapping.area), cell: text(areaCell), firstLine: first });
			duplicateKeys.add(key);
			continue;
		}
		seen.set(key, line);
		candidates.push({ line, key, code: m.area.code, year, cells });
	}

	// A repeated area is left out entirely: which of two figures is right is the user's call, not ours.
	const usable = candidates.filter((c) => !duplicateKeys.has(c.key));
	const taken = new Set(opts.takenIds ?? []);
	const indicators: UserIndicator[] = [];
	const observations: UserObservation[] = [];
	// A column that writes its decimals both ways keeps only the cells with the mark most of them use (none of either
	// when as many use each): a mark is never read one way in one row and another way in the next.
	const mixes = new Map<number, NonNullable<ReturnType<typeof mixedDecimals>>>();
	for (const i of new Set([...mapping.values, mapping.numerator, mapping.denominator, mapping.n, mapping.moe])) {
		if (i === null) continue;
		const marked: MarkedCell[] = [];
		for (const c of usable) {
			const p = parseNumberCell(c.cells[i] ?? null);
			if (p.kind === 'number' && p.decimal) marked.push({ line: c.line, cell: text(c.cells[i] ?? null), decimal: p.decimal });
		}
		const mix = mixedDecimals(marked);
		if (mix) mixes.set(i, mix);
	}
	/** A cell read as a number; a problem (not a number, ambiguous, mixed decimals, too large) is reported and gives 'bad'. */
	const readCell = (c: Candidate, i: number, column = col(i)) => {
		const p = parseNumberCell(c.cells[i] ?? null);
		const mix = mixes.get(i);
		if (mix && p.kind === 'number' && p.decimal && (mix.refused === null || mix.refused === p.decimal)) {
			const other = mix.first[p.decimal === ',' ? '.' : ','];
			issues.push({ line: c.line, kind: 'mixed-decimal', column, cell: text(c.cells[i] ?? null), decimal: { mark: p.decimal, other, even: mix.refused === null } });
			return 'bad' as const;
		}
		const problem = numberProblem(p);
		if (!problem) return p;
		issues.push({ line: c.line, kind: problem, column, cell: text(c.cells[i] ?? null) });
		return 'bad' as const;
	};
	const readCount = (c: Candidate, i: number | null, allowZero = true): number | null | 'bad' => {
		if (i === null) return null;
		const p = readCell(c, i);
		if (p === 'bad') return 'bad';
		if (p.kind !== 'number') return null;
		if (p.value < 0 || (!allowZero && p.value === 0)) {
			issues.push({ line: c.line, kind: allowZero ? 'negative-count' : 'denominator-not-positive', column: col(i), cell: text(c.cells[i] ?? null) });
			return 'bad';
		}
		return p.value;
	};
	// Optional columns are read once per row (they apply to every value column).
	const extras = new Map<number, { numerator: number | null; denominator: number | null; n: number | null; moe: number | null } | null>();
	for (const c of usable) {
		const numerator = readCount(c, mapping.numerator);
		const denominator = readCount(c, mapping.denominator, false);
		const n = readCount(c, mapping.n);
		let moe: number | null | 'bad' = null;
		if (mapping.moe !== null) {
			const p = readCell(c, mapping.moe);
			if (p === 'bad') moe = 'bad';
			else if (p.kind === 'number') {
				if (p.value < 0) {
					issues.push({ line: c.line, kind: 'negative-moe', column: col(mapping.moe), cell: text(c.cells[mapping.moe] ?? null) });
					moe = 'bad';
				} else moe = p.value;
			}
		}
		if (numerator === 'bad' || denominator === 'bad' || n === 'bad' || moe === 'bad') {
			extras.set(c.line, null);
			continue;
		}
		if (numerator !== null && denominator !== null && numerator > denominator) {
			issues.push({ line: c.line, kind: 'numerator-gt-denominator', column: col(mapping.numerator), cell: `${text(c.cells[mapping.numerator!] ?? null)} > ${text(c.cells[mapping.denominator!] ?? null)}` });
			extras.set(c.line, null);
			continue;
		}
		extras.set(c.line, { numerator, denominator, n, moe });
	}

	let rowsUsed = 0;
	const usedLines = new Set<number>();
	for (const vi of mapping.values) {
		const name = table.columns[vi] ?? `kolumn ${vi + 1}`;
		const id = indicatorId(name, taken);
		taken.add(id);
		const rows: UserObservation[] = [];
		let percent = false;
		for (const c of usable) {
			const extra = extras.get(c.line);
			if (!extra) continue;
			const p = readCell(c, vi, name);
			if (p === 'bad') continue;
			if (p.kind === 'missing-marker') issues.push({ line: c.line, kind: 'missing-marker', column: name, cell: text(c.cells[vi] ?? null) });
			if (p.kind === 'number' && p.percent) percent = true;
			usedLines.add(c.line);
			rows.push({ indicator: id, level: opts.level, code: c.code, year: c.year, value: p.kind === 'number' ? p.value : null, ...extra });
		}
		const withValue = rows.filter((r) => r.value !== null);
		const ratio = withValue.length > 0 && withValue.every((r) => r.numerator !== null && r.denominator !== null && r.denominator > 0);
		const scale = ratio ? ratioScale(withValue) : 1;
		indicators.push({
			id,
			name,
			unit: percent ? 'percent' : opts.unit,
			decimals: decimalsOf(withValue.map((r) => r.value!), percent || opts.unit === 'percent'),
			aggregation: ratio ? { kind: 'ratio', scale } : { kind: 'not_aggregable', weight: null },
			years: [...new Set(withValue.map((r) => r.year))].sort((a, b) => a - b),
			levels: [opts.level]
		});
		observations.push(...rows);
	}
	rowsUsed = usedLines.size;
	issues.sort((a, b) => a.line - b.line);
	const now = opts.now ?? new Date();
	return {
		report: { level: opts.level, rowsRead: table.rows.length, rowsUsed, issues },
		dataset: {
			id: `ds_${now.getTime().toString(36)}`,
			fileName: opts.fileName,
			addedAt: now.toISOString(),
			level: opts.level,
			nThreshold: DEFAULT_N_THRESHOLD,
			indicators,
			observations
		}
	};
}

/** 100 when the values are percentages of numerator/denominator, else 1 (decided by the first row that tells). */
function ratioScale(rows: UserObservation[]): number {
	for (const r of rows) {
		const share = r.numerator! / r.denominator!;
		if (share === 0) continue;
		return Math.abs(r.value! - 100 * share) < Math.abs(r.value! - share) ? 100 : 1;
	}
	return 1;
}
