// Names the URL parameters a page set aside, for its notice: as plain text (never HTML), each name as the address gave
// it or "unknown parameter" where it is no readable name (empty, or bytes that are no text), a repeated one said so.
import { m } from '$lib/paraglide/messages';
import type { ParamIssue } from '$lib/state/paramIssues';

const MAX_SHOWN = 6;

/** The name to show: control and formatting characters removed, cut to 30 characters; null when nothing readable is left. */
export function readableName(raw: string): string | null {
	const name = raw.replace(/[\p{Cc}\p{Cf}]/gu, '').trim().slice(0, 30);
	return name === '' || name.includes('\uFFFD') ? null : name;
}

export function describeParamIssues(issues: readonly ParamIssue[]): string {
	const byName = new Map<string, ParamIssue['reason'][]>();
	for (const i of issues) {
		const name = readableName(i.param) ?? m.param_unknown_name();
		byName.set(name, [...(byName.get(name) ?? []), i.reason]);
	}
	const names = [...byName].map(([param, reasons]) =>
		!reasons.includes('repeated') ? param : reasons.length === 1 ? m.param_repeated({ param }) : m.param_repeated_unusable({ param })
	);
	return names.slice(0, MAX_SHOWN).join(', ') + (names.length > MAX_SHOWN ? ', …' : '');
}
