// One sentence per validation issue, in the current language.
import { m } from '$lib/paraglide/messages';
import type { Issue } from '$lib/byo/validate';
import type { ParseError } from '$lib/byo/parseTable';

export function issueText(i: Issue): string {
	const column = i.column ?? '';
	switch (i.kind) {
		case 'area-empty': return m.byo_issue_area_empty();
		case 'unmatched': return m.byo_issue_unmatched();
		case 'ambiguous': return m.byo_issue_ambiguous();
		case 'duplicate': return m.byo_issue_duplicate({ line: String(i.firstLine ?? '') });
		case 'not-a-number': return m.byo_issue_not_a_number({ column });
		case 'missing-marker': return m.byo_issue_missing_marker({ column });
		case 'bad-year': return m.byo_issue_bad_year();
		case 'numerator-gt-denominator': return m.byo_issue_numerator_gt_denominator();
		case 'denominator-not-positive': return m.byo_issue_denominator_not_positive();
		case 'negative-count': return m.byo_issue_negative_count({ column });
		case 'negative-moe': return m.byo_issue_negative_moe();
	}
}

export function parseErrorText(e: ParseError): string {
	switch (e.kind) {
		case 'empty': return m.byo_error_empty();
		case 'too-large': return m.byo_error_too_large({ mb: String(Math.round(e.limit / 1024 / 1024)) });
		case 'too-many-rows': return m.byo_error_too_many_rows({ rows: String(e.limit) });
		case 'xls-unsupported': return m.byo_error_xls_unsupported();
		case 'xlsx-unreadable': return m.byo_error_xlsx_unreadable();
		case 'no-data-rows': return m.byo_error_no_data_rows();
	}
}
