// The area-profile embed's link (/embed/omrade?niva=<level>&kod=<code>) ⇄ URL: the one place that names its parameters,
// reads them (an unknown or repeated name reported as on every other page) and writes them.
import { nameIssues, type ParamIssue } from './paramIssues.ts';

export const PROFILE_PARAMS = { level: 'niva', code: 'kod' } as const;

/** The level and code the link names (null where it names none; the first of a repeated one), and what was set aside. */
export function parseProfileLink(params: URLSearchParams): { level: string | null; code: string | null; issues: ParamIssue[] } {
	return { level: params.get(PROFILE_PARAMS.level), code: params.get(PROFILE_PARAMS.code), issues: nameIssues(params, Object.values(PROFILE_PARAMS)) };
}

/**
 * The issues once the area the link names turned out not to exist: a repeated level or code was not used after all,
 * so the notice must not say "the first is used" (the area's own notice says it does not exist).
 */
export function areaNotFound(issues: readonly ParamIssue[]): ParamIssue[] {
	return [...issues, ...issues.filter((i) => i.reason === 'repeated').map((i) => ({ param: i.param, reason: 'unknown' as const }))];
}

/** Canonical query (without '?'); '' for the default area, which the embed shows without one. */
export function serialiseProfileLink(area: { level: string; code: string } | null): string {
	if (!area) return '';
	const p = new URLSearchParams();
	p.set(PROFILE_PARAMS.level, area.level);
	p.set(PROFILE_PARAMS.code, area.code);
	return p.toString();
}
