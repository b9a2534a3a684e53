// The contract between the build-time pipeline (data/) and the app (src/): the shape of every built file.

/** Geographic levels. Domain names stay Swedish; vintages are separate levels and never joined silently. */
export const LEVELS = [
	'kommun',
	'innerstad_ytterstad',
	'stadsdelsomrade',
	'stadsdelsomrade2007',
	'stadsdel',
	'regso',
	'regso2025',
	'deso',
	'deso2025',
	'valdistrikt2014',
	'valdistrikt2018',
	'valdistrikt2022'
] as const;
export type Level = (typeof LEVELS)[number];

export interface Localised {
	sv: string;
	en: string;
}

/**
 * The language a text taken from a source is written in, where the build can know it (the source's own language, the
 * language of the page it names): a page in another language marks it (WCAG 3.1.2). null: not known, mixed, or no
 * language at all (a table code, a licence name); such text takes the page's language.
 */
export type TextLang = 'sv' | 'en' | null;

/** A stretch of a text in one language: a text whose parts are in different languages is a list of these. */
export interface LangRun {
	text: string;
	lang: TextLang;
}

export interface Area {
	level: Level;
	/** SCB code for deso/regso, 8-digit code for valdistrikt, '0180' for kommun, a slug of the name otherwise. */
	code: string;
	name: string;
	/** Code of the containing area at each coarser level (computed from geometry, checked against crosswalks). */
	parents: Partial<Record<Level, string>>;
	/** Land area in km², null where the source gives no geometry. */
	landAreaKm2: number | null;
	/** True where the level has a polygon for this area in the built TopoJSON. */
	hasGeometry: boolean;
}

export type Theme = 'segregation' | 'trygghet' | 'context';
export type Unit = 'percent' | 'persons' | 'sek_thousand' | 'per_100k' | 'count' | 'category' | 'dwellings' | 'households';
export type Direction = 'higher_better' | 'higher_worse' | 'neutral';

/** How values over several areas combine. */
export type Aggregation =
	/** value = scale × Σnumerator / Σdenominator. `approximate`: the counts are estimates, e.g. a published share times
	 * a stand-in denominator (the population where the source's own base is not published), so each area's value is
	 * as published but a value combined over several areas is approximate. `estimatedYears`: the same, but only in
	 * these years (e.g. a share published for one year and counted for another); the other years' counts are exact. */
	| { kind: 'ratio'; scale: number; approximate?: boolean; estimatedYears?: readonly number[] }
	/** value = Σ(value × weight) / Σweight, weight is another indicator's value (e.g. population). */
	| { kind: 'weighted_mean'; weight: string; approximate: boolean }
	/** plain sum of values (counts) */
	| { kind: 'sum' }
	/** medians, categories: report range and a mean weighted by `weight` (null: the level's population, only where
	 * no carry is needed, e.g. the user's own table), flagged approximate */
	| { kind: 'not_aggregable'; weight: string | null };

export interface Source {
	publisher: string;
	/** Table id or title as the publisher names it. */
	table: string;
	/** The language `table` is written in (the build's sources set it; absent for the user's own table). */
	tableLang?: TextLang;
	url: string;
	licence: string;
	/** The language `licence` is written in. */
	licenceLang?: TextLang;
	/** Path of the raw file(s) under the mirror, relative to data/raw. */
	files: string[];
}

export interface Indicator {
	id: string;
	name: Localised;
	description: Localised;
	theme: Theme;
	unit: Unit;
	direction: Direction;
	source: Source;
	aggregation: Aggregation;
	caveats: Localised[];
	/** Years and levels that carry at least one observation (filled in by the build). */
	years: number[];
	levels: Level[];
	/** Number of decimals to show. */
	decimals: number;
	/** Class breaks method for the map. */
	classification: 'quantile' | 'jenks';
	/**
	 * Coarse level → the finer level every row there was carried from whole, by primary parent (filled in by the
	 * build); a set of coarse areas that is an exact union of those finer areas is computed from their rows.
	 */
	carriedFrom?: Partial<Record<Level, Level>>;
	/**
	 * Level → the years whose rows there the build estimated by area weighting (a finer area's counts split by its
	 * share of land, e.g. valdistrikt → DeSO), directly or through a chain of carries (filled in by the build): their
	 * counts are estimates, not counted people.
	 */
	areaWeighted?: Partial<Record<Level, number[]>>;
}

export type ObservationStatus = 'ok' | 'suppressed' | 'derived' | 'approximate' | 'missing';

export interface Observation {
	indicator: string;
	level: Level;
	code: string;
	year: number;
	/** null means missing or suppressed: never 0. */
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	status: ObservationStatus;
	/**
	 * Only on a row the build carried from finer areas where some of them had no value (or were themselves carried
	 * so): the share (0–1) of those finer areas' population that had a value (model/aggregate.ts's coveredShare).
	 */
	coverage?: number | null;
}

export interface Grouping {
	id: string;
	name: Localised;
	definition: Localised;
	citation: string;
	/** The language the citation is written in. */
	citationLang: TextLang;
	url: string;
	/** The level at which membership is defined, and its members there. */
	level: Level;
	members: string[];
	/** Membership carried to every level where it is defensible (primary parent/overlap), codes per level. */
	memberships: Partial<Record<Level, string[]>>;
	/** Where set, this grouping is the complement of that one (övriga staden). */
	complementOf: string | null;
	/** Which level of memberships the UI shows by default and why. */
	note: Localised | null;
}

/** A built source module's output. */
export interface SourceResult {
	indicators: Indicator[];
	observations: Observation[];
	/** Raw files read, relative to the mirror root. */
	inputs: string[];
	/** Non-fatal problems (unmatched names, dropped rows): listed in the build output and the data page. */
	warnings: string[];
}

export interface Catalogue {
	builtAt: string;
	inputHash: string;
	indicators: Indicator[];
	groupings: Grouping[];
	areas: Area[];
	warnings: string[];
}

/** The fitted map projection, shared by build-time and browser-side path generation. */
export interface MapFrameSpec {
	width: number;
	height: number;
	rotate: [number, number];
	scale: number;
	translate: [number, number];
}

/** static/data/catalog.json */
export interface BuiltCatalogue extends Catalogue {
	frame: MapFrameSpec;
	defaultIndicator: string;
	/** Levels that have a TopoJSON under static/data/geo/<level>.topo.json. */
	geoLevels: Level[];
	/** The population indicator to weight means and report population covered, per level. */
	populationByLevel: Partial<Record<Level, string>>;
	/** Files written, with sha256, so the app and tests can check integrity. */
	files: Record<string, { bytes: number; sha256: string }>;
}

/**
 * One row of static/data/ind/<id>.json: [level, code, year, value, numerator, denominator, status, coverage?]; the
 * coverage (Observation.coverage) is written only where it is known and below 1.
 */
export type IndicatorFileRow = [Level, string, number, number | null, number | null, number | null, ObservationStatus, number?];

export interface IndicatorFile {
	id: string;
	/** The full catalogue entry (definition, source, caveats), so a page needs only this file for one indicator. */
	indicator: Indicator;
	rows: IndicatorFileRow[];
}
