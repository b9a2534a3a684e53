// One sentence per validation issue, table note and year problem, in the current language.
import { m } from '$lib/paraglide/messages';
import type { Issue } from '$lib/byo/validate';
import type { ParseError } from '$lib/byo/parseTable';
import type { TableNote } from '$lib/byo/tableNotes';
import { MAX_MAGNITUDE, YEAR_MAX, YEAR_MIN, type YearProblem } from '$lib/byo/plausible';
import { formatNumber } from '$lib/i18n/format';
import { locale } from '$lib/i18n/labels';

export function issueText(i: Issue): string {
	const column = i.column ?? '';
	switch (i.kind) {
		case 'area-empty': return m.byo_issue_area_empty();
		case 'unmatched': return m.byo_issue_unmatched();
		case 'ambiguous': return m.byo_issue_ambiguous();
		case 'duplicate': return m.byo_issue_duplicate({ line: String(i.firstLine ?? '') });
		case 'not-a-number': return m.byo_issue_not_a_number({ column });
		case 'ambiguous-number': return m.byo_issue_ambiguous_number({ column });
		case 'mixed-decimal': return mixedDecimalText(i, column);
		case 'too-large': return m.byo_issue_too_large({ column, max: formatNumber(MAX_MAGNITUDE, locale()) });
		case 'missing-marker': return m.byo_issue_missing_marker({ column });
		case 'bad-year': return m.byo_issue_bad_year();
		case 'numerator-gt-denominator': return m.byo_issue_numerator_gt_denominator();
		case 'denominator-not-positive': return m.byo_issue_denominator_not_positive();
		case 'negative-count': return m.byo_issue_negative_count({ column });
		case 'negative-moe': return m.byo_issue_negative_moe();
	}
}

const MARKS = { ',': m.byo_mark_comma, '.': m.byo_mark_point } as const;

/** A cell whose decimal mark its column also writes the other way: which mark, and a row with the other. */
function mixedDecimalText(i: Issue, column: string): string {
	const d = i.decimal!;
	const parts = { column, mark: MARKS[d.mark](), usual: MARKS[d.other.decimal](), line: String(d.other.line), example: d.other.cell };
	return d.even ? m.byo_issue_mixed_decimal_even(parts) : m.byo_issue_mixed_decimal(parts);
}

export function parseErrorText(e: ParseError): string {
	switch (e.kind) {
		case 'empty': return m.byo_error_empty();
		case 'undecodable': return m.byo_error_undecodable();
		case 'too-large': return m.byo_error_too_large({ mb: String(Math.round(e.limit / 1024 / 1024)) });
		case 'too-many-rows': return m.byo_error_too_many_rows({ rows: String(e.limit) });
		case 'xls-unsupported': return m.byo_error_xls_unsupported();
		case 'xlsx-unreadable': return m.byo_error_xlsx_unreadable();
		case 'no-data-rows': return m.byo_error_no_data_rows();
	}
}

/** Why the year typed for the whole table cannot be used. */
export function yearProblemText(p: YearProblem, year: number | null): string {
	switch (p) {
		case 'missing': return m.byo_year_missing();
		case 'not-whole': return m.byo_year_not_whole();
		case 'out-of-range': return m.byo_year_out_of_range({ min: String(YEAR_MIN), max: String(YEAR_MAX), year: String(year) });
	}
}

const SEPARATORS = { ',': m.byo_sep_comma, ';': m.byo_sep_semicolon, '\t': m.byo_sep_tab, '|': m.byo_sep_pipe } as const;

export function tableNoteText(n: TableNote): string {
	switch (n.kind) {
		case 'no-area-column': return m.byo_note_no_area_column();
		case 'no-value-column': return m.byo_note_no_value_column();
		case 'one-column': return m.byo_note_one_column();
		case 'split-at': return m.byo_note_split_at({ separator: SEPARATORS[n.separator]() });
		case 'columns-cut': return m.byo_note_columns_cut({ total: String(n.total), kept: String(n.kept) });
	}
}
