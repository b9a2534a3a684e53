// One's own grouping in an address, the same on the map and the comparison: `egen=<level>:<code>,<code>…&egennamn=<name>`.
// Its unknown codes are dropped and listed; its name is kept as plain text only.
import { COMPARE_LEVELS, type CompareLevel } from '../model/compareSpecs.ts';
import { readParam, type ParamIssue } from './paramIssues.ts';

/** The own grouping's id among the groupings. */
export const CUSTOM = 'egen';
export const CUSTOM_PARAMS = { custom: 'egen', customName: 'egennamn' } as const;

export interface CustomGrouping {
	level: CompareLevel;
	codes: string[];
	/** Plain text chosen by the user; '' means the default name. */
	name: string;
}

/** What a parser says of a parameter, or of the own grouping's codes that name no area. */
export type CustomIssue = ParamIssue | { param: 'egen'; reason: 'unknown-codes'; codes: string[] };

const MAX_PARAM = 8000;
const MAX_NAME_PARAM = 400;
const MAX_CODES = 700;
export const MAX_NAME = 60;
const CODE = /^[0-9A-Za-z_-]{1,40}$/;

/** A user's name as plain text: control and bidi-override characters removed, spaces collapsed, length-limited. */
export function cleanName(raw: string): string {
	return raw
		.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, MAX_NAME)
		.trim();
}

/** The own grouping a link names, or null; what was set aside goes to `issues`. */
export function parseCustom(params: URLSearchParams, hasArea: (level: CompareLevel, code: string) => boolean, issues: CustomIssue[]): CustomGrouping | null {
	let custom: CustomGrouping | null = null;
	const raw = readParam(params, CUSTOM_PARAMS.custom, issues, MAX_PARAM);
	if (raw !== null) {
		const m = /^([a-z]+):(.*)$/s.exec(raw);
		const level = m?.[1];
		if (!m || !level || !(COMPARE_LEVELS as readonly string[]).includes(level)) issues.push({ param: CUSTOM_PARAMS.custom, reason: 'malformed' });
		else {
			const lv = level as CompareLevel;
			const parts = m[2] === '' ? [] : m[2]!.split(',').slice(0, MAX_CODES);
			const codes: string[] = [];
			const unknown: string[] = [];
			for (const c of parts) {
				if (CODE.test(c) && hasArea(lv, c)) {
					if (!codes.includes(c)) codes.push(c);
				} else unknown.push(c.replace(/[^\p{L}\p{N}_-]/gu, '').slice(0, 20) || '?');
			}
			if (unknown.length) issues.push({ param: 'egen', reason: 'unknown-codes', codes: [...new Set(unknown)] });
			// No area left: no grouping (as when the user removes its last area); a link that named none is said to be malformed.
			if (!codes.length) {
				if (!unknown.length) issues.push({ param: CUSTOM_PARAMS.custom, reason: 'malformed' });
			} else {
				const name = readParam(params, CUSTOM_PARAMS.customName, issues, MAX_NAME_PARAM);
				custom = { level: lv, codes, name: name === null ? '' : cleanName(name) };
			}
		}
	}
	// A name without a custom grouping to name is set aside, and said so (not dropped from the address unannounced).
	if (custom === null && params.has(CUSTOM_PARAMS.customName)) issues.push({ param: CUSTOM_PARAMS.customName, reason: 'unavailable' });
	return custom;
}

/** Writes the own grouping's parameters (none without one). */
export function writeCustom(p: URLSearchParams, custom: CustomGrouping | null): void {
	if (!custom) return;
	p.set(CUSTOM_PARAMS.custom, `${custom.level}:${custom.codes.join(',')}`);
	const name = cleanName(custom.name);
	if (name) p.set(CUSTOM_PARAMS.customName, name);
}

/** The issues that name a parameter (not the own grouping's unknown codes). */
export function paramIssues(issues: readonly CustomIssue[]): ParamIssue[] {
	return issues.filter((i): i is ParamIssue => i.reason !== 'unknown-codes');
}
