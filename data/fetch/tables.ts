// The SCB tables `npm run data:fetch` asks PxWebApi v2 for, as data: which codes to select in each table and how
// each of our indicators is computed from the cells. The indicator ids are those of
// data/sources/am_dashboard_deso2025_catalogue.ts, so fetched figures replace the transcribed ones.
// Table ids and selections: ../shared/data/raw/stats/am_dashboard_deso2025/README.md (the repository's own words).

/** The municipality whose DeSO/RegSO areas are fetched. */
export const KOMMUN = '0180';

/** Our level → the suffix SCB's Region codes carry for that division (e.g. 0180C1010_DeSO2025). */
export const REGION_SUFFIX = { deso2025: '_DeSO2025', regso2025: '_RegSO2025' } as const;
export type FetchLevel = keyof typeof REGION_SUFFIX;

/**
 * A set of cells in one table, summed: each dimension (other than Region and Tid) maps to one code, several codes
 * (summed), or '*' (every code selected for that dimension). Every dimension of the response must be named.
 */
export type CellSet = Record<string, string | string[]>;

export type Recipe =
	/** A count as published (persons, dwellings): value = Σ cells. */
	| { id: string; kind: 'count'; cells: CellSet }
	/** A share from counts: value = 100 × Σ numerator / Σ denominator, both kept (exact). */
	| { id: string; kind: 'share'; numerator: CellSet; denominator: CellSet }
	/** Change over 12 months: 100 × (count(y) − count(y−1)) / count(y−1). */
	| { id: string; kind: 'growth'; cells: CellSet }
	/**
	 * A figure SCB publishes as is (a mean, a median, a percentage). `base` says where a numerator/denominator
	 * comes from: none (not aggregable as a ratio), or the population of the same year and area standing in for
	 * the true base that the table does not give (share × population, flagged approximate).
	 */
	| { id: string; kind: 'published'; cell: CellSet; base: 'none' | 'population_standin' };

export interface TableSpec {
	/** PxWebApi v2 table id. */
	id: string;
	/** What the table holds (for logs and the manifest). */
	about: string;
	/**
	 * Codes to select per dimension other than Region and Tid (Region: the kommun's DeSO/RegSO 2025 codes; Tid: every
	 * period the metadata lists). '*' selects every code. A dimension the table has but this leaves out is allowed
	 * only if the metadata marks it eliminable (SCB then returns the total); otherwise the fetch stops and names it.
	 */
	select: Record<string, string[] | '*'>;
	/**
	 * Dimensions whose listed codes are summed as "all of them" (a denominator): the table may have no other code
	 * there, so a new category is reported instead of silently left out.
	 */
	exhaustive?: string[];
	recipes: Recipe[];
}

const BOTH = '1+2';
/** TAB6065's building types (see the note at the table). */
const HUSTYP = ['SMÅHUS', 'FLERBOST', 'SPEC', 'ÖVRHUS'];

export const TABLES: TableSpec[] = [
	{
		id: 'TAB6574',
		about: 'Folkmängd efter region, ålder och kön (31 dec)',
		select: { Alder: ['totalt', '20-24', '25-29', '30-34'], Kon: [BOTH], ContentsCode: ['000007Y7'] },
		recipes: [
			{ id: 'folkmangd_deso2025', kind: 'count', cells: { Alder: 'totalt', Kon: BOTH, ContentsCode: '000007Y7' } },
			{ id: 'folkmangd_forandring', kind: 'growth', cells: { Alder: 'totalt', Kon: BOTH, ContentsCode: '000007Y7' } },
			{
				id: 'unga_vuxna_20_34_andel',
				kind: 'share',
				numerator: { Alder: ['20-24', '25-29', '30-34'], Kon: BOTH, ContentsCode: '000007Y7' },
				denominator: { Alder: 'totalt', Kon: BOTH, ContentsCode: '000007Y7' }
			}
		]
	},
	{
		id: 'TAB6568',
		about: 'Hushåll efter region och hushållstyp',
		select: { Hushallstyp: ['ESUB', 'TOTALT'], ContentsCode: ['000007Y1'] },
		recipes: [
			{
				id: 'ensamstaende_utan_barn_andel',
				kind: 'share',
				numerator: { Hushallstyp: 'ESUB', ContentsCode: '000007Y1' },
				denominator: { Hushallstyp: 'TOTALT', ContentsCode: '000007Y1' }
			}
		]
	},
	{
		id: 'TAB6571',
		about: 'Folkmängd efter region, utländsk/svensk bakgrund och kön',
		select: { UtlBakgrund: ['1', 'SA'], Kon: [BOTH], ContentsCode: ['000007Y4'] },
		recipes: [
			{
				id: 'utlandsk_bakgrund_andel',
				kind: 'share',
				numerator: { UtlBakgrund: '1', Kon: BOTH, ContentsCode: '000007Y4' },
				denominator: { UtlBakgrund: 'SA', Kon: BOTH, ContentsCode: '000007Y4' }
			}
		]
	},
	{
		id: 'TAB6683',
		about: 'Nettoinkomst efter region, inkomstkomponent och kön',
		select: { Inkomstkomponenter: ['240', '230'], Kon: [BOTH], ContentsCode: ['000008A4', '000008A2'] },
		recipes: [
			{ id: 'nettoinkomst_medel', kind: 'published', cell: { Inkomstkomponenter: '240', Kon: BOTH, ContentsCode: '000008A4' }, base: 'none' },
			{
				id: 'kapitalinkomst_andel',
				kind: 'published',
				cell: { Inkomstkomponenter: '230', Kon: BOTH, ContentsCode: '000008A2' },
				base: 'population_standin'
			}
		]
	},
	{
		id: 'TAB6684',
		about: 'Ekvivalerad disponibel inkomst, median',
		select: { ContentsCode: ['000008AB'] },
		recipes: [{ id: 'disponibel_inkomst_median', kind: 'published', cell: { ContentsCode: '000008AB' }, base: 'none' }]
	},
	{
		id: 'TAB6685',
		about: 'Låg ekonomisk standard',
		select: { Alder: ['tot'], ContentsCode: ['000008AC'] },
		recipes: [
			{ id: 'lag_ekonomisk_standard_andel', kind: 'published', cell: { Alder: 'tot', ContentsCode: '000008AC' }, base: 'population_standin' }
		]
	},
	{
		id: 'TAB6680',
		about: 'Befolkningen efter arbetsmarknadsstatus (årsregister)',
		select: { Alder: ['20-64'], Kon: [BOTH], ContentsCode: ['0000089W', '0000089V', '0000089X', '0000089Y'] },
		recipes: [
			{
				id: 'arbetsloshet_andel',
				kind: 'share',
				numerator: { Alder: '20-64', Kon: BOTH, ContentsCode: '0000089W' },
				denominator: { Alder: '20-64', Kon: BOTH, ContentsCode: '0000089V' }
			},
			{
				id: 'sysselsatta_20_64_andel',
				kind: 'share',
				numerator: { Alder: '20-64', Kon: BOTH, ContentsCode: '0000089X' },
				denominator: { Alder: '20-64', Kon: BOTH, ContentsCode: '0000089Y' }
			}
		]
	},
	{
		id: 'TAB6534',
		about: 'Befolkning 25–65 år efter utbildningsnivå',
		select: { UtbildningsNiva: ['21', '3+4', '5', '6'], ContentsCode: ['000007Z6'] },
		recipes: [
			{
				id: 'eftergymnasial_utbildning_andel',
				kind: 'share',
				numerator: { UtbildningsNiva: ['5', '6'], ContentsCode: '000007Z6' },
				// "level unknown" (US) is left out of the denominator, as in the transcribed series.
				denominator: { UtbildningsNiva: ['21', '3+4', '5', '6'], ContentsCode: '000007Z6' }
			}
		]
	},
	{
		id: 'TAB6638',
		about: 'Lägenheter efter region och upplåtelseform',
		select: { Upplatelseform: ['1', '2', '3', 'ÖVRIGT'], ContentsCode: ['00000864'] },
		recipes: [
			{
				id: 'hyresratt_andel_deso2025',
				kind: 'share',
				numerator: { Upplatelseform: '1', ContentsCode: '00000864' },
				denominator: { Upplatelseform: '*', ContentsCode: '00000864' }
			},
			{ id: 'lagenheter_hyresratt', kind: 'count', cells: { Upplatelseform: '1', ContentsCode: '00000864' } },
			{ id: 'lagenheter_bostadsratt', kind: 'count', cells: { Upplatelseform: '2', ContentsCode: '00000864' } },
			{ id: 'lagenheter_aganderatt', kind: 'count', cells: { Upplatelseform: '3', ContentsCode: '00000864' } },
			{ id: 'lagenheter_ovrig_upplatelseform', kind: 'count', cells: { Upplatelseform: 'ÖVRIGT', ContentsCode: '00000864' } }
		]
	},
	{
		id: 'TAB6065',
		about: 'Personer efter region och hustyp',
		// Every building type, listed: the denominator is their sum. '*' would count a total category twice or let an
		// unknown one join the denominator unseen; with the list, the check reports a missing or an extra code. The
		// codes are those of SCB's Hustyp variable in other tables (SMÅHUS, FLERBOST, SPEC, ÖVRHUS); whether TAB6065
		// uses exactly these was never verified live: run `npm run data:fetch -- --check` first.
		select: { Hustyp: HUSTYP, ContentsCode: ['0000077F'] },
		exhaustive: ['Hustyp'],
		recipes: [
			{
				id: 'flerbostadshus_andel',
				kind: 'share',
				numerator: { Hustyp: 'FLERBOST', ContentsCode: '0000077F' },
				denominator: { Hustyp: HUSTYP, ContentsCode: '0000077F' }
			}
		]
	}
];

/** The population recipe every 'population_standin' figure uses as its base. */
export const POPULATION = { table: 'TAB6574', indicator: 'folkmangd_deso2025' } as const;
