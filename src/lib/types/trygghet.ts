// Shapes of the built trygghet file (static/data/trygghet.json): quoted survey evidence, Brå crime series, police notices.
import type { Indicator, LangRun, Level, Localised, Observation, Source, TextLang } from './dataset.ts';

/**
 * What kind of page a figure was read from. The raw files carry no such column (except a "sekundär källa" note),
 * so it is classified from the page's host: see data/sources/trygghet/sourceType.ts.
 */
export type EvidenceSourceType = 'official_table' | 'official_release' | 'news' | 'secondary';

/** The raw file a row came from; also keeps two surveys with equal indicator names apart. */
export type EvidenceFamily =
	| 'stockholms_stad_trygghetsmatning'
	| 'stockholms_stad_medborgarundersokning'
	| 'polisen_trygghetsmatning'
	| 'bra_ntu'
	| 'stockholmsenkaten'
	| 'sekundar_valdsbrott'
	| 'mitti_anmalda_brott_sdo_2016';

/** One quoted figure, kept as published. Not a statistic of ours: the dashboard shows it with its quote and source. */
export interface EvidenceRow {
	/** `${family}:${line}`: stable while the raw file is unchanged. */
	id: string;
	family: EvidenceFamily;
	/** The indicator as the source file names it (a transcription of the Swedish wording; never reworded here). */
	measure: string;
	/** The measure's name in Swedish and English (data/sources/trygghet/measureNames.ts), after the source's wording. */
	measureName: Localised;
	/** Series identity: family + measure + level (or the source's own level where ours does not apply). */
	measureKey: string;
	value: number;
	/** Unit as the file writes it ('percent', 'index points (max 48)', …). */
	unit: string;
	/** The unit in Swedish and English. */
	unitName: Localised;
	/** null where the source does not state the year. */
	year: number | null;
	/** Sub-year period where the file gives one ('2016-06'); null otherwise. */
	period: string | null;
	/** Our level, or null where the source's area has no counterpart (lokalpolisområde, län, riket, sums). */
	level: Level | null;
	/** Our code at `level`; null with level. */
	code: string | null;
	/** Area level and name exactly as in the file. */
	sourceLevel: string;
	areaName: string;
	sourceType: EvidenceSourceType;
	/** The publisher's identity, one spelling whatever the language (data/sources/trygghet/sourceType.ts). */
	publisher: string;
	/** The publisher as a Swedish and an English page write it ("Manne Gerell (blogg)" / "(blog)"). */
	publisherName: Localised;
	/** The quoted sentence(s) the value comes from; inherited from the previous row where the file says "same sentence". */
	quote: string | null;
	/** The language of the source's own words: the quote and its title (its family's language). */
	lang: TextLang;
	quoteInherited: boolean;
	/** The file's whole note, verbatim. */
	note: string;
	sourceTitle: string;
	/**
	 * sourceTitle split by language: the publication's own title, in the source's language, then the note in brackets
	 * the mirror adds (outlet, date), whose language is not recorded (null). Joined, the runs are sourceTitle.
	 */
	sourceTitleRuns: LangRun[];
	url: string;
	/** Row-level caveats: the note's text outside the quotation marks, in both languages. */
	caveats: Localised[];
}

export interface EvidenceFamilyInfo {
	id: EvidenceFamily;
	title: Localised;
	/** The language its sources write in: of their quotes and their titles. */
	lang: 'sv' | 'en';
	/** Path relative to the raw mirror root. */
	file: string;
	caveats: Localised[];
}

export interface SeriesPoint {
	year: number;
	value: number;
	evidenceId: string;
}

/** Rows with identical family, wording, level and area, ordered by year. */
export interface ComparableSeries {
	measureKey: string;
	measure: string;
	measureName: Localised;
	unitName: Localised;
	level: Level | null;
	sourceLevel: string;
	code: string | null;
	areaName: string;
	unit: string;
	points: SeriesPoint[];
	/** At least two distinct years: a change over time can be shown. */
	hasTrend: boolean;
	/** Years with more than one value (e.g. two outlets quoting 74 % and 75 %): shown, never averaged. */
	conflictingYears: number[];
}

/** Brå's categories as keyed in the source extract. */
export type CrimeCategory = 'total' | 'person' | 'theft' | 'burglary' | 'vandalism' | 'drugs_weapons';

/**
 * 'published': not flagged preliminary in the source (finality not verified); 'preliminary': flagged preliminary=1;
 * 'doubtful_period': the period label is unreliable per SOURCES_crime.md (2014 quarters) and must not be used.
 */
export type CrimeStatus = 'published' | 'preliminary' | 'doubtful_period';

export interface CrimeYearlyRow {
	category: CrimeCategory;
	year: number;
	count: number;
	/** Reported offences per 100 000 inhabitants, as Brå computed it. */
	per100k: number;
	status: CrimeStatus;
}

export interface CrimeQuarterlyRow {
	category: CrimeCategory;
	year: number;
	quarter: 1 | 2 | 3 | 4;
	/** 'YYYYKn' as in the source. */
	period: string;
	count: number;
	/** Per quarter, not annualised. */
	per100k: number;
	status: CrimeStatus;
}

export type NoticeType =
	| 'Skottlossning'
	| 'Skottlossning, misstänkt'
	| 'Explosion'
	| 'Detonation'
	| 'Mord/dråp'
	| 'Mord/dråp, försök';

/** A police press notice. Not a statistic: a selection of notices, typed by the duty officer's first assessment. */
export interface NoticeRow {
	id: string;
	/** Incident date (YYYY-MM-DD) read from the notice title; null if the title cannot be read. */
	date: string | null;
	/** Publication/update time as the API gives it. */
	publishedAt: string;
	type: NoticeType;
	title: string;
	summary: string;
	url: string;
	/** Stadsdelar the text names (mirror-derived match), as slugs of the crosswalk names. */
	stadsdelar: string[];
	/** Stadsdelsområden (current 13) the text names directly, as slugs. */
	stadsdelsomraden: string[];
	/**
	 * Every current SDO the notice points to: those named directly, the primary SDO of each named stadsdel, and the SDO
	 * of a named place lying wholly in one (Hässelby, Spånga, Vasastan, Globen; data/sources/trygghet/notices.ts).
	 */
	sdoCodes: string[];
	/** Names the text contains that are no current SDO or stadsdel (old SDO names, Järva, Hässelby, Vasastan…), verbatim. */
	unmatchedPlaces: string[];
}

export type NoticeCountLevel = 'stadsdelsomrade' | 'innerstad_ytterstad';
export type NoticePeriod = 'halfyear' | 'year';

export interface NoticeAreaCount {
	/**
	 * Area code at the counted level, or: 'jarva' (innerstad_ytterstad only) an extra group overlapping vasterort;
	 * 'okand' notices naming no area; 'alla' all notices of the period, each once (areas can sum to more than this).
	 */
	code: string;
	/** 'YYYY' or 'YYYY-H1' / 'YYYY-H2'. */
	period: string;
	/** Number of notices naming the area (a notice naming two areas counts once in each). */
	notices: number;
}

/** The built file static/data/trygghet.json. */
export interface TrygghetData {
	evidence: EvidenceRow[];
	evidenceFamilies: EvidenceFamilyInfo[];
	crimeYearly: CrimeYearlyRow[];
	crimeQuarterly: CrimeQuarterlyRow[];
	/** The quarters' own table (not the yearly one); null where the build has no quarters. */
	crimeQuarterlySource: Source | null;
	notices: NoticeRow[];
	/** The language of the notices' titles and summaries (Polisen writes them in Swedish). */
	noticeLang: TextLang;
	indicators: Indicator[];
	observations: Observation[];
	/** Whether Brå's per-stadsdelsområde figures were fetched (npm run data:fetch) for this build, when, and for which years. */
	braDistricts: { fetched: boolean; retrievedAt: string | null; years: number[] };
	/** Whether Polisen's events API was fetched: the last run, how many notices it added to the mirror's, the earliest added. */
	polisenEvents: { fetched: boolean; lastRetrievedAt: string | null; added: number; firstAdded: string | null };
}
