// Names the URL parameters that fell back to defaults, as plain text (never HTML), cut to a readable length.
import type { ParamIssue } from '$lib/state/viewState';

export function describeParamIssues(issues: ParamIssue[]): string {
	const names = [...new Set(issues.map((i) => i.param.replace(/[^\p{L}\p{N}_-]/gu, '').slice(0, 30) || '?'))];
	return names.slice(0, 6).join(', ') + (names.length > 6 ? ', …' : '');
}
