// The slice of the built catalogue the comparison page ships to the browser, and how a state's grouping ids become
// sets of area codes at the comparison level (predefined memberships, the whole city, or the user's own grouping).
import type { BuiltCatalogue, Grouping, Indicator, Localised } from '$lib/types/dataset';
import { COMPARE_LEVELS, comparableIndicators, yearsUpTo, type CompareLevel } from '$lib/model/compareSpecs';
import { CITY, CUSTOM, type CompareCatalogue, type CompareState } from '$lib/state/compareState';
import { withComplements } from '$lib/model/groupingRegistry';

export type CompareIndicator = Pick<Indicator, 'id' | 'name' | 'description' | 'unit' | 'aggregation' | 'years' | 'levels' | 'decimals' | 'direction' | 'theme' | 'carriedFrom'> & {
	source: Pick<Indicator['source'], 'publisher' | 'table' | 'tableLang' | 'licence'>;
	/** The source's own figure for the whole city, [year, value], where it has one (model/areaRows.officialCity). */
	cityOfficial?: [number, number][];
};
export type CompareGrouping = Pick<Grouping, 'id' | 'name' | 'memberships' | 'complementOf' | 'note'>;
/** [code, name, parent stadsdelsomrade, parent stadsdel, parent regso] */
export type AreaLite = [string, string, string, string, string];

export interface CompareClientCatalogue {
	indicators: CompareIndicator[];
	groupings: CompareGrouping[];
	areas: Record<CompareLevel, AreaLite[]>;
	populationByLevel: BuiltCatalogue['populationByLevel'];
	geoLevels: BuiltCatalogue['geoLevels'];
	frame: BuiltCatalogue['frame'];
	builtAt: string;
}

export const DEFAULT_GROUPINGS = ['fokus2025', 'stadsdelslyftet', 'ovriga_stadsdelslyftet', CITY];
export const DEFAULT_NEED = 'lag_ekonomisk_standard_andel';
export const NEED_DEFAULTS = ['lag_ekonomisk_standard_andel', 'arbetsloshet_andel', 'utrikes_fodda_andel'];

/** `official`: the source's own city figure of an indicator in a year (null where it has none). */
export function compareClientCatalogue(c: BuiltCatalogue, official: (indicator: string, year: number) => number | null = () => null): CompareClientCatalogue {
	const areas = Object.fromEntries(
		COMPARE_LEVELS.map((l) => [
			l,
			c.areas
				.filter((a) => a.level === l)
				.map((a): AreaLite => [a.code, a.name, a.parents.stadsdelsomrade ?? '', a.parents.stadsdel ?? '', a.parents.regso ?? ''])
		])
	) as Record<CompareLevel, AreaLite[]>;
	return {
		indicators: comparableAnywhere(c.indicators).map(({ id, name, description, unit, aggregation, years, levels, decimals, direction, theme, source, carriedFrom }) => ({
			id,
			...(carriedFrom ? { carriedFrom } : {}),
			...officialOf(id, years, official),
			name,
			description,
			unit,
			aggregation,
			years,
			levels,
			decimals,
			direction,
			theme,
			source: { publisher: source.publisher, table: source.table, tableLang: source.tableLang ?? null, licence: source.licence }
		})),
		groupings: withComplements(c.groupings).flatMap((g) => {
			const memberships = Object.fromEntries(COMPARE_LEVELS.map((l) => [l, g.memberships[l]]).filter(([, v]) => v));
			return [{ id: g.id, name: g.name, memberships, complementOf: g.complementOf, note: g.note }];
		}),
		areas,
		populationByLevel: c.populationByLevel,
		geoLevels: c.geoLevels,
		frame: c.frame,
		builtAt: c.builtAt
	};
}

function comparableAnywhere<T extends Indicator>(inds: T[]): T[] {
	return inds.filter((i) => COMPARE_LEVELS.some((l) => comparableIndicators([i], l).length > 0));
}

export function needIndicators(c: Pick<CompareClientCatalogue, 'indicators'>): CompareIndicator[] {
	const ratio = c.indicators.filter((i) => i.aggregation.kind === 'ratio');
	return [...NEED_DEFAULTS.flatMap((id) => ratio.filter((i) => i.id === id)), ...ratio.filter((i) => !NEED_DEFAULTS.includes(i.id))];
}

export function stateCatalogue(c: CompareClientCatalogue): CompareCatalogue {
	const known = new Map(COMPARE_LEVELS.map((l) => [l, new Set(c.areas[l].map((a) => a[0]))]));
	const defaultIndicator = c.indicators.some((i) => i.id === DEFAULT_NEED) ? DEFAULT_NEED : (c.indicators[0]?.id ?? '');
	return {
		groupings: c.groupings.map((g) => g.id),
		indicators: c.indicators.map((i) => i.id),
		needIndicators: needIndicators(c).map((i) => i.id),
		defaults: {
			groupings: DEFAULT_GROUPINGS.filter((g) => g === CITY || c.groupings.some((x) => x.id === g)),
			level: 'stadsdelsomrade',
			indicator: defaultIndicator,
			need: needIndicators(c)[0]?.id ?? defaultIndicator
		},
		hasArea: (level, code) => known.get(level)?.has(code) ?? false,
		indicatorsAt: (level, until = null) => comparableIndicators(c.indicators, level).filter((i) => yearsUpTo(i.years, until).length).map((i) => i.id),
		needsAt: (level, until = null) => needIndicators(c).filter((i) => i.levels.includes(level) && yearsUpTo(i.years, until).length).map((i) => i.id),
		latestYear: Math.max(...c.indicators.flatMap((i) => i.years))
	};
}

export interface ResolvedSet {
	key: string;
	label: Localised;
	/** Codes at the comparison level; null when the grouping cannot be expressed at that level. */
	codes: string[] | null;
	note: Localised | null;
}

const PARENT_INDEX: Record<CompareLevel, number> = { stadsdelsomrade: 2, stadsdel: 3, regso: 4, deso: -1 };

/** The user's codes carried to the comparison level: equal level as is, finer level through parents, coarser: none. */
export function customCodesAt(c: CompareClientCatalogue, custom: NonNullable<CompareState['custom']>, level: CompareLevel): string[] | null {
	if (custom.level === level) return custom.codes;
	if (COMPARE_LEVELS.indexOf(custom.level) > COMPARE_LEVELS.indexOf(level)) return null;
	const idx = PARENT_INDEX[custom.level];
	const chosen = new Set(custom.codes);
	return c.areas[level].filter((a) => chosen.has(a[idx] as string)).map((a) => a[0]);
}

export function resolveSets(c: CompareClientCatalogue, state: CompareState, names: { city: Localised; custom: Localised }): ResolvedSet[] {
	return state.groupings.flatMap((id): ResolvedSet[] => {
		if (id === CITY) return [{ key: CITY, label: names.city, codes: c.areas[state.level].map((a) => a[0]), note: null }];
		if (id === CUSTOM) {
			if (!state.custom) return [];
			const label = state.custom.name ? { sv: state.custom.name, en: state.custom.name } : names.custom;
			return [{ key: CUSTOM, label, codes: customCodesAt(c, state.custom, state.level), note: null }];
		}
		const g = c.groupings.find((x) => x.id === id);
		if (!g) return [];
		return [{ key: id, label: g.name, codes: g.memberships[state.level] ?? null, note: g.note }];
	});
}

function officialOf(id: string, years: readonly number[], official: (indicator: string, year: number) => number | null): { cityOfficial?: [number, number][] } {
	const known = years.flatMap((y): [number, number][] => {
		const v = official(id, y);
		return v === null ? [] : [[y, v]];
	});
	return known.length ? { cityOfficial: known } : {};
}

/** The source's own city figure of an indicator in a year, or null. */
export function cityOfficialOf(ind: Pick<CompareIndicator, 'cityOfficial'>, year: number): number | null {
	return ind.cityOfficial?.find(([y]) => y === year)?.[1] ?? null;
}
