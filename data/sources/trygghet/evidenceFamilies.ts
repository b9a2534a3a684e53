// The quoted-figure files in the mirror, with the caveats SOURCES.md / SOURCES_crime.md give for each family and the
// language their sources write in (every one a Swedish page: the quotes and the titles are Swedish).
import type { EvidenceFamilyInfo } from '../../../src/lib/types/trygghet.ts';

export const EVIDENCE_FAMILIES: readonly EvidenceFamilyInfo[] = [
	{
		id: 'stockholms_stad_trygghetsmatning',
		lang: 'sv',
		title: { sv: 'Stockholms stads trygghetsmätning (vart tredje år: 2008, 2011, 2014, 2017, 2020, 2023)', en: "The City of Stockholm's trygghet survey (every third year: 2008, 2011, 2014, 2017, 2020, 2023)" },
		file: 'trygghet/stockholms_stad_trygghetsmatning/trygghetsmatning_stockholms_stad.csv',
		caveats: [
			{ sv: 'Siffrorna är avskrivna ur pressmeddelanden och lokalpress, inte ur rapportens tabeller.', en: 'Figures transcribed from press releases and local news, not from the report tables.' },
			{ sv: 'Siffror per stadsdelsområde bygger på cirka 1 000–3 000 svarande, per stadsdel på betydligt färre; inga felmarginaler är publicerade.', en: 'Per-district figures rest on c. 1 000–3 000 respondents, stadsdel figures on far fewer; no margins of error published.' },
			{ sv: '”Ofta” orolig (redovisningen 2020) och ”minst en gång i månaden” (redovisningen 2017) är olika mått.', en: "'Often' worried (2020 reporting) and 'once a month or more' (2017 reporting) are different measures." },
			{ sv: 'Brommas rader för 2008/2011 kommer från en politikers blogg; året 2017 för Östermalm är härlett.', en: 'The 2008/2011 Bromma rows come from a politician’s blog; the Östermalm year 2017 is inferred.' }
		]
	},
	{
		id: 'stockholms_stad_medborgarundersokning',
		lang: 'sv',
		title: { sv: 'Stockholms stads medborgarundersökning (varje år; inte 2020)', en: "The City of Stockholm's residents' survey (yearly; not run in 2020)" },
		file: 'trygghet/stockholms_stad_medborgarundersokning/medborgarundersokning_stockholms_stad.csv',
		caveats: [
			{ sv: 'Andelar som känner sig trygga, inte otrygga: en annan undersökning än trygghetsmätningen.', en: 'Shares who feel safe, not unsafe: a different survey from the trygghet survey.' },
			{ sv: 'Få svar per område (t.ex. 304 svar i Spånga-Tensta 2021); två medier anger 74 % och 75 % för staden 2021.', en: 'Low per-area n (e.g. 304 answers in Spånga-Tensta 2021); two outlets give 74 % and 75 % for the city 2021.' },
			{ sv: 'Raderna från Nyhetsbyrån Järva saknar datum; 2021 är härlett.', en: 'The Nyhetsbyrån Järva rows are undated; 2021 is inferred.' }
		]
	},
	{
		id: 'polisen_trygghetsmatning',
		lang: 'sv',
		title: { sv: 'Polisens trygghetsmätning, polisregion Stockholm (varje år sedan 2020)', en: "The police's trygghet survey, police region Stockholm (yearly since 2020)" },
		file: 'trygghet/polisen_trygghetsmatning_region_stockholm/polisen_trygghetsmatning.csv',
		caveats: [
			{ sv: 'Redovisas per lokalpolisområde, inte per stadsdelsområde: raderna kopplas inte till våra områden.', en: 'Published per local police area, not per stadsdelsområde: these rows are not mapped to our areas.' },
			{ sv: 'Låg svarsfrekvens lokalt (Järva 38 % 2022). Regionens genomsnitt är bara bakgrund.', en: 'Low local response rates (Järva 38 % in 2022). Regional averages are context only.' }
		]
	},
	{
		id: 'bra_ntu',
		lang: 'sv',
		title: { sv: 'Brå, Nationella trygghetsundersökningen (NTU)', en: 'Brå, the Swedish Crime Survey (NTU)' },
		file: 'trygghet/bra_ntu/ntu_stockholm.csv',
		caveats: [
			{ sv: 'NTU 2010, regional tabell för kommun, län och riket.', en: 'NTU 2010 regional table for kommun, county and Sweden.' },
			{ sv: 'Södermalms rader saknar år (NTU 2017–2018 eller 2019–2020): året lämnas tomt, så de bildar ingen serie.', en: 'The Södermalm rows are undated (NTU 2017–2018 or 2019–2020): year left empty, so they form no series.' }
		]
	},
	{
		id: 'stockholmsenkaten',
		lang: 'sv',
		title: { sv: 'Stockholmsenkäten (elever i årskurs 9 och gymnasiet år 2, vartannat år)', en: 'Stockholmsenkäten (pupils in year 9 and upper secondary year 2, every second year)' },
		file: 'trygghet/stockholmsenkaten/stockholmsenkaten_otrygghet.csv',
		caveats: [
			{ sv: 'Redovisas efter kön och årskurs, inte för alla elever; få svar per stadsdelsområde.', en: 'Reported by sex and grade, not for all pupils; per-district figures have small n.' },
			{ sv: 'Gymnasieraderna för Enskede-Årsta-Vantör är kopplade till området utifrån artikelns sammanhang.', en: 'The Enskede-Årsta-Vantör upper-secondary rows are assigned to the area from the article’s context.' }
		]
	},
	{
		id: 'sekundar_valdsbrott',
		lang: 'sv',
		title: { sv: 'Brås anmälda våldsbrott per 100 000, 2008–2012, som en forskare sammanställt i en blogg', en: 'Brå reported violent offences per 100,000, 2008–2012, as tabulated in a researcher’s blog' },
		file: 'trygghet/sekundar_valdsbrott_kommun_2008_2012/valdsbrott_per_100k_stockholm_2008_2012.csv',
		caveats: [
			{ sv: 'Sekundär källa (blogg).', en: 'Secondary source (blog).' },
			{ sv: '”Våldsbrott” är Brås dåtida sammanfattande kategori och skiljer sig från ”brott mot person” i Brås serie.', en: "'Våldsbrott' (violent offences) is Brå’s aggregate category of that time and differs from 'offences against the person' in the Brå series." }
		]
	},
	{
		id: 'mitti_anmalda_brott_sdo_2016',
		lang: 'sv',
		title: { sv: 'Mitt i: Brås preliminära anmälda brott, Rinkeby-Kista och Spånga-Tensta, juni 2016', en: 'Mitt i: Brå preliminary reported offences, Rinkeby-Kista and Spånga-Tensta, June 2016' },
		file: 'trygghet/mitti_anmalda_brott_sdo_2016/mitti_anmalda_brott_rinkeby_kista_spanga_tensta_juni_2016.csv',
		caveats: [
			{ sv: 'En månads preliminära uppgifter, tryckta i en tidning; kategorierna summerar inte till en total.', en: 'One month of preliminary data, printed by a newspaper; categories do not sum to a total.' },
			{ sv: 'Stöldbrott: tabellen ger 269 + 215 = 484, texten 485; båda behålls som de trycktes.', en: 'Theft offences: the table gives 269 + 215 = 484, the text 485; both kept as printed.' }
		]
	}
];
