// The sentences a comparison page (or its embed) shows for what its link asked for that could not be used: the
// parameters set aside, and the custom grouping's unknown area codes.
import { m } from '$lib/paraglide/messages';
import { paramIssues, type CompareIssue } from '$lib/state/compareState';
import { describeParamIssues } from '$lib/ui/paramNotice';

export function compareNotices(issues: readonly CompareIssue[]): string[] {
	const out: string[] = [];
	const params = paramIssues(issues);
	if (params.length) out.push(m.notice_params({ params: describeParamIssues(params) }));
	for (const i of issues)
		if (i.reason === 'unknown-codes') out.push(m.compare_custom_unknown({ codes: i.codes.slice(0, 10).join(', ') + (i.codes.length > 10 ? ', …' : '') }));
	return out;
}
