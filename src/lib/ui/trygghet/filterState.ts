// The evidence filters ⇄ URL (?omrade=&matt=&kalla=): each parameter parses to a known value, or is reported and
// falls back to "all"; serialise writes only the filters that are set, in a fixed order.
import type { EvidenceSourceType } from '$lib/types/trygghet';
import { SOURCE_TYPES, type EvidenceFilter } from '$lib/model/evidenceDistricts';
import { nameIssues, type ParamIssue } from '$lib/state/paramIssues';

export const FILTER_PARAMS = { district: 'omrade', measure: 'matt', sourceType: 'kalla' } as const;

export interface FilterOptions {
	districts: readonly string[];
	measures: readonly string[];
}

export type FilterIssue = ParamIssue;

const VALUE = /^[a-z0-9_-]{1,120}$/;

export function parseFilter(params: URLSearchParams, options: FilterOptions): { filter: EvidenceFilter; issues: FilterIssue[] } {
	const issues = nameIssues(params, Object.values(FILTER_PARAMS));
	const pick = <T extends string>(param: string, allowed: readonly T[]): T | null => {
		const v = params.get(param);
		if (v === null || v === '') return null;
		if (!VALUE.test(v)) issues.push({ param, reason: 'malformed' });
		else if (!(allowed as readonly string[]).includes(v)) issues.push({ param, reason: 'unknown' });
		else return v as T;
		return null;
	};
	return {
		filter: {
			district: pick(FILTER_PARAMS.district, options.districts),
			measure: pick(FILTER_PARAMS.measure, options.measures),
			sourceType: pick<EvidenceSourceType>(FILTER_PARAMS.sourceType, SOURCE_TYPES)
		},
		issues
	};
}

export function serialiseFilter(f: EvidenceFilter): string {
	const p = new URLSearchParams();
	if (f.district) p.set(FILTER_PARAMS.district, f.district);
	if (f.measure) p.set(FILTER_PARAMS.measure, f.measure);
	if (f.sourceType) p.set(FILTER_PARAMS.sourceType, f.sourceType);
	return p.toString();
}
