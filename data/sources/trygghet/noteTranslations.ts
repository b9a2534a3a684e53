// The mirror's notes on quoted figures (the text outside the quotation, written by whoever transcribed the figure,
// in English or Swedish) in both languages, so a page shows notes in its own language. A note without a
// translation here stops the build, like an unnamed measure. “…” stands for the quotation shown beside the note.
import type { Localised } from '../../../src/lib/types/dataset.ts';

const NOTES: [string, string, string][] = [
	// [note as in the mirror, Swedish, English]
	["2017 value as re-reported in the 2020 release (differs from the 21 % 'minst en gång i månaden' measure reported in 2017)", 'Värdet för 2017 som det återges i 2020 års pressmeddelande (skiljer sig från måttet ”minst en gång i månaden”, 21 %, som redovisades 2017)', "2017 value as re-reported in the 2020 release (differs from the 21 % 'minst en gång i månaden' measure reported in 2017)"],
	['“…”; reported per stadsdelsförvaltning', '“…”; redovisat per stadsdelsförvaltning', '“…”; reported per stadsdelsförvaltning'],
	['“…” (same measure as the 2020 release)', '“…” (samma mått som i 2020 års pressmeddelande)', '“…” (same measure as the 2020 release)'],
	['“…” (2017 value stated as equal to 2020)', '“…” (värdet för 2017 anges vara detsamma som 2020)', '“…” (2017 value stated as equal to 2020)'],
	["table '…': “…”; 17 669 respondents", 'tabellen ”…”: “…”; 17 669 svarande', "table '…': “…”; 17 669 respondents"],
	['(table truncated after this row in the stored copy)', '(tabellen är avkortad efter den här raden i den sparade kopian)', '(table truncated after this row in the stored copy)'],
	['“…”; c. 1 300 respondents in Farsta 2020', '“…”; cirka 1 300 svarande i Farsta 2020', '“…”; c. 1 300 respondents in Farsta 2020'],
	["“…” (journalist's wording; may be the standard otrygg-ensam-sent indicator)", '“…” (journalistens formulering; kan vara standardmåttet otrygg ute ensam sent en kväll)', "“…” (journalist's wording; may be the standard measure of feeling unsafe out alone late in the evening)"],
	['stadsdel in Farsta SDO: “…”; small sample', 'stadsdel i Farsta stadsdelsområde: “…”; litet urval', 'stadsdel in Farsta stadsdelsområde: “…”; small sample'],
	['“…” 3 221 respondents in Bromma', '“…” 3 221 svarande i Bromma', '“…” 3 221 respondents in Bromma'],
	['photo caption: “…”', 'bildtext: “…”', 'photo caption: “…”'],
	['“…” (probably the otrygg-ensam-sent indicator; wording ambiguous)', '“…” (troligen måttet otrygg ute ensam sent en kväll; formuleringen är oklar)', '“…” (probably the measure of feeling unsafe out alone late in the evening; wording ambiguous)'],
	["“…” (in the report this is probably the ordningsstörning item 'narkotikamissbrukare på offentliga platser')", '“…” (i rapporten troligen ordningsstörningen ”narkotikamissbrukare på offentliga platser”)', '“…” (in the report this is probably the public-disorder item “drug users in public places”)'],
	["“…” Year 2017 inferred (survey every third year; compared with 2014 and 2011); article undated in stored copy; measure probably 'minst en gång i månaden'", '“…” Året 2017 är härlett (mätningen görs vart tredje år; jämförs med 2014 och 2011); artikeln saknar datum i den sparade kopian; måttet är troligen ”minst en gång i månaden”', '“…” Year 2017 inferred (survey every third year; compared with 2014 and 2011); article undated in the stored copy; measure probably “once a month or more”'],
	['“…” (Stockholms stads och Polisregion Stockholms trygghetsmätning 2017)', '“…” (Stockholms stads och Polisregion Stockholms trygghetsmätning 2017)', "“…” (the City of Stockholm's and Police Region Stockholm's trygghet survey 2017)"],
	['“…” (kollektiv styrka = informell social kontroll)', '“…” (kollektiv styrka = informell social kontroll)', '“…” (collective efficacy = informal social control)'],
	["“…” Secondary source (politician's blog reporting the 2011 trygghetsmätning)", '“…” Sekundär källa (en politikers blogg som återger 2011 års trygghetsmätning)', "“…” Secondary source (a politician's blog reporting the 2011 trygghet survey)"],
	['“…” (unit not stated, read as percent)', '“…” (enheten anges inte; tolkad som procent)', '“…” (unit not stated, read as percent)'],
	['“…” Sample 9 850, age 18+; also in DN https://www.dn.se/sthlm/stockholmarna-alltmer-otrygga-enligt-ny-undersokning/', '“…” Urval 9 850, 18 år och äldre; även i DN https://www.dn.se/sthlm/stockholmarna-alltmer-otrygga-enligt-ny-undersokning/', '“…” Sample 9 850, aged 18+; also in DN https://www.dn.se/sthlm/stockholmarna-alltmer-otrygga-enligt-ny-undersokning/'],
	['city-wide share answering yes to “…”: “…”. Nyhetsbyrån Järva gives 75 % for the city (see other row)', 'andel i hela staden som svarar ja på “…”: “…”. Nyhetsbyrån Järva anger 75 % för staden (se annan rad)', 'city-wide share answering yes to “…”: “…”. Nyhetsbyrån Järva gives 75 % for the city (see other row)'],
	['“…” Year 2021 inferred: sample 9 850, 4 494 answers (46 %), Spånga-Tensta response rate 41 % as in the 2021 survey (see SOURCES.md). Response rate Spånga-Tensta 41 %', '“…” Året 2021 är härlett: urval 9 850, 4 494 svar (46 %), svarsfrekvens i Spånga-Tensta 41 % som i 2021 års undersökning (se SOURCES.md). Svarsfrekvens Spånga-Tensta 41 %', '“…” Year 2021 inferred: sample 9 850, 4 494 answers (46 %), Spånga-Tensta response rate 41 % as in the 2021 survey (see SOURCES.md). Response rate Spånga-Tensta 41 %'],
	['response rate Rinkeby-Kista 34 %', 'svarsfrekvens Rinkeby-Kista 34 %', 'response rate Rinkeby-Kista 34 %'],
	['(buzzter/DN report 74 % for 2021; the difference is unexplained)', '(buzzter/DN anger 74 % för 2021; skillnaden är oförklarad)', '(buzzter/DN report 74 % for 2021; the difference is unexplained)'],
	['“…” (Spånga-Tensta, Rinkeby-Kista, staden)', '“…” (Spånga-Tensta, Rinkeby-Kista, staden)', '“…” (Spånga-Tensta, Rinkeby-Kista, the city)'],
	['“…” Response rate 46 %', '“…” Svarsfrekvens 46 %', '“…” Response rate 46 %'],
	['age group 65+: “…”', 'åldersgruppen 65 år och äldre: “…”', 'age group 65+: “…”'],
	['“…”. (Walking home: “…”, not transcribed as a number)', '“…”. (Gå hem: “…”, inte återgivet som tal)', '“…”. (Walking home: “…”, not transcribed as a number)'],
	['social trust, not trygghet: “…”', 'social tillit, inte trygghet: “…”', 'social trust, not trygghet: “…”'],
	['“…” Target in the 2017 verksamhetsplan: 75 %; “…”', '“…” Målet i 2017 års verksamhetsplan: 75 %; “…”', '“…” Target in the 2017 operational plan: 75 %; “…”'],
	['2022 survey only in LPO Järva and Huddinge; response rate Järva 38 %', '2022 gjordes mätningen bara i lokalpolisområdena Järva och Huddinge; svarsfrekvens Järva 38 %', '2022 survey only in the local police areas Järva and Huddinge; response rate Järva 38 %'],
	['“…” 1 401 respondents, response rate 53 %', '“…” 1 401 svarande, svarsfrekvens 53 %', '“…” 1 401 respondents, response rate 53 %'],
	['“…” (crime type/reference period not stated in the article)', '“…” (brottstyp och referensperiod anges inte i artikeln)', '“…” (crime type/reference period not stated in the article)'],
	['regional average quoted in an LPO press release: “…”', 'regionens genomsnitt, citerat i ett lokalpolisområdes pressmeddelande: “…”', 'regional average quoted in a local police area press release: “…”'],
	['“…”; c. 35 000 respondents aged 16–84 in 2023', '“…”; cirka 35 000 svarande 16–84 år 2023', '“…”; c. 35 000 respondents aged 16–84 in 2023'],
	["“…” Year not stated in the stored copy: Brå's NTU results for Stockholm stadsdelsområden were published for NTU 2017–2018 pooled (June 2019) and NTU 2019–2020 pooled (June 2021); the article was linked from a Mitt i article of Oct 2021", '“…” Året anges inte i den sparade kopian: Brås NTU-resultat för Stockholms stadsdelsområden publicerades för NTU 2017–2018 sammanslaget (juni 2019) och NTU 2019–2020 sammanslaget (juni 2021); artikeln länkades från en artikel i Mitt i från oktober 2021', "“…” Year not stated in the stored copy: Brå's NTU results for Stockholm stadsdelsområden were published for NTU 2017–2018 pooled (June 2019) and NTU 2019–2020 pooled (June 2021); the article was linked from a Mitt i article of Oct 2021"],
	['“…” Year: see previous row', '“…” År: se föregående rad', '“…” Year: see previous row'],
	['“…” 9 574 pupils at 145 schools answered in Stockholm 2020', '“…” 9 574 elever på 145 skolor svarade i Stockholm 2020', '“…” 9 574 pupils at 145 schools answered in Stockholm 2020'],
	["“…” Area read from the article's context (Enskede-Årsta-Vantör); not explicit in the sentence", '“…” Området är läst ur artikelns sammanhang (Enskede-Årsta-Vantör); det står inte i meningen', "“…” Area read from the article's context (Enskede-Årsta-Vantör); not explicit in the sentence"],
	['“…” Area as previous row', '“…” Området som på föregående rad', '“…” Area as previous row'],
	['“…” (share very/fairly unsafe or not going out in the evening for fear of crime)', '“…” (andel mycket eller ganska otrygga eller som inte går ut på kvällen av oro för brott)', '“…” (share very/fairly unsafe or not going out in the evening for fear of crime)'],
	['sekundär källa (blogg som citerar Brå:s statistik över anmälda brott, kategorin våldsbrott); bloggens genomsnittskolumn är utelämnad', 'sekundär källa (blogg som citerar Brå:s statistik över anmälda brott, kategorin våldsbrott); bloggens genomsnittskolumn är utelämnad', "secondary source (a blog quoting Brå's statistics of reported offences, category violent offences); the blog's average column is left out"],
	['uppgift i artikelns brödtext (juni året innan)', 'uppgift i artikelns brödtext (juni året innan)', "figure from the article's body text (June of the year before)"],
	['brödtextens summa; tabellens två tal (269 + 215) ger 484 – avvikelsen finns i källan', 'brödtextens summa; tabellens två tal (269 + 215) ger 484 – avvikelsen finns i källan', "the body text's sum; the table's two figures (269 + 215) give 484 – the discrepancy is in the source"]
];

const BY_TEXT = new Map(NOTES.map(([k, sv, en]) => [k, { sv, en }]));

// Mitt i's table (one note per printed category).
const MITTI = /^preliminär Brå-statistik för en månad \(juni 2016\), återgiven av Mitt i; kategori som tryckt: (.+)$/;

/** The note in both languages, or null when no translation exists (the caller stops the build). */
export function translateNote(note: string): Localised | null {
	const known = BY_TEXT.get(note);
	if (known) return known;
	const m = MITTI.exec(note);
	if (m) return { sv: note, en: `preliminary Brå statistics for one month (June 2016), as reported by Mitt i; category as printed: ${m[1]}` };
	return null;
}
