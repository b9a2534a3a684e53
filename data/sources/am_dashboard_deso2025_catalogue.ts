// Catalogue of the DeSO 2025 file's columns: indicator definitions and how each gets a numerator and denominator.
import type { Aggregation, Direction, Indicator, Localised, Theme, Unit } from '../../src/lib/types/dataset.ts';

export const FILE = 'stats/am_dashboard_deso2025/deso2025_stockholm_indicators.csv';
export const POP_YEAR = 2025;
export const TENURE_YEAR = 2025;
export const POPULATION_ID = 'folkmangd_deso2025';

/** How a column's numerator and denominator are made: exact base population, a stand-in base, dwellings, or none. */
export type Base =
	| 'population' // the share's real base is the total population of the same year: num/den derived
	| 'population_standin' // the real base (ages 20–64, households…) is not in the mirror: population stands in
	| 'dwellings' // Σ tenure_1..4 (dwellings 2025)
	| 'growth'
	| 'none';

export interface Spec {
	column: string;
	id: string;
	name: Localised;
	what: Localised;
	table: string;
	theme: Theme;
	unit: Unit;
	direction: Direction;
	base: Base;
	aggregation: Aggregation;
	decimals: number;
	caveats?: Localised[];
}

const ratio: Aggregation = { kind: 'ratio', scale: 100 };
// A share over a stand-in denominator: each area's share is the source's, but its counts are estimates, so a share
// combined over several areas is approximate (the indicator says so, not each area's row).
// `estimatedYears`: years whose counts are estimated while the other years' are exact (see Aggregation).
const share = ({ estimatedYears, ...s }: Omit<Spec, 'unit' | 'aggregation' | 'decimals'> & { estimatedYears?: number[] }): Spec => ({
	...s,
	unit: 'percent',
	aggregation: s.base === 'population_standin' ? { ...ratio, approximate: true } : estimatedYears ? { ...ratio, estimatedYears } : ratio,
	decimals: 1
});
const dwellings = (column: string, id: string, sv: string, en: string, code: string): Spec => ({
	column,
	id,
	name: { sv: `Lägenheter, ${sv}`, en: `Dwellings, ${en}` },
	what: { sv: `Antal lägenheter med upplåtelseformen ${sv} (SCB-kod ${code}), ${TENURE_YEAR}.`, en: `Number of dwellings with tenure ${en} (SCB code ${code}), ${TENURE_YEAR}.` },
	table: 'TAB6638',
	theme: 'context',
	unit: 'dwellings',
	direction: 'neutral',
	base: 'none',
	aggregation: { kind: 'sum' },
	decimals: 0
});

export const SPECS: Spec[] = [
	{
		column: 'pop',
		id: POPULATION_ID,
		name: { sv: 'Folkmängd (DeSO 2025)', en: 'Population (DeSO 2025)' },
		what: {
			sv: 'Antal folkbokförda personer den 31 december 2025. Värdet för 2024 är härlett: folkmängden 2025 tillbakaräknad med befolkningsförändringen 2024–2025 och avrundat till hela personer.',
			en: 'Number of registered residents on 31 December 2025. The 2024 value is derived: the 2025 population taken back by the 2024–2025 change and rounded to whole persons.'
		},
		table: 'TAB6574',
		theme: 'context',
		unit: 'persons',
		direction: 'neutral',
		base: 'none',
		aggregation: { kind: 'sum' },
		decimals: 0
	},
	{
		column: 'growth',
		id: 'folkmangd_forandring',
		name: { sv: 'Befolkningsförändring', en: 'Population change' },
		what: {
			sv: 'Förändring av folkmängden under 12 månader i procent av folkmängden ett år tidigare (2024 → 2025). Kan vara negativ. Täljare = folkmängd 2025 − folkmängd 2024 (härledd), nämnare = folkmängd 2024 (härledd).',
			en: 'Change in population over 12 months as a percentage of the population a year earlier (2024 → 2025). Can be negative. Numerator = population 2025 − population 2024 (derived), denominator = population 2024 (derived).'
		},
		table: 'TAB6574',
		theme: 'context',
		unit: 'percent',
		direction: 'neutral',
		base: 'growth',
		aggregation: ratio,
		decimals: 1
	},
	share({
		column: 'young',
		id: 'unga_vuxna_20_34_andel',
		name: { sv: 'Unga vuxna 20–34 år', en: 'Young adults aged 20–34' },
		what: { sv: 'Andel av befolkningen som är 20–34 år.', en: 'Share of the population aged 20–34.' },
		table: 'TAB6574',
		theme: 'context',
		direction: 'neutral',
		base: 'population'
	}),
	share({
		column: 'single',
		id: 'ensamstaende_utan_barn_andel',
		name: { sv: 'Ensamstående utan barn', en: 'Single-person households without children' },
		what: {
			sv: 'Andel av hushållen som är ensamstående utan barn (ensamstående med barn räknas inte).',
			en: 'Share of households that are single persons without children (single parents are not counted).'
		},
		table: 'TAB6568',
		theme: 'context',
		direction: 'neutral',
		base: 'population_standin'
	}),
	share({
		column: 'foreign',
		id: 'utlandsk_bakgrund_andel',
		name: { sv: 'Utländsk bakgrund', en: 'Foreign background' },
		what: {
			sv: 'Andel av befolkningen med utländsk bakgrund: född utomlands, eller född i Sverige med två utrikes födda föräldrar.',
			en: 'Share of the population with a foreign background: born abroad, or born in Sweden to two foreign-born parents.'
		},
		table: 'TAB6571',
		theme: 'segregation',
		direction: 'neutral',
		base: 'population'
	}),
	{
		column: 'income',
		id: 'nettoinkomst_medel',
		name: { sv: 'Nettoinkomst, medelvärde', en: 'Net income, mean' },
		what: {
			sv: 'Medelvärde av nettoinkomst per person, tusen kronor per år (SCB inkomstkomponent 240). Över flera områden vägs medelvärdet med folkmängden (alla åldrar) samma år, en approximation eftersom inkomstbefolkningen är smalare.',
			en: 'Mean net income per person, thousand SEK per year (SCB income component 240). Over several areas the mean is weighted by the population (all ages) of the same year, an approximation because the income population is narrower.'
		},
		table: 'TAB6683',
		theme: 'segregation',
		unit: 'sek_thousand',
		direction: 'higher_better',
		base: 'none',
		aggregation: { kind: 'weighted_mean', weight: POPULATION_ID, approximate: true },
		decimals: 1,
		caveats: [
			{
				sv: 'Några områden ligger utanför rimlighetsintervallet: 0180C4390 (2 101 tkr, driven av kapitalinkomster), 0180C5431 och 0180C5900 (studentbostäder).',
				en: 'Some areas fall outside the plausible range: 0180C4390 (2,101 tkr, driven by capital income), 0180C5431 and 0180C5900 (student housing).'
			}
		]
	},
	{
		column: 'income_med',
		id: 'disponibel_inkomst_median',
		name: { sv: 'Disponibel inkomst, median', en: 'Disposable income, median' },
		what: {
			sv: 'Median av ekvivalerad disponibel inkomst per person, tusen kronor per år. En median kan inte läggas ihop över områden: för större områden visas ett befolkningsvägt medelvärde av medianerna (ungefärligt); jämförelsen mellan grupperingar visar också spannet mellan områdenas medianer.',
			en: "Median equivalised disposable income per person, thousand SEK per year. Medians cannot be combined over areas: for larger areas a population-weighted mean of the medians (approximate) is shown; the comparison of groupings also shows the range of the areas' medians."
		},
		table: 'TAB6684',
		theme: 'segregation',
		unit: 'sek_thousand',
		direction: 'higher_better',
		base: 'none',
		aggregation: { kind: 'not_aggregable', weight: POPULATION_ID },
		decimals: 1
	},
	share({
		column: 'capital_inc',
		id: 'kapitalinkomst_andel',
		name: { sv: 'Har kapitalinkomst', en: 'Has capital income' },
		what: {
			sv: 'Andel personer med någon kapitalinkomst, ett grovt mått på förmögenhet (säger inget om beloppets storlek).',
			en: 'Share of persons with any capital income, a rough proxy for wealth (says nothing about the amount).'
		},
		table: 'TAB6683',
		theme: 'segregation',
		direction: 'higher_better',
		base: 'population_standin'
	}),
	share({
		column: 'low_econ',
		id: 'lag_ekonomisk_standard_andel',
		name: { sv: 'Låg ekonomisk standard', en: 'Low economic standard' },
		what: {
			sv: 'Andel personer i hushåll med en ekvivalerad disponibel inkomst under 60 % av medianen för hela riket.',
			en: 'Share of persons in households with an equivalised disposable income below 60 % of the national median.'
		},
		table: 'TAB6685',
		theme: 'segregation',
		direction: 'higher_worse',
		base: 'population_standin'
	}),
	share({
		column: 'unemp',
		id: 'arbetsloshet_andel',
		name: { sv: 'Arbetslöshet 20–64 år', en: 'Unemployment, ages 20–64' },
		what: {
			sv: 'Registerbaserad arbetslöshet (BAS) bland 20–64-åringar i arbetskraften. Inte AKU:s arbetslöshet.',
			en: 'Register-based unemployment (BAS) among those aged 20–64 in the labour force. Not the Labour Force Survey rate.'
		},
		table: 'TAB6680',
		theme: 'segregation',
		direction: 'higher_worse',
		base: 'population_standin'
	}),
	share({
		column: 'employment',
		id: 'sysselsatta_20_64_andel',
		name: { sv: 'Sysselsatta 20–64 år', en: 'Employment rate, ages 20–64' },
		what: { sv: 'Andel sysselsatta av befolkningen 20–64 år.', en: 'Share of the population aged 20–64 in employment.' },
		table: 'TAB6680',
		theme: 'segregation',
		direction: 'higher_better',
		base: 'population_standin'
	}),
	share({
		column: 'higher_ed',
		id: 'eftergymnasial_utbildning_andel',
		name: { sv: 'Eftergymnasial utbildning', en: 'Post-secondary education' },
		what: {
			sv: 'Andel av 25–65-åringarna med eftergymnasial utbildning; personer med okänd utbildning ingår inte i nämnaren.',
			en: 'Share of those aged 25–65 with post-secondary education; persons with unknown education are left out of the denominator.'
		},
		table: 'TAB6534',
		theme: 'segregation',
		direction: 'higher_better',
		base: 'population_standin'
	}),
	share({
		column: 'renters',
		id: 'hyresratt_andel_deso2025',
		name: { sv: 'Hyresrätter (DeSO 2025)', en: 'Rental tenure (DeSO 2025)' },
		what: {
			sv: `Andel hyresrätter av alla lägenheter. Nämnaren är summan av lägenheter per upplåtelseform ${TENURE_YEAR}; för ${TENURE_YEAR} är täljaren antalet hyresrätter (exakt), för 2024 andelen × lägenheterna ${TENURE_YEAR} (ungefärligt).`,
			en: `Rental (hyresrätt) share of all dwellings. The denominator is the sum of dwellings by tenure in ${TENURE_YEAR}; for ${TENURE_YEAR} the numerator is the rental count (exact), for 2024 the share × dwellings in ${TENURE_YEAR} (approximate).`
		},
		table: 'TAB6638',
		theme: 'segregation',
		direction: 'neutral',
		base: 'dwellings',
		// Each area's 2024 share is the source's, but its counts are estimated from the 2025 dwellings.
		estimatedYears: [TENURE_YEAR - 1]
	}),
	share({
		column: 'flats',
		id: 'flerbostadshus_andel',
		name: { sv: 'Boende i flerbostadshus', en: 'Living in multi-dwelling buildings' },
		what: {
			sv: 'Andel av de boende som bor i flerbostadshus (personer efter hustyp).',
			en: 'Share of residents living in multi-dwelling buildings (persons by type of building).'
		},
		table: 'TAB6065',
		theme: 'context',
		direction: 'neutral',
		base: 'population_standin'
	}),
	dwellings('tenure_1', 'lagenheter_hyresratt', 'hyresrätt', 'rental', '1'),
	dwellings('tenure_2', 'lagenheter_bostadsratt', 'bostadsrätt', 'tenant-owned (bostadsrätt)', '2'),
	dwellings('tenure_3', 'lagenheter_aganderatt', 'äganderätt', 'owner-occupied', '3'),
	dwellings('tenure_4', 'lagenheter_ovrig_upplatelseform', 'övrig eller okänd upplåtelseform', 'other or unknown', 'ÖVRIGT')
];

const BASE_TEXT: Record<Base, Localised | null> = {
	population: {
		sv: 'Täljare och nämnare är härledda: nämnare = folkmängden samma år (2025: 31 dec 2025; 2024: folkmängden 2025 tillbakaräknad med befolkningsförändringen), täljare = andel/100 × nämnare.',
		en: 'Numerator and denominator are derived: denominator = the population of the same year (2025: 31 Dec 2025; 2024: the 2025 population taken back by the population change), numerator = share/100 × denominator.'
	},
	population_standin: {
		sv: 'Den rätta nämnaren (t.ex. 20–64-åringar, hushåll) finns inte i källan. Folkmängden samma år (2025: 31 dec 2025; 2024: tillbakaräknad med befolkningsförändringen) används som vikt i stället, så sammanvägningar över områden är ungefärliga.',
		en: 'The proper denominator (e.g. persons aged 20–64, households) is not in the source. The population of the same year (2025: 31 Dec 2025; 2024: taken back by the population change) is used as the weight instead, so combined values over areas are approximate.'
	},
	dwellings: null,
	growth: null,
	none: null
};

const COMMON_CAVEATS: Localised[] = [
	{
		sv: 'Tredjepartsberäkning: andelarna är beräknade av am-dashboard-se ur SCB:s tabeller och avrundade till 3 decimaler, inte SCB:s publicerade celler. Kontrollera mot SCB före publicering.',
		en: "Third-party derivation: the shares were computed by am-dashboard-se from SCB's tables and rounded to 3 decimals, not SCB's published cells. Check against SCB before publishing."
	},
	{
		sv: 'DeSO 2025 är en annan indelning än DeSO 2018/RegSO 2020; jämförelser kräver korsreferenstabellen.',
		en: 'DeSO 2025 is a different division from DeSO 2018/RegSO 2020; comparisons need the correspondence table.'
	}
];

export function indicatorFor(spec: Spec): Indicator {
	const base = BASE_TEXT[spec.base];
	return {
		id: spec.id,
		name: spec.name,
		description: base ? { sv: `${spec.what.sv} ${base.sv}`, en: `${spec.what.en} ${base.en}` } : spec.what,
		theme: spec.theme,
		unit: spec.unit,
		direction: spec.direction,
		source: {
			// Names only, so the line reads the same in Swedish and English; that the figures are a third party's
			// derivation is said in the first caveat, in both languages.
			publisher: 'SCB via am-dashboard-se',
			table: spec.table,
			// A table code (TAB6065) and licence names: no language of their own.
			tableLang: null,
			url: 'https://github.com/real-estate-war-lord/am-dashboard-se',
			licence: 'CC0 1.0 (SCB); MIT (am-dashboard-se)',
			licenceLang: null,
			files: [FILE]
		},
		aggregation: spec.aggregation,
		caveats: [...COMMON_CAVEATS, ...(spec.caveats ?? [])],
		years: [],
		levels: [],
		decimals: spec.decimals,
		classification: 'quantile'
	};
}

export const INDICATORS = SPECS.map(indicatorFor);
