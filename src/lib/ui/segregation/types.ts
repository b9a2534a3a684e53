// The segregation page's data, computed at build (segregationPage.server.ts) and rendered by the components here.
import type { Level, Localised } from '$lib/types/dataset';
import type { MapFrame, MapShape } from '$lib/model/mapShapes';
import type { SegregationFailure } from '$lib/model/segregation';

/** Which two groups an index compares; sets the wording (minority/majority) and the source note. */
export type FamilyId = 'foreign_born' | 'foreign_background' | 'low_econ';

interface ValueKey {
	level: Level;
	year: number;
	/** Some areas were carried to the level by the area holding most of the land, or the source is approximate. */
	approximate: boolean;
	/** Some counts were derived from rounded shares. */
	derived: boolean;
}

export type IndexValue =
	| (ValueKey & {
			ok: true;
			d: number;
			isolation: number;
			exposure: number;
			theilH: number;
			/** The city's minority share P = A / T. */
			minorityProportion: number;
			nAreas: number;
			nMissing: number;
	  })
	| (ValueKey & { ok: false; failure: SegregationFailure });

export interface ContributionRow {
	code: string;
	name: string;
	minority: number;
	total: number;
	minorityShare: number;
	majorityShare: number;
	/** (a_i/A − b_i/B)/2 as a share of D: its absolute values add up to 1; positive = more of the minority. */
	shareOfD: number;
}

export interface ContributionMap {
	level: Level;
	year: number;
	d: number;
	shapes: MapShape[];
	rows: ContributionRow[];
}

export interface GroupShareRow {
	id: string;
	name: Localised;
	complementOf: string | null;
	minorityShare: number;
	populationShare: number;
	nAreas: number;
}

export interface GroupShares {
	level: Level;
	year: number;
	rows: GroupShareRow[];
}

export interface FamilyData {
	id: FamilyId;
	indicator: { id: string; name: Localised; description: Localised; source: { publisher: string; table: string; licence: string } };
	years: number[];
	/** Finest first. */
	levels: Level[];
	values: IndexValue[];
	map: ContributionMap | null;
	groups: GroupShares | null;
}

export interface SegregationPageData {
	/** When the data were built: the date on every export. */
	builtAt: string;
	frame: MapFrame;
	water: string;
	families: FamilyData[];
}

/** What every share menu on the page needs besides its chart: data date, source line, citation source, definition. */
export interface SegShareContext {
	builtAt: string;
	source: string;
	citeSource: string;
	definition: string;
}
