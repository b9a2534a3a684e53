// What every URL-state parser reports about a parameter it set aside, and the checks they all share: a name the page
// does not know, and a name given more than once (the first is used, the rest are set aside).
export type ParamReason = 'unknown' | 'malformed' | 'unavailable' | 'too-long' | 'repeated';

export interface ParamIssue {
	/** The parameter's name as the address gave it (decoded; cut to 40 characters). */
	param: string;
	reason: ParamReason;
}

const MAX_NAME = 40;

/** Unknown names and known names given more than once, in the order they first appear. */
export function nameIssues(params: URLSearchParams, known: readonly string[]): ParamIssue[] {
	const issues: ParamIssue[] = [];
	const seen = new Set<string>();
	for (const key of params.keys()) {
		if (!seen.has(key)) {
			seen.add(key);
			if (!known.includes(key)) issues.push({ param: key.slice(0, MAX_NAME), reason: 'unknown' });
		} else if (known.includes(key) && !issues.some((i) => i.param === key && i.reason === 'repeated')) issues.push({ param: key, reason: 'repeated' });
	}
	return issues;
}

/** A parameter's value; null when it is absent or longer than `max` characters (that one said so in `issues`). */
export function readParam(params: URLSearchParams, key: string, issues: { push(issue: ParamIssue): unknown }, max: number): string | null {
	const v = params.get(key);
	if (v === null) return null;
	if (v.length > max) {
		issues.push({ param: key, reason: 'too-long' });
		return null;
	}
	return v;
}

/** A query string as the site writes its links: commas and colons (lists of codes, `level:codes`) left readable. */
export function readableQuery(p: URLSearchParams): string {
	return p.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}
