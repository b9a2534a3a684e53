// Turns Brå's yearly reported-offence rows into dashboard Indicators and kommun-level Observations.
import type { Indicator, Localised, ObservationStatus, Source } from '../../../src/lib/types/dataset.ts';
import type { TracedObservation } from '../../types.ts';
import type { CrimeCategory, CrimeYearlyRow } from '../../../src/lib/types/trygghet.ts';
import { CRIME_CATEGORIES, CRIME_INDICATOR } from './braCrime.ts';

const NAMES: Record<CrimeCategory, Localised> = {
	total: { sv: 'Anmälda brott, totalt', en: 'Reported offences, total' },
	person: { sv: 'Anmälda brott mot person (BrB 3–7 kap.)', en: 'Reported offences against the person (Penal Code ch. 3–7)' },
	theft: { sv: 'Anmälda stöld, rån m.m. (BrB 8 kap.)', en: 'Reported theft, robbery etc. (Penal Code ch. 8)' },
	burglary: { sv: 'Anmäld stöld genom inbrott (Brå-kod 11462)', en: 'Reported theft by burglary (Brå code 11462)' },
	vandalism: { sv: 'Anmälda skadegörelsebrott (BrB 12 kap.)', en: 'Reported criminal damage (Penal Code ch. 12)' },
	drugs_weapons: {
		sv: 'Anmälda narkotika- och vapenlagsbrott (summa)',
		en: 'Reported drug and weapons-law offences (sum)'
	}
};

const CAVEATS: Localised[] = [
	{
		sv: 'Anmälda brott speglar anmälningsbenägenhet och polisens aktivitet, inte bara brottsligheten. Narkotika- och vapenbrott är upptäcktsbrott.',
		en: 'Reported crime reflects reporting propensity and police activity, not only crime. Drug and weapons offences are found by police controls.'
	},
	{
		sv: 'Brotten räknas det år anmälan registrerades. Kommuntillhörigheten förbättrades 2015; lagändringar (t.ex. olovlig identitetsanvändning 2016) bryter serierna.',
		en: 'Offences count in the year the report was registered. Attribution to kommun improved in 2015; legal changes (e.g. identity misuse from 2016) break the series.'
	},
	{
		sv: 'Per 100 000 invånare: basen är folkbokförda, inte de många som vistas i innerstaden dagtid.',
		en: 'Per 100,000 inhabitants: the base is residents, not the many people present in the inner city by day.'
	},
	{
		sv: 'Villkor för återanvändning så som källans repo anger dem: ange "Källa: Brå". Inte kontrollerat mot Brå.',
		en: 'Terms of reuse as the source repository states them: credit "Källa: Brå". Not checked with Brå.'
	}
];

const CATEGORY_CAVEAT: Partial<Record<CrimeCategory, Localised>> = {
	total: {
		sv: 'Sidan Trygghet visar också totalen per kvartal, ur Brås tabell per kvartal (Statistik On-Line meny 90, via am-dashboard-se, data/external/bra_crime_quarterly.csv): tal per kvartal, inte omräknade till helår.',
		en: "The Trygghet page also shows the total per quarter, from Brå's quarterly table (Statistik On-Line menu 90, via am-dashboard-se, data/external/bra_crime_quarterly.csv): rates per quarter, not annualised."
	},
	burglary: {
		sv: 'Oklart om kod 11462 avser all inbrottsstöld eller endast bostadsinbrott.',
		en: 'Unverified whether code 11462 covers all burglary or only burglary in dwellings.'
	},
	drugs_weapons: {
		sv: 'Summa av två publicerade rader (narkotikastrafflagen + vapenlagen), summerad av källrepot.',
		en: 'Sum of two published rows (narcotics act + weapons act), summed by the source repository.'
	}
};

/** When Brå's district figures were fetched (data:fetch), the indicators say so. */
export interface DistrictFetch {
	retrievedAt: string;
	files: string[];
}

const DISTRICT_CAVEATS: Localised[] = [
	{
		sv: 'Stadsdelsområden: Brås Statistik On-Line (storstädernas stadsområden), hämtat med npm run data:fetch. Staden som helhet är Brås kommunserie; brott utan känd plats i kommunen ingår inte i något stadsdelsområde, så områdena summerar inte till staden.',
		en: "Stadsdelsområden: Brå's Statistik On-Line (the large cities' districts), fetched with npm run data:fetch. The city as a whole is Brå's kommun series; offences with no known place inside the kommun belong to no stadsdelsområde, so the districts do not sum to the city."
	},
	{
		sv: 'Indelningsbrott 2020: Hägersten-Liljeholmen och Älvsjö slogs samman till Hägersten-Älvsjö. Åren före visas de två på 2007 års indelning; Hägersten-Älvsjö för de åren är harmoniserat genom att lägga ihop de två områdenas antal (status härlett). Brås takt per 100 000 harmoniseras inte.',
		en: "Boundary break in 2020: Hägersten-Liljeholmen and Älvsjö merged into Hägersten-Älvsjö. Earlier years show the two on the 2007 division; Hägersten-Älvsjö for those years is harmonised by adding the two areas' counts (status derived). Brå's rate per 100,000 is not harmonised."
	}
];

export function crimeSource(files: string[], district: DistrictFetch | null = null): Source {
	return braSource(
		files,
		district
			? `Statistik över anmälda brott, Statistik On-Line: kommun via am-dashboard-se (data/external/bra_crime.csv); stadsdelsområden hämtade ${district.retrievedAt.slice(0, 10)} (meny 101)`
			: 'Statistik över anmälda brott, Statistik On-Line (via am-dashboard-se, data/external/bra_crime.csv)'
	);
}

/** The quarters' own table (SOL menu 90, a file of its own in the source repository; SOURCES_crime.md), so the
 *  quarterly chart never names the yearly file. */
export function crimeQuarterlySource(files: string[]): Source {
	return braSource(files, 'Statistik över anmälda brott per kvartal, Statistik On-Line meny 90 (via am-dashboard-se, data/external/bra_crime_quarterly.csv)');
}

function braSource(files: string[], table: string): Source {
	return {
		publisher: 'Brå (Brottsförebyggande rådet)',
		table,
		tableLang: 'sv',
		url: 'https://statistik.bra.se/solwebb/action/start?menykatalogid=1',
		// Quoted as the source repository states it ("Källa: Brå" is the attribution Brå asks for); not verified.
		licence: "Brå: 'Källa: Brå'",
		licenceLang: 'sv',
		files
	};
}

/** Two indicators per category: a count (sums over areas) and Brå's rate (population not given, so not aggregable). */
export function crimeIndicators(rows: readonly CrimeYearlyRow[], files: string[], district: DistrictFetch | null = null): Indicator[] {
	const source = crimeSource(district ? [...files, ...district.files] : files, district);
	const where = district
		? { sv: 'i Stockholms kommun och per stadsdelsområde', en: 'in Stockholm kommun and per stadsdelsområde' }
		: { sv: 'i Stockholms kommun', en: 'in Stockholm kommun' };
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	return CRIME_CATEGORIES.flatMap((category): Indicator[] => {
		const name = NAMES[category];
		const extra = CATEGORY_CAVEAT[category];
		const caveats = [...CAVEATS, ...(extra ? [extra] : []), ...(district ? DISTRICT_CAVEATS : [])];
		const base = {
			theme: 'trygghet' as const,
			// Higher is not simply worse: more reports can mean more reporting or more police controls.
			direction: 'neutral' as const,
			source,
			caveats,
			years: years.filter((y) => rows.some((r) => r.category === category && r.year === y)),
			levels: ['kommun' as const],
			decimals: 0,
			classification: 'quantile' as const
		};
		return [
			{
				...base,
				id: CRIME_INDICATOR[category],
				name: { sv: `${name.sv}, antal`, en: `${name.en}, count` },
				description: {
					sv: `${name.sv}: antal anmälda brott ${where.sv} per år (Brå).`,
					en: `${name.en}: number of offences reported ${where.en} per year (Brå).`
				},
				unit: 'count',
				aggregation: { kind: 'sum' }
			},
			{
				...base,
				id: `${CRIME_INDICATOR[category]}_per_100k`,
				name: { sv: `${name.sv}, per 100 000 invånare`, en: `${name.en}, per 100,000 inhabitants` },
				description: {
					sv: `${name.sv} per 100 000 invånare ${where.sv} per år, beräknat av Brå (Brås befolkningsunderlag för samma år). Över flera områden: ett medelvärde av områdenas tal vägt med folkmängden (SCB, närmaste år), ungefärligt.`,
					en: `${name.en} per 100,000 inhabitants ${where.en} per year, as computed by Brå (Brå's population base for the same year). Over several areas: a mean of the areas' rates weighted by population (SCB, nearest year), approximate.`
				},
				unit: 'per_100k',
				// Brå's population base is not published beside the rate, so areas combine weighted by SCB's population.
				aggregation: { kind: 'not_aggregable', weight: 'folkmangd' }
			}
		];
	});
}

/** Kommun observations; the summed drugs+weapons series is 'derived', anything flagged preliminary 'approximate'. */
export function crimeObservations(rows: readonly (CrimeYearlyRow & { line?: number })[], file: string): TracedObservation[] {
	return rows.flatMap((r): TracedObservation[] => {
		const status: ObservationStatus = r.status !== 'published' ? 'approximate' : r.category === 'drugs_weapons' ? 'derived' : 'ok';
		const common = { level: 'kommun' as const, code: '0180', year: r.year, numerator: null, denominator: null, status };
		const origin = r.line !== undefined ? { origin: { file, row: r.line } } : {};
		return [
			{ ...common, ...origin, indicator: CRIME_INDICATOR[r.category], value: r.count },
			{ ...common, ...origin, indicator: `${CRIME_INDICATOR[r.category]}_per_100k`, value: r.per100k }
		];
	});
}
