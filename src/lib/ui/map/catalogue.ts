// The slice of the built catalogue a page ships to the browser (no area list, no build warnings).
import type { BuiltCatalogue, Grouping, Indicator, Level } from '$lib/types/dataset';
import type { StateCatalogue } from '$lib/state/viewState';
import { primaryGroupings } from '$lib/model/groupingRegistry';
import { CUSTOM, type CustomGrouping } from '$lib/state/customGrouping';
import { m } from '$lib/paraglide/messages';

export type GroupingLite = Pick<Grouping, 'id' | 'name' | 'definition' | 'citation' | 'url' | 'level' | 'memberships' | 'complementOf' | 'note'>;

/** What the map's controls need of each indicator; the definition, caveats and full source come with its values. */
export type IndicatorLite = Pick<
	Indicator,
	'id' | 'name' | 'theme' | 'unit' | 'direction' | 'aggregation' | 'years' | 'levels' | 'decimals' | 'classification' | 'carriedFrom'
>;

export interface ClientCatalogue {
	builtAt: string;
	indicators: IndicatorLite[];
	groupings: GroupingLite[];
	frame: BuiltCatalogue['frame'];
	defaultIndicator: string;
	geoLevels: Level[];
	populationByLevel: BuiltCatalogue['populationByLevel'];
}

/** Groupings outlined on the map by default. */
export const DEFAULT_GROUPINGS = ['fokus2025', 'stadsdelslyftet'];

export function clientCatalogue(c: BuiltCatalogue): ClientCatalogue {
	return {
		builtAt: c.builtAt,
		indicators: c.indicators.map(({ id, name, theme, unit, direction, aggregation, years, levels, decimals, classification, carriedFrom }) => ({
			id,
			...(carriedFrom ? { carriedFrom } : {}),
			name,
			theme,
			unit,
			direction,
			aggregation,
			years,
			levels,
			decimals,
			classification
		})),
		// Complements are not outlined on the map.
		groupings: primaryGroupings(c.groupings).map(({ id, name, definition, citation, url, level, memberships, complementOf, note }) => ({
				id,
				name,
				definition,
				citation,
				url,
				level,
				memberships: Object.fromEntries(Object.entries(memberships).filter(([l]) => c.geoLevels.includes(l as Level))),
				complementOf,
				note
			})),
		frame: c.frame,
		defaultIndicator: c.defaultIndicator,
		geoLevels: c.geoLevels,
		populationByLevel: c.populationByLevel
	};
}

/** Levels an indicator can be mapped at: where it has data and the level has geometry (never the whole city). */
export function mapLevels(c: Pick<ClientCatalogue, 'geoLevels'>, ind: Pick<Indicator, 'levels'>): Level[] {
	return ind.levels.filter((l) => l !== 'kommun' && c.geoLevels.includes(l));
}

export function stateCatalogue(c: ClientCatalogue, hasArea: StateCatalogue['hasArea']): StateCatalogue {
	return {
		indicators: c.indicators
			.map((i) => ({ id: i.id, years: i.years, levels: mapLevels(c, i) }))
			.filter((i) => i.levels.length > 0),
		groupings: c.groupings,
		defaultIndicator: c.defaultIndicator,
		defaultGroupings: DEFAULT_GROUPINGS,
		hasArea
	};
}

/**
 * The catalogue with the user's own grouping (from the link) as one more grouping, `egen`: outlined, listed and summarised
 * like the others wherever the map shows its level (its members are known at that level only).
 */
export function withOwnGrouping(c: ClientCatalogue, custom: CustomGrouping | null): ClientCatalogue {
	return custom ? { ...c, groupings: [...c.groupings, ownGrouping(custom)] } : c;
}

function ownGrouping(custom: CustomGrouping): GroupingLite {
	const count = String(custom.codes.length);
	return {
		id: CUSTOM,
		// A name the user gave says it is theirs, wherever it is shown: a link can name it anything.
		name: custom.name
			? { sv: m.map_custom_label({ name: custom.name }, { locale: 'sv' }), en: m.map_custom_label({ name: custom.name }, { locale: 'en' }) }
			: { sv: m.compare_custom_default_name({}, { locale: 'sv' }), en: m.compare_custom_default_name({}, { locale: 'en' }) },
		definition: { sv: m.map_custom_definition({ count }, { locale: 'sv' }), en: m.map_custom_definition({ count }, { locale: 'en' }) },
		citation: '',
		url: '',
		level: custom.level,
		memberships: { [custom.level]: custom.codes },
		complementOf: null,
		note: null
	};
}
