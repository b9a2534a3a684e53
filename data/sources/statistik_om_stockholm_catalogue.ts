// Catalogue entries (names, definitions, aggregation) for the indicator ids of the transcribed Statistik om Stockholm tables.
import type { Aggregation, Direction, Localised, Theme } from '../../src/lib/types/dataset.ts';

export interface Entry {
	name: Localised;
	description: Localised;
	theme: Theme;
	direction: Direction;
	aggregation: Aggregation;
	caveats: Localised[];
}

export const POPULATION_ID = 'folkmangd_31dec';
export const FOREIGN_BACKGROUND_SHARE_ID = 'utlandsk_bakgrund_andel_arsbok';
const HOUSEHOLDS_ID = 'hushall_20plus_efter_disp_inkomst_tkr__samtliga';
const BISTAND_PERSONS = 'ekonomiskt_bistand_personer';
const BISTAND_SHARE = 'ekonomiskt_bistand_andel_av_befolkningen';

const sum: Aggregation = { kind: 'sum' };
const L = (sv: string, en: string): Localised => ({ sv, en });

const BISTAND_CAVEAT = L(
	'Hela staden inkluderar stadsövergripande enheter (t.ex. Enheten för hemlösa), så stadsdelsområdena summerar inte till hela staden.',
	'The city total includes city-wide units (e.g. the unit for homeless people), so the districts do not add up to the city total.'
);
const COMMUTING_CAVEAT = L('Förvärvsarbetande enligt RAMS (minst en timme i november).', 'Employed persons according to RAMS (at least one hour in November).');

const AGES: Record<string, Localised> = {
	barn: L('barn (inkl. hemmavarande barn över 18)', 'children (incl. children over 18 living at home)'),
	'18_24': L('18–24 år', 'aged 18–24'),
	'25_29': L('25–29 år', 'aged 25–29'),
	'30_39': L('30–39 år', 'aged 30–39'),
	'40_64': L('40–64 år', 'aged 40–64'),
	'65plus': L('65 år och äldre', 'aged 65+'),
	samtliga: L('samtliga åldrar', 'all ages')
};
const ORIGINS: Record<string, Localised> = {
	norden_exkl_sverige: L('Norden utom Sverige', 'Nordic countries except Sweden'),
	europa_exkl_norden: L('Europa utom Norden', 'Europe except the Nordic countries'),
	afrika: L('Afrika', 'Africa'),
	nordamerika: L('Nordamerika', 'North America'),
	sydamerika: L('Sydamerika', 'South America'),
	asien: L('Asien', 'Asia'),
	ovriga_inkl_fd_sovjet: L('övriga länder (inkl. f.d. Sovjetunionen)', 'other countries (incl. the former Soviet Union)'),
	totalt: L('totalt', 'total')
};
const INCOME_CLASSES: Record<string, Localised> = {
	'0_39': L('0–39 tkr', 'SEK 0–39k'),
	'40_79': L('40–79 tkr', 'SEK 40–79k'),
	'80_119': L('80–119 tkr', 'SEK 80–119k'),
	'120_159': L('120–159 tkr', 'SEK 120–159k'),
	'160_199': L('160–199 tkr', 'SEK 160–199k'),
	'200plus': L('200 tkr och mer', 'SEK 200k and more'),
	samtliga: L('samtliga', 'all')
};

const COMMUTING: Record<string, [Localised, Localised]> = {
	dagbefolkning_forvarvsarbetande: [L('Dagbefolkning, förvärvsarbetande', 'Daytime population, employed'), L('Antal förvärvsarbetande som arbetar i området (bor där eller pendlar in).', 'Number of employed persons working in the area (living there or commuting in).')],
	nattbefolkning_forvarvsarbetande: [L('Nattbefolkning, förvärvsarbetande', 'Night-time population, employed'), L('Antal förvärvsarbetande som bor i området.', 'Number of employed persons living in the area.')],
	bor_och_arbetar_i_omradet: [L('Bor och arbetar i området', 'Live and work in the area'), L('Antal förvärvsarbetande som både bor och arbetar i området.', 'Number of employed persons who both live and work in the area.')],
	inpendlare_fran_ovriga_staden: [L('Inpendlare från övriga staden', 'In-commuters from the rest of the city'), L('Antal som arbetar i området och bor i en annan del av Stockholms stad.', 'Number working in the area and living elsewhere in the City of Stockholm.')],
	inpendlare_fran_annan_kommun: [L('Inpendlare från annan kommun', 'In-commuters from other municipalities'), L('Antal som arbetar i området och bor i en annan kommun.', 'Number working in the area and living in another municipality.')],
	utpendlare_till_ovriga_staden: [L('Utpendlare till övriga staden', 'Out-commuters to the rest of the city'), L('Antal som bor i området och arbetar i en annan del av Stockholms stad.', 'Number living in the area and working elsewhere in the City of Stockholm.')],
	utpendlare_till_annan_kommun: [L('Utpendlare till annan kommun', 'Out-commuters to other municipalities'), L('Antal som bor i området och arbetar i en annan kommun.', 'Number living in the area and working in another municipality.')],
	nettopendling: [L('Nettopendling', 'Net commuting'), L('Inpendlare minus utpendlare; negativt när fler pendlar ut än in.', 'In-commuters minus out-commuters; negative when more commute out than in.')]
};

/** The catalogue entry for a transcribed indicator id, or null if the id is unknown (the loader then fails). */
export function entryFor(id: string): Entry | null {
	const [stem, suffix] = id.split('__') as [string, string | undefined];
	if (id === POPULATION_ID)
		return { name: L('Folkmängd (årsbok)', 'Population (yearbook)'), description: L('Antal folkbokförda personer den 31 december.', 'Number of registered residents on 31 December.'), theme: 'context', direction: 'neutral', aggregation: sum, caveats: [] };
	if (id === FOREIGN_BACKGROUND_SHARE_ID)
		return {
			name: L('Utländsk bakgrund (årsbok)', 'Foreign background (yearbook)'),
			description: L(
				'Andel av folkmängden den 31 december med utländsk bakgrund (utrikes födda och inrikes födda med två utrikes födda föräldrar): antal med utländsk bakgrund / folkmängd × 100, båda ur årsbokens tabeller för samma datum.',
				'Share of the population on 31 December with a foreign background (born abroad, or born in Sweden to two foreign-born parents): persons with foreign background / population × 100, both from the yearbook tables for the same date.'
			),
			theme: 'segregation',
			direction: 'neutral',
			aggregation: { kind: 'ratio', scale: 100 },
			caveats: []
		};
	if (stem === 'utlandsk_bakgrund_antal' && suffix && ORIGINS[suffix]) {
		const o = ORIGINS[suffix];
		return {
			name: L(`Utländsk bakgrund, ${o.sv}`, `Foreign background, ${o.en}`),
			description: L(`Antal personer med utländsk bakgrund (utrikes födda och inrikes födda med två utrikes födda föräldrar), ursprung: ${o.sv}; 31 december.`, `Number of persons with a foreign background (born abroad, or born in Sweden to two foreign-born parents), origin: ${o.en}; 31 December.`),
			theme: 'segregation',
			direction: 'neutral',
			aggregation: sum,
			caveats: []
		};
	}
	if (id === 'utrikes_fodda_forvarvsarbetande_16plus_antal')
		return { name: L('Förvärvsarbetande utrikes födda 16+', 'Employed foreign-born persons 16+'), description: L('Antal förvärvsarbetande (minst en timme i november, RAMS) utrikes födda 16 år och äldre.', 'Number of employed (at least one hour in November, RAMS) foreign-born persons aged 16+.'), theme: 'segregation', direction: 'neutral', aggregation: sum, caveats: [] };
	if (id === 'utrikes_fodda_forvarvsintensitet_20_64')
		return {
			name: L('Förvärvsintensitet, utrikes födda 20–64 år', 'Employment rate, foreign-born aged 20–64'),
			description: L(
				'Andel förvärvsarbetande av de utrikes födda 20–64 år. Nämnaren finns inte i källan, så värden för större områden är ett medelvärde av områdenas andelar vägt med hela folkmängden (årsbokens, närmaste år): ungefärligt.',
				'Share employed among foreign-born persons aged 20–64. The denominator is not in the source, so values for larger areas are a mean of the areas’ shares weighted by the whole population (the yearbook’s, nearest year): approximate.'
			),
			theme: 'segregation',
			direction: 'higher_better',
			aggregation: { kind: 'not_aggregable', weight: POPULATION_ID },
			caveats: []
		};
	if (stem === BISTAND_PERSONS && (!suffix || (suffix.startsWith('alder_') && AGES[suffix.slice(6)]))) {
		const age = suffix ? AGES[suffix.slice(6)]! : null;
		return {
			name: L(`Personer med ekonomiskt bistånd${age ? ', ' + age.sv : ''}`, `Persons receiving social assistance${age ? ', ' + age.en : ''}`),
			description: L(`Antal biståndstagare under året inklusive barn${age ? ', ' + age.sv : ''} (inkl. LMA, exkl. introduktionsersättning).`, `Number of social-assistance recipients during the year including children${age ? ', ' + age.en : ''} (incl. asylum-seeker allowance, excl. introduction benefit).`),
			theme: 'segregation',
			direction: 'higher_worse',
			aggregation: sum,
			caveats: [BISTAND_CAVEAT]
		};
	}
	if (stem === BISTAND_SHARE && (!suffix || (suffix.startsWith('alder_') && AGES[suffix.slice(6)]))) {
		const age = suffix ? AGES[suffix.slice(6)]! : null;
		return {
			name: L(`Ekonomiskt bistånd${age ? ', ' + age.sv : ''}`, `Social assistance${age ? ', ' + age.en : ''}`),
			description: L(
				`Andel av befolkningen${age ? ' ' + age.sv : ''} som fått ekonomiskt bistånd under året. Täljare = antal biståndstagare; nämnaren (befolkningen) är härledd som antal / andel och därmed påverkad av avrundningen.`,
				`Share of the population${age ? ' ' + age.en : ''} receiving social assistance during the year. Numerator = recipients; the denominator (population) is derived as count / share and so carries its rounding.`
			),
			theme: 'segregation',
			direction: 'higher_worse',
			aggregation: { kind: 'ratio', scale: 100 },
			caveats: [BISTAND_CAVEAT]
		};
	}
	if (stem === 'hushall_20plus_efter_disp_inkomst_tkr' && suffix && INCOME_CLASSES[suffix]) {
		const c = INCOME_CLASSES[suffix];
		return { name: L(`Hushåll efter disponibel inkomst, ${c.sv}`, `Households by disposable income, ${c.en}`), description: L(`Antal hushåll (inkomsttagare 20 år och äldre, hushållsvis) med disponibel inkomst ${c.sv}.`, `Number of households (income earners aged 20+, by household) with disposable income ${c.en}.`), theme: 'context', direction: 'neutral', aggregation: sum, caveats: [] };
	}
	if (id === 'disponibel_inkomst_hushall_medel')
		return { name: L('Disponibel inkomst per hushåll, medelvärde', 'Household disposable income, mean'), description: L('Medelvärde av hushållens disponibla inkomst, tusen kronor per år (hushåll med inkomsttagare 20 år och äldre). Vägs ihop med antalet hushåll.', 'Mean household disposable income, thousand SEK per year (households with income earners aged 20+). Combined over areas weighted by the number of households.'), theme: 'segregation', direction: 'higher_better', aggregation: { kind: 'weighted_mean', weight: HOUSEHOLDS_ID, approximate: false }, caveats: [] };
	if (id === 'disponibel_inkomst_hushall_median')
		return {
			name: L('Disponibel inkomst per hushåll, median', 'Household disposable income, median'),
			description: L('Median av hushållens disponibla inkomst, tusen kronor per år. Kan inte läggas ihop över områden.', 'Median household disposable income, thousand SEK per year. Cannot be combined over areas.'),
			theme: 'segregation',
			direction: 'higher_better',
			aggregation: { kind: 'not_aggregable', weight: HOUSEHOLDS_ID },
			caveats: [L('Den arkiverade sidan var avklippt: medianen saknas för Farsta, Älvsjö, Hägersten-Liljeholmen, Skärholmen och hela staden.', 'The archived page was cut off: the median is missing for Farsta, Älvsjö, Hägersten-Liljeholmen, Skärholmen and the city total.')]
		};
	const commuting = COMMUTING[id];
	if (commuting) return { name: commuting[0], description: commuting[1], theme: 'context', direction: 'neutral', aggregation: sum, caveats: [COMMUTING_CAVEAT] };
	return null;
}

/** For each share id, the id of the count that is its numerator (denominator = count / share). */
export function numeratorIdFor(shareId: string): string | null {
	return shareId.startsWith(BISTAND_SHARE) ? shareId.replace(BISTAND_SHARE, BISTAND_PERSONS) : null;
}
