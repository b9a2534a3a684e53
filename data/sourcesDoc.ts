// What each raw-mirror folder's SOURCES*.md promises that the build can check: that the document exists at all, and
// the row counts it states for a file, so a file cut short at a line break (still well-formed CSV) is refused.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { csvRecordCount } from './csv.ts';

export const SOURCES_DOC = 'SOURCES.md';

/** The top folder under the mirror root that documents `file` (e.g. `stats` for `stats/valmyndigheten/x.csv`). */
export function docFolder(file: string): string {
	return file.split('/')[0]!;
}

/** Fails, naming the folder, when the mirror folder holding `file` has no SOURCES.md (origin, licence, vintage, caveats). */
export function requireSourcesDoc(rawDir: string, file: string): void {
	const folder = docFolder(file);
	if (!existsSync(path.join(rawDir, folder, SOURCES_DOC)))
		throw new Error(
			`${folder}/${SOURCES_DOC} is missing from the raw data mirror at ${rawDir}: every mirror folder must document the origin, ` +
				`licence, vintage and caveats of its files before the build uses them (it would read ${file})`
		);
}

/** A count as SOURCES.md writes it: "20", "1 131" (space, no-break or narrow no-break space between thousands). */
const COUNT = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+`;
const toNumber = (s: string) => Number(s.replace(/\D/g, ''));
/** "`dir/file.csv`, 62 rows", "### `file.csv` (derived; 494 684 B, 1 131 rows)": a file name and a count on one line. */
const INLINE = new RegExp(String.raw`\x60([^\x60\s]+\.csv)\x60[^\x60\n]{0,60}?\b(${COUNT}) rows\b`, 'g');

const cells = (line: string) =>
	line
		.trim()
		.replace(/^\||\|$/g, '')
		.split('|')
		.map((c) => c.trim().replace(/^\x60|\x60$/g, ''));

/**
 * File name (as written: a path under the folder or a bare file name) → the number of data rows the document states,
 * from sentences naming a file and "N rows" (also in a table's cell), and from tables with a `file` and a `rows` column.
 */
export function documentedRowCounts(markdown: string): Map<string, number> {
	const out = new Map<string, number>();
	let table: { file: number; rows: number } | null = null;
	for (const line of markdown.split('\n')) {
		if (!line.trim().startsWith('|')) {
			table = null;
			for (const m of line.matchAll(INLINE)) out.set(m[1]!, toNumber(m[2]!));
			continue;
		}
		const row = cells(line);
		const file = row.findIndex((c) => /^file$/i.test(c));
		const rows = row.findIndex((c) => /^rows\b/i.test(c));
		if (file >= 0 && rows >= 0) table = { file, rows };
		else if (table && /\.csv$/.test(row[table.file] ?? '') && new RegExp(`^(?:${COUNT})$`).test(row[table.rows] ?? ''))
			out.set(row[table.file]!, toNumber(row[table.rows]!));
		// A table without a rows column ("| `x.csv` | 569 rows, one per DeSO … |") states it in a sentence.
		else if (!table) for (const m of line.matchAll(INLINE)) out.set(m[1]!, toNumber(m[2]!));
	}
	return out;
}

export interface RowCountCheck {
	/** Fewer rows than documented: the file is cut short, its figures would be incomplete. */
	errors: string[];
	/** More rows than documented: a newer file, or SOURCES.md not brought up to date. */
	warnings: string[];
}

/**
 * Compares every CSV in `files` (paths under the mirror root) whose row count is stated by its top folder's
 * SOURCES*.md or by a README*.md / SOURCES*.md in its own folder (e.g. stats/am_dashboard_deso2025/README.md).
 */
export function checkDocumentedRows(rawDir: string, files: string[]): RowCountCheck {
	const result: RowCountCheck = { errors: [], warnings: [] };
	const csvs = files.filter((f) => f.endsWith('.csv'));
	// Each document (path under the mirror root) → the files read that it may name: the whole top folder's for its
	// SOURCES*.md, only those beside it for a document in a file's own folder.
	const docs = new Map<string, string[]>();
	const mdIn = (dir: string, pattern: RegExp) => (existsSync(path.join(rawDir, dir)) ? readdirSync(path.join(rawDir, dir)).filter((f) => pattern.test(f)).sort() : []);
	for (const folder of [...new Set(csvs.map(docFolder))]) {
		for (const doc of mdIn(folder, /^SOURCES.*\.md$/)) docs.set(`${folder}/${doc}`, csvs.filter((f) => docFolder(f) === folder));
	}
	for (const dir of [...new Set(csvs.map((f) => path.posix.dirname(f)))].filter((d) => d.includes('/'))) {
		for (const doc of mdIn(dir, /^(README|SOURCES).*\.md$/)) docs.set(`${dir}/${doc}`, csvs.filter((f) => path.posix.dirname(f) === dir));
	}
	const checked = new Set<string>();
	for (const [doc, read] of docs) {
		const docDir = path.posix.dirname(doc);
		for (const [name, want] of documentedRowCounts(readFileSync(path.join(rawDir, doc), 'utf8'))) {
			const matches = read.filter((f) => f === `${docDir}/${name}` || f.endsWith(`/${name}`));
			if (matches.length !== 1) continue;
			const file = matches[0]!;
			if (checked.has(`${file}|${want}`)) continue;
			checked.add(`${file}|${want}`);
			const got = csvRecordCount(readFileSync(path.join(rawDir, file), 'utf8'), file);
			const where = `${file}: ${got} row${got === 1 ? '' : 's'} where ${doc} documents ${want}`;
			if (got < want) result.errors.push(`${where}; the file is truncated, and figures from it would be incomplete`);
			else if (got > want) result.warnings.push(`${where}; a newer or changed file: check its figures and update ${doc}`);
		}
	}
	return result;
}

/** "2014 R (543 rows)", "2018 R/L (579 rows each)": a year, one or more parts, and the rows each has. */
const PER_PART = new RegExp(String.raw`\b(\d{4}) ([A-Z](?:/[A-Z])*) \((${COUNT}) rows(?: each)?\)`, 'g');

/**
 * Rows per "<year> <part>" the document states for one file, in the section headed by its name (e.g. stats/SOURCES.md:
 * "One row per year × election × valdistrikt: 2014 R (543 rows), 2018 R/L (579 rows each) …"); empty when it states none.
 */
export function documentedRowsPerPart(markdown: string, file: string): Record<string, number> {
	const name = path.posix.basename(file);
	const out: Record<string, number> = {};
	let inSection = false;
	for (const line of markdown.split('\n')) {
		if (/^#/.test(line)) inSection = line.includes(`\x60${name}\x60`);
		else if (inSection) for (const m of line.matchAll(PER_PART)) for (const part of m[2]!.split('/')) out[`${m[1]} ${part}`] = toNumber(m[3]!);
	}
	return out;
}

