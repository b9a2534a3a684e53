import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkDocumentedRows, documentedRowCounts, documentedRowsPerPart, requireSourcesDoc } from './sourcesDoc.ts';

// SYNTHETIC SOURCES.md text in the three ways the mirror's documents state row counts.
const SYNTHETIC_DOC = [
	'# Synthetic sources',
	'## 1. A survey (`survey/synthetic_survey.csv`, 3 rows)',
	'File: `synthetic_points.csv`, 2 rows. Transcribed by hand.',
	'### `synthetic_long.csv` (derived; 494 684 B, 1 131 rows)',
	'The file has 3 404 rows, so it includes some label rows.',
	'| file | rows (excl. header) | content |',
	'| --- | --- | --- |',
	'| `synthetic_table.csv` | 4 | verbatim |',
	'| synthetic_other.csv | 1060 | long format |',
	'',
	'| year | rows |',
	'| 2020 | 5 |'
].join('\n');

describe('documentedRowCounts', () => {
	it('reads a count beside a named file in prose, headings and file/rows tables, and nothing else', () => {
		expect(documentedRowCounts(SYNTHETIC_DOC)).toEqual(
			new Map([
				['survey/synthetic_survey.csv', 3],
				['synthetic_points.csv', 2],
				['synthetic_long.csv', 1131],
				['synthetic_table.csv', 4],
				['synthetic_other.csv', 1060]
			])
		);
	});
});

describe('the mirror against its SOURCES.md', () => {
	let dir: string;
	const put = (file: string, text: string) => {
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), text);
	};
	beforeEach(() => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'synthetic-sources-doc-'));
		put('trygghet/SOURCES.md', SYNTHETIC_DOC);
		put('trygghet/survey/synthetic_survey.csv', 'a,b\n1,2\n3,4\n5,6\n');
		put('trygghet/x/synthetic_table.csv', 'a\n1\n2\n3\n4\n');
		put('trygghet/x/undocumented.csv', 'a\n1\n');
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));

	it('passes files with the documented number of rows, and files it documents no count for', () => {
		expect(checkDocumentedRows(dir, ['trygghet/survey/synthetic_survey.csv', 'trygghet/x/synthetic_table.csv', 'trygghet/x/undocumented.csv'])).toEqual({
			errors: [],
			warnings: []
		});
	});

	it('refuses a file cut short at a line break, naming it and the documented count', () => {
		put('trygghet/survey/synthetic_survey.csv', 'a,b\n1,2\n');
		expect(checkDocumentedRows(dir, ['trygghet/survey/synthetic_survey.csv']).errors).toEqual([
			'trygghet/survey/synthetic_survey.csv: 1 row where trygghet/SOURCES.md documents 3; the file is truncated, and figures from it would be incomplete'
		]);
	});

	it('refuses a file cut short that only a README.md in its own folder counts (as stats/am_dashboard_deso2025/README.md does)', () => {
		put('trygghet/x/README.md', '| File | Content |\n|---|---|\n| `undocumented.csv` | 3 rows, one per synthetic area |\n');
		expect(checkDocumentedRows(dir, ['trygghet/x/undocumented.csv']).errors).toEqual([
			'trygghet/x/undocumented.csv: 1 row where trygghet/x/README.md documents 3; the file is truncated, and figures from it would be incomplete'
		]);
		put('trygghet/x/undocumented.csv', 'a\n1\n2\n3\n');
		expect(checkDocumentedRows(dir, ['trygghet/x/undocumented.csv'])).toEqual({ errors: [], warnings: [] });
	});

	it('warns about a file with more rows than documented (a newer file, or the document not updated)', () => {
		put('trygghet/x/synthetic_table.csv', 'a\n1\n2\n3\n4\n5\n');
		expect(checkDocumentedRows(dir, ['trygghet/x/synthetic_table.csv'])).toEqual({
			errors: [],
			warnings: [
				'trygghet/x/synthetic_table.csv: 5 rows where trygghet/SOURCES.md documents 4; a newer or changed file: check its figures and update trygghet/SOURCES.md'
			]
		});
	});

	it('requires the SOURCES.md of the folder a file is read from, naming the folder', () => {
		expect(() => requireSourcesDoc(dir, 'trygghet/survey/synthetic_survey.csv')).not.toThrow();
		expect(() => requireSourcesDoc(dir, 'stats/synthetic.csv')).toThrow(/^stats\/SOURCES\.md is missing from the raw data mirror/);
	});
});

describe('documentedRowsPerPart', () => {
	// SYNTHETIC document: two files' sections; only the named file's section counts.
	const doc = [
		'### `other.csv` (derived)',
		'- One row per year: 2010 R (9 rows).',
		'### `v.csv` (derived; 1 000 B)',
		'- **One row per** year × election × district: 2014 R (543 rows), 2018 R/L (579 rows each) and 2022 R/L/K (1 598 rows each).',
		'## Next section',
		'- 2030 R (1 rows)'
	].join('\n');
	it('reads the rows per year and part that the file’s own section states, each part of "R/L" alike', () => {
		expect(documentedRowsPerPart(doc, 'stats/x/v.csv')).toEqual({ '2014 R': 543, '2018 R': 579, '2018 L': 579, '2022 R': 1598, '2022 L': 1598, '2022 K': 1598 });
	});
	it('states nothing for a file without such a section', () => {
		expect(documentedRowsPerPart(doc, 'stats/x/none.csv')).toEqual({});
	});
});
