// The map view's shareable state ⇄ URL: parse validates every parameter (each is valid, invalid with a reason, or
// missing) and falls back to defaults; serialise is canonical and always names indicator, year, level and groupings,
// so a link in a written response keeps its meaning when a new year of data makes another default.
import { LEVELS, type Level } from '../types/dataset.ts';
import { nameIssues, readParam, readableQuery, type ParamIssue } from './paramIssues.ts';
import { CUSTOM, CUSTOM_PARAMS, parseCustom, writeCustom, type CustomGrouping, type CustomIssue } from './customGrouping.ts';
import type { CompareLevel } from '../model/compareSpecs.ts';

export type { ParamIssue, CustomIssue };

export interface ViewState {
	indicator: string;
	year: number;
	level: Level;
	/** Grouping outlines shown on the map, in catalogue order. */
	groupings: string[];
	/** Selected area code at `level`, or null. */
	area: string | null;
	/** Colour relative to the city value (diverging) instead of sequential. */
	compare: boolean;
	/** The user's own grouping (made on the comparison page, carried in the link); outlined as `egen` at its level. */
	custom: CustomGrouping | null;
}

/** What the parser needs to know of the catalogue. */
export interface StateCatalogue {
	indicators: { id: string; years: number[]; levels: Level[] }[];
	groupings: { id: string }[];
	defaultIndicator: string;
	defaultGroupings: string[];
	/** Known area codes per level, to validate a selected area and the own grouping's areas. */
	hasArea: (level: Level, code: string) => boolean;
}

export const PARAMS = { indicator: 'indikator', year: 'ar', level: 'niva', groupings: 'grupper', area: 'omrade', compare: 'jmf', ...CUSTOM_PARAMS } as const;

/** Levels in the order the map prefers them when the current one is unavailable. */
const LEVEL_PREFERENCE: Level[] = ['stadsdelsomrade', 'stadsdel', 'regso', 'deso', 'regso2025', 'valdistrikt2022', 'valdistrikt2018', 'kommun'];
const MAX_PARAM = 2000;
const ID = /^[a-z0-9_]{1,80}$/;
const CODE = /^[0-9A-Za-z_-]{1,40}$/;

export function defaultLevel(levels: readonly Level[]): Level {
	return LEVEL_PREFERENCE.find((l) => levels.includes(l)) ?? levels[0] ?? 'stadsdelsomrade';
}

export function defaultState(cat: StateCatalogue): ViewState {
	const ind = cat.indicators.find((i) => i.id === cat.defaultIndicator) ?? cat.indicators[0];
	const level = defaultLevel(ind?.levels ?? []);
	return {
		indicator: ind?.id ?? '',
		year: ind ? Math.max(...ind.years) : 0,
		level,
		groupings: cat.defaultGroupings.filter((g) => cat.groupings.some((x) => x.id === g)),
		area: null,
		compare: false,
		custom: null
	};
}

export function parseViewState(params: URLSearchParams, cat: StateCatalogue): { state: ViewState; issues: CustomIssue[] } {
	const issues: CustomIssue[] = nameIssues(params, Object.values(PARAMS));

	const def = defaultState(cat);
	const s: ViewState = { ...def, groupings: [...def.groupings] };

	const ind = readParam(params, PARAMS.indicator, issues, MAX_PARAM);
	let indicator = cat.indicators.find((i) => i.id === s.indicator);
	if (ind !== null) {
		const found = ID.test(ind) ? cat.indicators.find((i) => i.id === ind) : undefined;
		if (found) indicator = found;
		else issues.push({ param: PARAMS.indicator, reason: ID.test(ind) ? 'unknown' : 'malformed' });
	}
	if (indicator) {
		s.indicator = indicator.id;
		s.year = Math.max(...indicator.years);
		s.level = defaultLevel(indicator.levels);
	}

	const lvl = readParam(params, PARAMS.level, issues, MAX_PARAM);
	if (lvl !== null) {
		if (!(LEVELS as readonly string[]).includes(lvl)) issues.push({ param: PARAMS.level, reason: 'malformed' });
		else if (!indicator?.levels.includes(lvl as Level)) issues.push({ param: PARAMS.level, reason: 'unavailable' });
		else s.level = lvl as Level;
	}

	const yr = readParam(params, PARAMS.year, issues, MAX_PARAM);
	if (yr !== null) {
		const y = /^\d{4}$/.test(yr) ? Number(yr) : NaN;
		if (Number.isNaN(y)) issues.push({ param: PARAMS.year, reason: 'malformed' });
		else if (!indicator?.years.includes(y)) issues.push({ param: PARAMS.year, reason: 'unavailable' });
		else s.year = y;
	}

	s.custom = parseCustom(params, (level: CompareLevel, code: string) => cat.hasArea(level, code), issues);
	// The own grouping comes last, after the catalogue's, and is outlined unless the link's list leaves it out.
	const known = [...cat.groupings.map((g) => g.id), ...(s.custom ? [CUSTOM] : [])];
	const grp = readParam(params, PARAMS.groupings, issues, MAX_PARAM);
	if (grp !== null) {
		const ids = grp === '' ? [] : grp.split(',');
		const valid = ids.filter((g) => ID.test(g) && known.includes(g));
		if (valid.length !== ids.length) issues.push({ param: PARAMS.groupings, reason: 'unknown' });
		// None of those named is known: the defaults stay, as the notice says (an empty list, grupper=, is a choice).
		if (!ids.length || valid.length) s.groupings = known.filter((g) => valid.includes(g));
		else if (s.custom) s.groupings = [...s.groupings, CUSTOM];
	} else if (s.custom) s.groupings = [...s.groupings, CUSTOM];

	const area = readParam(params, PARAMS.area, issues, MAX_PARAM);
	if (area !== null) {
		if (!CODE.test(area)) issues.push({ param: PARAMS.area, reason: 'malformed' });
		else if (!cat.hasArea(s.level, area)) issues.push({ param: PARAMS.area, reason: 'unknown' });
		else s.area = area;
	}

	const cmp = readParam(params, PARAMS.compare, issues, MAX_PARAM);
	if (cmp !== null) {
		if (cmp === '1') s.compare = true;
		else if (cmp !== '0') issues.push({ param: PARAMS.compare, reason: 'malformed' });
	}
	return { state: s, issues };
}

/** The map's query for one area at its level, the rest of the view left to its defaults (e.g. a link back to the map). */
export function areaViewQuery(level: string, area: string): string {
	return new URLSearchParams({ [PARAMS.level]: level, [PARAMS.area]: area }).toString();
}

/** The map's query showing one's own grouping, outlined at its level, with an indicator (else the default). */
export function customViewQuery(custom: CustomGrouping, indicator: string | null): string {
	const p = new URLSearchParams();
	if (indicator) p.set(PARAMS.indicator, indicator);
	p.set(PARAMS.level, custom.level);
	writeCustom(p, custom);
	return readableQuery(p);
}

/** Canonical query string (without '?'): fixed parameter order; area, compare and the own grouping only when set. */
export function serialiseViewState(s: ViewState): string {
	const p = new URLSearchParams();
	p.set(PARAMS.indicator, s.indicator);
	p.set(PARAMS.year, String(s.year));
	p.set(PARAMS.level, s.level);
	p.set(PARAMS.groupings, s.groupings.join(','));
	if (s.area) p.set(PARAMS.area, s.area);
	if (s.compare) p.set(PARAMS.compare, '1');
	writeCustom(p, s.custom);
	return readableQuery(p);
}
