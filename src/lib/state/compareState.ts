// The comparison page's shareable state ⇄ URL. Parse validates each parameter (valid, invalid with a reason, or
// missing → default); a custom grouping travels as `egen=<level>:<code>,<code>…&egennamn=<name>`, its unknown codes
// are dropped and listed, and its name is kept as plain text only. Serialise is canonical.
import { COMPARE_LEVELS, type CompareLevel } from '../model/compareSpecs.ts';
import { nameIssues, type ParamIssue } from './paramIssues.ts';

export const CITY = 'hela_staden';
export const CUSTOM = 'egen';

export interface CustomGrouping {
	level: CompareLevel;
	codes: string[];
	/** Plain text chosen by the user; '' means the default name. */
	name: string;
}

export interface CompareState {
	/** Grouping ids in display order; may include CITY and CUSTOM. */
	groupings: string[];
	level: CompareLevel;
	/** The indicator shown in the time series and ranking. */
	indicator: string;
	/** The need indicator of the targeting analysis (a ratio with counts). */
	need: string;
	/** 'catalogue' or a grouping id whose gap to the city orders the dot plot. */
	sort: string;
	custom: CustomGrouping | null;
	/**
	 * A shared link's year: every figure is the latest up to it, as when the link was made, so a written response's
	 * link shows the same figures after newer years are added. null: the latest there is.
	 */
	until: number | null;
}

export interface CompareCatalogue {
	/** Grouping ids that can be compared (predefined ones; CITY and CUSTOM are always known). */
	groupings: string[];
	indicators: string[];
	needIndicators: string[];
	defaults: Pick<CompareState, 'groupings' | 'level' | 'indicator' | 'need'>;
	hasArea: (level: CompareLevel, code: string) => boolean;
	/** The indicators, and the need indicators, that have figures at a level (up to a year, when one is given). */
	indicatorsAt: (level: CompareLevel, until?: number | null) => string[];
	needsAt: (level: CompareLevel, until?: number | null) => string[];
	/** The latest year any indicator has figures for: a link made on the site never names a later one. */
	latestYear: number;
}

export type CompareIssue = ParamIssue | { param: 'egen'; reason: 'unknown-codes'; codes: string[] };

export const COMPARE_PARAMS = {
	groupings: 'grupper',
	level: 'niva',
	indicator: 'indikator',
	need: 'behov',
	sort: 'sortera',
	custom: 'egen',
	customName: 'egennamn',
	until: 'tom'
} as const;

const MAX_PARAM = 8000;
const MAX_CODES = 700;
export const MAX_NAME = 60;
const ID = /^[a-z0-9_]{1,80}$/;
const CODE = /^[0-9A-Za-z_-]{1,40}$/;

export function defaultCompareState(cat: CompareCatalogue): CompareState {
	return { ...cat.defaults, groupings: [...cat.defaults.groupings], sort: 'catalogue', custom: null, until: null };
}

/** A user's name as plain text: control and bidi-override characters removed, spaces collapsed, length-limited. */
export function cleanName(raw: string): string {
	return raw
		.replace(/[\p{Cc}\p{Cf}]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, MAX_NAME)
		.trim();
}

function read(params: URLSearchParams, key: string, issues: CompareIssue[], max = MAX_PARAM): string | null {
	const v = params.get(key);
	if (v === null) return null;
	if (v.length > max) {
		issues.push({ param: key, reason: 'too-long' });
		return null;
	}
	return v;
}

/** The issues that name a parameter (not the custom grouping's unknown codes). */
export function paramIssues(issues: readonly CompareIssue[]): ParamIssue[] {
	return issues.filter((i): i is ParamIssue => i.reason !== 'unknown-codes');
}

export function parseCompareState(params: URLSearchParams, cat: CompareCatalogue): { state: CompareState; issues: CompareIssue[] } {
	const issues: CompareIssue[] = nameIssues(params, Object.values(COMPARE_PARAMS));
	const s = defaultCompareState(cat);

	const lvl = read(params, COMPARE_PARAMS.level, issues);
	if (lvl !== null) {
		if ((COMPARE_LEVELS as readonly string[]).includes(lvl)) s.level = lvl as CompareLevel;
		else issues.push({ param: COMPARE_PARAMS.level, reason: 'malformed' });
	}

	for (const [key, list] of [
		[COMPARE_PARAMS.indicator, cat.indicators],
		[COMPARE_PARAMS.need, cat.needIndicators]
	] as const) {
		const v = read(params, key, issues);
		if (v === null) continue;
		if (!ID.test(v)) issues.push({ param: key, reason: 'malformed' });
		else if (!list.includes(v)) issues.push({ param: key, reason: 'unknown' });
		else if (key === COMPARE_PARAMS.indicator) s.indicator = v;
		else s.need = v;
	}

	const raw = read(params, COMPARE_PARAMS.custom, issues);
	if (raw !== null) {
		const m = /^([a-z]+):(.*)$/s.exec(raw);
		const level = m?.[1];
		if (!m || !level || !(COMPARE_LEVELS as readonly string[]).includes(level)) issues.push({ param: COMPARE_PARAMS.custom, reason: 'malformed' });
		else {
			const lv = level as CompareLevel;
			const parts = m[2] === '' ? [] : m[2]!.split(',').slice(0, MAX_CODES);
			const codes: string[] = [];
			const unknown: string[] = [];
			for (const c of parts) {
				if (CODE.test(c) && cat.hasArea(lv, c)) {
					if (!codes.includes(c)) codes.push(c);
				} else unknown.push(c.replace(/[^\p{L}\p{N}_-]/gu, '').slice(0, 20) || '?');
			}
			if (unknown.length) issues.push({ param: 'egen', reason: 'unknown-codes', codes: [...new Set(unknown)] });
			// No area left: no grouping (as when the user removes its last area); a link that named none is said to be malformed.
			if (!codes.length) {
				if (!unknown.length) issues.push({ param: COMPARE_PARAMS.custom, reason: 'malformed' });
			} else {
				const name = read(params, COMPARE_PARAMS.customName, issues, 400);
				s.custom = { level: lv, codes, name: name === null ? '' : cleanName(name) };
			}
		}
	}
	// A name without a custom grouping to name is set aside, and said so (not dropped from the address unannounced).
	if (s.custom === null && params.has(COMPARE_PARAMS.customName)) issues.push({ param: COMPARE_PARAMS.customName, reason: 'unavailable' });

	const grp = read(params, COMPARE_PARAMS.groupings, issues);
	if (grp !== null) {
		const ids = grp === '' ? [] : grp.split(',');
		const allowed = (g: string) => ID.test(g) && (cat.groupings.includes(g) || g === CITY || (g === CUSTOM && s.custom !== null));
		const valid = ids.filter(allowed);
		if (valid.length !== ids.length) issues.push({ param: COMPARE_PARAMS.groupings, reason: 'unknown' });
		// None of those named is known: the defaults, as the notice says (an empty list, grupper=, is a choice and kept).
		if (ids.length && !valid.length) s.groupings = s.custom ? [...s.groupings, CUSTOM] : s.groupings;
		else s.groupings = [...new Set(valid)];
	} else if (s.custom) s.groupings = [...s.groupings, CUSTOM];

	const until = read(params, COMPARE_PARAMS.until, issues);
	if (until !== null) {
		const year = /^\d{4}$/.test(until) ? Number(until) : NaN;
		if (!(year >= 1900 && year <= 2100)) issues.push({ param: COMPARE_PARAMS.until, reason: 'malformed' });
		else s.until = year;
	}

	const sort = read(params, COMPARE_PARAMS.sort, issues);
	if (sort !== null) {
		if (sort === 'catalogue' || s.groupings.includes(sort)) s.sort = sort;
		else issues.push({ param: COMPARE_PARAMS.sort, reason: ID.test(sort) ? 'unknown' : 'malformed' });
	}
	// A year before the link's indicators have figures, or after the latest figure there is, is set aside (the latest are shown), and said so.
	const held = fitUntil(s, cat);
	if (held.dropped) issues.push({ param: COMPARE_PARAMS.until, reason: 'unknown' });
	// An indicator named in the link but without figures at the level is replaced, and said so.
	const fitted = fitToLevel(held.state, cat);
	for (const param of fitted.replaced) if (params.has(param) && !issues.some((i) => i.param === param)) issues.push({ param, reason: 'unknown' });
	return { state: fitted.state, issues };
}

/**
 * The state with an indicator and a need indicator that have figures at its level: one that has none there is replaced
 * by the default (or the level's first) and named in `replaced`.
 */
export function fitToLevel(s: CompareState, cat: CompareCatalogue): { state: CompareState; replaced: string[] } {
	const next = { ...s };
	const replaced: string[] = [];
	const fit = (value: string, at: string[], fallback: string) => (at.includes(value) ? value : at.includes(fallback) ? fallback : (at[0] ?? value));
	const indicator = fit(s.indicator, cat.indicatorsAt(s.level), cat.defaults.indicator);
	const need = fit(s.need, cat.needsAt(s.level), cat.defaults.need);
	if (indicator !== s.indicator) replaced.push(COMPARE_PARAMS.indicator);
	if (need !== s.need) replaced.push(COMPARE_PARAMS.need);
	next.indicator = indicator;
	next.need = need;
	return { state: next, replaced };
}

/**
 * The state without its year where the indicator or the need indicator has no figure up to it at the level (a link
 * edited by hand, or a choice made after opening a shared link), or where the year is later than any figure (no link
 * made on the site names one): the latest figures are then shown.
 */
export function fitUntil(s: CompareState, cat: CompareCatalogue): { state: CompareState; dropped: boolean } {
	if (s.until === null) return { state: s, dropped: false };
	const held = s.until <= cat.latestYear && cat.indicatorsAt(s.level, s.until).includes(s.indicator) && cat.needsAt(s.level, s.until).includes(s.need);
	return held ? { state: s, dropped: false } : { state: { ...s, until: null }, dropped: true };
}

/** Canonical query string (without '?'). */
export function serialiseCompareState(s: CompareState): string {
	const p = new URLSearchParams();
	p.set(COMPARE_PARAMS.groupings, s.groupings.join(','));
	p.set(COMPARE_PARAMS.level, s.level);
	p.set(COMPARE_PARAMS.indicator, s.indicator);
	p.set(COMPARE_PARAMS.need, s.need);
	if (s.until !== null) p.set(COMPARE_PARAMS.until, String(s.until));
	if (s.sort !== 'catalogue') p.set(COMPARE_PARAMS.sort, s.sort);
	if (s.custom) {
		p.set(COMPARE_PARAMS.custom, `${s.custom.level}:${s.custom.codes.join(',')}`);
		const name = cleanName(s.custom.name);
		if (name) p.set(COMPARE_PARAMS.customName, name);
	}
	return p.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
}
