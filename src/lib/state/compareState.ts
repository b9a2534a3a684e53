// The comparison page's shareable state ⇄ URL. Parse validates each parameter (valid, invalid with a reason, or
// missing → default); a custom grouping travels as `egen=<level>:<code>,<code>…&egennamn=<name>`, its unknown codes
// are dropped and listed, and its name is kept as plain text only. Serialise is canonical.
import { COMPARE_LEVELS, type CompareLevel } from '../model/compareSpecs.ts';
import { nameIssues, readParam, readableQuery } from './paramIssues.ts';
import { CUSTOM, CUSTOM_PARAMS, parseCustom, writeCustom, type CustomGrouping, type CustomIssue } from './customGrouping.ts';

export { CUSTOM, MAX_NAME, cleanName, paramIssues, type CustomGrouping } from './customGrouping.ts';
export const CITY = 'hela_staden';

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

export type CompareIssue = CustomIssue;

export const COMPARE_PARAMS = {
	groupings: 'grupper',
	level: 'niva',
	indicator: 'indikator',
	need: 'behov',
	sort: 'sortera',
	...CUSTOM_PARAMS,
	until: 'tom'
} as const;

const MAX_PARAM = 8000;
const ID = /^[a-z0-9_]{1,80}$/;

export function defaultCompareState(cat: CompareCatalogue): CompareState {
	return { ...cat.defaults, groupings: [...cat.defaults.groupings], sort: 'catalogue', custom: null, until: null };
}

export function parseCompareState(params: URLSearchParams, cat: CompareCatalogue): { state: CompareState; issues: CompareIssue[] } {
	const issues: CompareIssue[] = nameIssues(params, Object.values(COMPARE_PARAMS));
	const s = defaultCompareState(cat);

	const lvl = readParam(params, COMPARE_PARAMS.level, issues, MAX_PARAM);
	if (lvl !== null) {
		if ((COMPARE_LEVELS as readonly string[]).includes(lvl)) s.level = lvl as CompareLevel;
		else issues.push({ param: COMPARE_PARAMS.level, reason: 'malformed' });
	}

	for (const [key, list] of [
		[COMPARE_PARAMS.indicator, cat.indicators],
		[COMPARE_PARAMS.need, cat.needIndicators]
	] as const) {
		const v = readParam(params, key, issues, MAX_PARAM);
		if (v === null) continue;
		if (!ID.test(v)) issues.push({ param: key, reason: 'malformed' });
		else if (!list.includes(v)) issues.push({ param: key, reason: 'unknown' });
		else if (key === COMPARE_PARAMS.indicator) s.indicator = v;
		else s.need = v;
	}

	s.custom = parseCustom(params, cat.hasArea, issues);

	const grp = readParam(params, COMPARE_PARAMS.groupings, issues, MAX_PARAM);
	if (grp !== null) {
		const ids = grp === '' ? [] : grp.split(',');
		const allowed = (g: string) => ID.test(g) && (cat.groupings.includes(g) || g === CITY || (g === CUSTOM && s.custom !== null));
		const valid = ids.filter(allowed);
		if (valid.length !== ids.length) issues.push({ param: COMPARE_PARAMS.groupings, reason: 'unknown' });
		// None of those named is known: the defaults, as the notice says (an empty list, grupper=, is a choice and kept).
		if (ids.length && !valid.length) s.groupings = s.custom ? [...s.groupings, CUSTOM] : s.groupings;
		else s.groupings = [...new Set(valid)];
	} else if (s.custom) s.groupings = [...s.groupings, CUSTOM];

	const until = readParam(params, COMPARE_PARAMS.until, issues, MAX_PARAM);
	if (until !== null) {
		const year = /^\d{4}$/.test(until) ? Number(until) : NaN;
		if (!(year >= 1900 && year <= 2100)) issues.push({ param: COMPARE_PARAMS.until, reason: 'malformed' });
		else s.until = year;
	}

	const sort = readParam(params, COMPARE_PARAMS.sort, issues, MAX_PARAM);
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

/** The comparison's query for one's own grouping at its level (the rest left to the defaults), e.g. from the map. */
export function customCompareQuery(custom: CustomGrouping): string {
	const p = new URLSearchParams();
	p.set(COMPARE_PARAMS.level, custom.level);
	writeCustom(p, custom);
	return readableQuery(p);
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
	writeCustom(p, s.custom);
	return readableQuery(p);
}
