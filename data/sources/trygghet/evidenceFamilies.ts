// The quoted-figure files in the mirror, with the caveats SOURCES.md / SOURCES_crime.md give for each family.
import type { EvidenceFamilyInfo } from '../../../src/lib/types/trygghet.ts';

export const EVIDENCE_FAMILIES: readonly EvidenceFamilyInfo[] = [
	{
		id: 'stockholms_stad_trygghetsmatning',
		title: 'Stockholms stads trygghetsmätning (every third year: 2008, 2011, 2014, 2017, 2020, 2023)',
		file: 'trygghet/stockholms_stad_trygghetsmatning/trygghetsmatning_stockholms_stad.csv',
		caveats: [
			'Figures transcribed from press releases and local news, not from the report tables.',
			"Per-SDO figures rest on c. 1 000–3 000 respondents, stadsdel figures on far fewer; no margins of error published.",
			"'ofta' worried (2020 reporting) and 'minst en gång i månaden' (2017 reporting) are different measures.",
			'The 2008/2011 Bromma rows come from a politician’s blog; the Östermalm year 2017 is inferred.'
		]
	},
	{
		id: 'stockholms_stad_medborgarundersokning',
		title: 'Stockholms stads medborgarundersökning (yearly; not run 2020)',
		file: 'trygghet/stockholms_stad_medborgarundersokning/medborgarundersokning_stockholms_stad.csv',
		caveats: [
			'Shares who feel safe, not unsafe: a different survey from the trygghetsmätning.',
			'Low per-area n (e.g. 304 answers in Spånga-Tensta 2021); two outlets give 74 % and 75 % for the city 2021.',
			'The Nyhetsbyrån Järva rows are undated; 2021 is inferred.'
		]
	},
	{
		id: 'polisen_trygghetsmatning',
		title: 'Polisens trygghetsmätning, polisregion Stockholm (yearly since 2020)',
		file: 'trygghet/polisen_trygghetsmatning_region_stockholm/polisen_trygghetsmatning.csv',
		caveats: [
			'Published per lokalpolisområde, not per stadsdelsområde: these rows are not mapped to our areas.',
			'Low local response rates (Järva 38 % in 2022). Regional averages are context only.'
		]
	},
	{
		id: 'bra_ntu',
		title: 'Brå, Nationella trygghetsundersökningen (NTU)',
		file: 'trygghet/bra_ntu/ntu_stockholm.csv',
		caveats: [
			'NTU 2010 regional table for kommun, län and riket.',
			'The Södermalm rows are undated (NTU 2017–2018 or 2019–2020): year left empty, so they form no series.'
		]
	},
	{
		id: 'stockholmsenkaten',
		title: 'Stockholmsenkäten (pupils in åk 9 and gy2, every second year)',
		file: 'trygghet/stockholmsenkaten/stockholmsenkaten_otrygghet.csv',
		caveats: [
			'Reported by sex and grade, not for all pupils; per-SDO figures have small n.',
			'The Enskede-Årsta-Vantör gymnasium rows are assigned to the area from the article’s context.'
		]
	},
	{
		id: 'sekundar_valdsbrott',
		title: 'Brå reported våldsbrott per 100 000, 2008–2012, as tabulated in a researcher’s blog',
		file: 'trygghet/sekundar_valdsbrott_kommun_2008_2012/valdsbrott_per_100k_stockholm_2008_2012.csv',
		caveats: [
			'Secondary source (blog).',
			"'Våldsbrott' is Brå’s aggregate category of that time and differs from 'brott mot person' in the Brå series."
		]
	},
	{
		id: 'mitti_anmalda_brott_sdo_2016',
		title: 'Mitt i: Brå preliminary reported offences, Rinkeby-Kista and Spånga-Tensta, June 2016',
		file: 'trygghet/mitti_anmalda_brott_sdo_2016/mitti_anmalda_brott_rinkeby_kista_spanga_tensta_juni_2016.csv',
		caveats: [
			'One month of preliminary data, printed by a newspaper; categories do not sum to a total.',
			'Stöldbrott: the table gives 269 + 215 = 484, the text 485; both kept as printed.'
		]
	}
];
