// One area's page, assembled from the catalogue and the indicator files: its parents, the groupings it belongs to,
// and each indicator's latest value beside the whole city's value that year. Pure: no I/O, no DOM.
import { LEVELS } from '../../types/dataset.ts';
import type { Area, BuiltCatalogue, Grouping, Indicator, IndicatorFile, Level, Localised, ObservationStatus, TextLang, Theme, Unit } from '../../types/dataset.ts';
import type { CompareCell } from '../../model/aggregate.ts';

export type Lang = 'sv' | 'en';

export interface Point {
	year: number;
	value: number | null;
	status: ObservationStatus;
	/** Where the build carried the value from finer areas, some without data: the share of their population with data. */
	coverage: number | null;
}

/** Every area's series per indicator: `level:code` → indicator id → points by ascending year. */
export type ObservationIndex = Map<string, Map<string, Point[]>>;

/**
 * The whole city computed over every area of a level, with what the aggregate says of it: approximate (a mean of
 * medians, say), derived (from rounded shares), and how much of the population it rests on. The figure is never
 * shown without these (factNotes.ts's factFlags words them, as for the factsheets' and the comparison's sets).
 */
export type CityLikeParts = Pick<CompareCell, 'approximate' | 'derived' | 'nMissing' | 'populationCovered' | 'populationTotal'> & { value: number };

/** The aggregate's cell for the whole city as the page keeps it: the value with its flags and coverage, or null without a value. */
export function cityLikePartsOf(cell: CompareCell): CityLikeParts | null {
	const { value, approximate, derived, nMissing, populationCovered, populationTotal } = cell;
	return value === null ? null : { value, approximate, derived, nMissing, populationCovered, populationTotal };
}

export const CITY: { level: Level; code: string } = { level: 'kommun', code: '0180' };

export function areaKey(level: Level, code: string): string {
	return `${level}:${code}`;
}

export function indexObservations(files: Iterable<Pick<IndicatorFile, 'id' | 'rows'>>): ObservationIndex {
	const index: ObservationIndex = new Map();
	for (const f of files) {
		for (const [level, code, year, value, , , status, coverage] of f.rows) {
			const key = areaKey(level, code);
			let byIndicator = index.get(key);
			if (!byIndicator) index.set(key, (byIndicator = new Map()));
			let points = byIndicator.get(f.id);
			if (!points) byIndicator.set(f.id, (points = []));
			points.push({ year, value: value !== null && Number.isFinite(value) ? value : null, status, coverage: coverage ?? null });
		}
	}
	for (const byIndicator of index.values()) for (const points of byIndicator.values()) points.sort((a, b) => a.year - b.year);
	return index;
}

/** What every area page reads, prepared once per build. */
export interface ProfileSources {
	indicators: readonly Indicator[];
	groupings: readonly Grouping[];
	areas: ReadonlyMap<string, Area>;
	observations: ObservationIndex;
	/** grouping id → level → member codes. */
	members: ReadonlyMap<string, ReadonlyMap<Level, ReadonlySet<string>>>;
	/**
	 * The whole city computed like the areas of a level (every area of it, as the comparison's and the factsheets'
	 * "Hela staden"), where it can be computed; the source's kommun row may also count what no area holds.
	 */
	cityLikeParts?: (level: Level, indicator: string, year: number) => CityLikeParts | null;
}

export function profileSources(
	c: Pick<BuiltCatalogue, 'indicators' | 'groupings' | 'areas'>,
	files: Iterable<Pick<IndicatorFile, 'id' | 'rows'>>
): ProfileSources {
	const members = new Map<string, Map<Level, Set<string>>>();
	for (const g of c.groupings) {
		const byLevel = new Map<Level, Set<string>>();
		for (const [level, codes] of Object.entries(g.memberships) as [Level, string[]][]) byLevel.set(level, new Set(codes));
		members.set(g.id, byLevel);
	}
	return {
		indicators: c.indicators,
		groupings: c.groupings,
		areas: new Map(c.areas.map((a) => [areaKey(a.level, a.code), a])),
		observations: indexObservations(files),
		members
	};
}

export interface AreaRef {
	level: Level;
	code: string;
	name: string;
}

/** Areas that get a page: those with at least one observation, in level order, then by code. */
export function areasWithData(s: ProfileSources): AreaRef[] {
	const rank = (l: Level) => LEVELS.indexOf(l);
	return [...s.areas.values()]
		.filter((a) => s.observations.has(areaKey(a.level, a.code)))
		.sort((a, b) => rank(a.level) - rank(b.level) || a.code.localeCompare(b.code))
		.map(({ level, code, name }) => ({ level, code, name }));
}

export interface ProfileParent extends AreaRef {
	/** False where the parent has no page of its own (unknown area or no observations), so no link is drawn. */
	hasPage: boolean;
}

export interface ProfileGrouping {
	id: string;
	name: string;
}

export interface TrendPoint {
	year: number;
	value: number | null;
	city: number | null;
}

export interface ProfileIndicator {
	id: string;
	name: string;
	definition: string;
	theme: Theme;
	unit: Unit;
	decimals: number;
	/** The area's latest year with a row for this indicator, whatever its value. */
	year: number;
	/** null: missing or suppressed, never 0. */
	value: number | null;
	status: ObservationStatus;
	/** Point.coverage of the latest year: how much of the finer areas' population the value rests on. */
	coverage: number | null;
	/** The whole city's value the same year; null where the city has none that year. */
	city: number | null;
	cityStatus: ObservationStatus | null;
	cityCoverage: number | null;
	/** The whole city computed over every area of this level the same year (beside `city` where the two differ), with its flags and coverage. */
	cityLikeParts: CityLikeParts | null;
	/** Area and city by year where the area has values in at least two years; otherwise null. */
	trend: TrendPoint[] | null;
	source: { publisher: string; table: string; tableLang: TextLang; url: string };
}

export interface AreaProfile {
	area: AreaRef & { landAreaKm2: number | null };
	/** Containing areas at other levels, coarsest first. */
	parents: ProfileParent[];
	/** Groupings the area is a member of at its own level. */
	groupings: ProfileGrouping[];
	/** Groupings (not their complements) whose membership is not defined at this level: neither "in" nor "out" can be said. */
	groupingsUndefined: ProfileGrouping[];
	/** Indicators with at least one row for the area, by theme (segregation, trygghet, context), then catalogue order. */
	indicators: ProfileIndicator[];
}

const THEME_ORDER: Theme[] = ['segregation', 'trygghet', 'context'];

function pick(t: Localised, lang: Lang): string {
	return t[lang] || t.sv;
}

/** The profile of one area in one language, or null when the area is not in the catalogue. */
export function areaProfile(s: ProfileSources, level: Level, code: string, lang: Lang): AreaProfile | null {
	const area = s.areas.get(areaKey(level, code));
	if (!area) return null;
	const own = s.observations.get(areaKey(level, code)) ?? new Map<string, Point[]>();
	const city = s.observations.get(areaKey(CITY.level, CITY.code)) ?? new Map<string, Point[]>();

	const parents: ProfileParent[] = (Object.entries(area.parents) as [Level, string][])
		.filter(([l]) => l !== level)
		.sort(([a], [b]) => LEVELS.indexOf(a) - LEVELS.indexOf(b))
		.map(([l, c]) => {
			const p = s.areas.get(areaKey(l, c));
			return { level: l, code: c, name: p?.name ?? c, hasPage: !!p && s.observations.has(areaKey(l, c)) };
		});

	const groupings: ProfileGrouping[] = [];
	const groupingsUndefined: ProfileGrouping[] = [];
	for (const g of s.groupings) {
		const codes = s.members.get(g.id)?.get(level);
		const ref = { id: g.id, name: pick(g.name, lang) };
		// A complement is undefined exactly where its grouping is: naming the grouping says it.
		if (!codes) {
			if (!g.complementOf) groupingsUndefined.push(ref);
		}
		else if (codes.has(code)) groupings.push(ref);
	}

	const indicators: ProfileIndicator[] = [];
	for (const ind of s.indicators) {
		const points = own.get(ind.id);
		const latest = points?.[points.length - 1];
		if (!points || !latest) continue;
		const cityByYear = new Map((city.get(ind.id) ?? []).map((p) => [p.year, p]));
		const cityLatest = cityByYear.get(latest.year);
		const withValue = points.filter((p) => p.value !== null);
		indicators.push({
			id: ind.id,
			name: pick(ind.name, lang),
			definition: pick(ind.description, lang),
			theme: ind.theme,
			unit: ind.unit,
			decimals: ind.decimals,
			year: latest.year,
			value: latest.value,
			status: latest.status,
			coverage: latest.coverage,
			city: cityLatest?.value ?? null,
			cityStatus: cityLatest?.status ?? null,
			cityCoverage: cityLatest?.coverage ?? null,
			cityLikeParts: level === CITY.level ? null : (s.cityLikeParts?.(level, ind.id, latest.year) ?? null),
			trend: withValue.length >= 2 ? points.map((p) => ({ year: p.year, value: p.value, city: cityByYear.get(p.year)?.value ?? null })) : null,
			source: { publisher: ind.source.publisher, table: ind.source.table, tableLang: ind.source.tableLang ?? null, url: ind.source.url }
		});
	}
	const themeRank = (t: Theme) => THEME_ORDER.indexOf(t);
	// Array.prototype.sort is stable, so catalogue order holds within a theme.
	indicators.sort((a, b) => themeRank(a.theme) - themeRank(b.theme));

	return {
		area: { level, code, name: area.name, landAreaKm2: area.landAreaKm2 },
		parents,
		groupings,
		groupingsUndefined,
		indicators
	};
}
