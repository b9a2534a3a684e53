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
		en: 'Per 100 000 inhabitants: the base is residents, not the many people present in the inner city by day.'
	}
];

const CATEGORY_CAVEAT: Partial<Record<CrimeCategory, Localised>> = {
	burglary: {
		sv: 'Oklart om kod 11462 avser all inbrottsstöld eller endast bostadsinbrott.',
		en: 'Unverified whether code 11462 covers all burglary or only burglary in dwellings.'
	},
	drugs_weapons: {
		sv: 'Summa av två publicerade rader (narkotikastrafflagen + vapenlagen), summerad av källrepot.',
		en: 'Sum of two published rows (narcotics act + weapons act), summed by the source repository.'
	}
};

export function crimeSource(files: string[]): Source {
	return {
		publisher: 'Brå (Brottsförebyggande rådet)',
		table: 'Statistik över anmälda brott, Statistik On-Line (via am-dashboard-se, data/external/bra_crime.csv)',
		url: 'https://statistik.bra.se/solwebb/action/start?menykatalogid=1',
		licence: "Brå's data, reuse with attribution 'Källa: Brå' (as stated by the source repository; not verified)",
		files
	};
}

/** Two indicators per category: a count (sums over areas) and Brå's rate (population not given, so not aggregable). */
export function crimeIndicators(rows: readonly CrimeYearlyRow[], files: string[]): Indicator[] {
	const source = crimeSource(files);
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	return CRIME_CATEGORIES.flatMap((category): Indicator[] => {
		const name = NAMES[category];
		const extra = CATEGORY_CAVEAT[category];
		const caveats = extra ? [...CAVEATS, extra] : CAVEATS;
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
					sv: `${name.sv}: antal anmälda brott i Stockholms kommun per år (Brå).`,
					en: `${name.en}: number of offences reported in Stockholm kommun per year (Brå).`
				},
				unit: 'count',
				aggregation: { kind: 'sum' }
			},
			{
				...base,
				id: `${CRIME_INDICATOR[category]}_per_100k`,
				name: { sv: `${name.sv}, per 100 000 invånare`, en: `${name.en}, per 100 000 inhabitants` },
				description: {
					sv: `${name.sv} per 100 000 invånare i Stockholms kommun per år, beräknat av Brå.`,
					en: `${name.en} per 100 000 inhabitants of Stockholm kommun per year, as computed by Brå.`
				},
				unit: 'per_100k',
				aggregation: { kind: 'not_aggregable', weight: null }
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
