// Readable names, in Swedish and English, for the measures the mirror's trygghet files key in ASCII
// (`oro_for_brott_ofta_senaste_12_man`). Each name follows the quoted wording of its source, so two measures with
// different wording keep different names; a key without a name here stops the build, so no ASCII key reaches a page.
import type { Localised } from '../../../src/lib/types/dataset.ts';
import type { EvidenceFamily } from '../../../src/lib/types/trygghet.ts';

export const MEASURE_NAMES: Record<string, Localised> = {
	// Stockholms stads trygghetsmätning
	oro_for_brott_ofta_senaste_12_man: { sv: 'Ofta orolig för att utsättas för brott (senaste 12 månaderna)', en: 'Often worried about becoming a victim of crime (past 12 months)' },
	oro_for_brott_varje_dag_eller_nagon_dag_i_veckan_senaste_12_man: { sv: 'Orolig för brott varje dag eller någon dag i veckan (senaste 12 månaderna)', en: 'Worried about crime every day or some day a week (past 12 months)' },
	oro_for_brott_minst_en_gang_i_manaden_senaste_aret: { sv: 'Orolig för att utsättas för brott en gång i månaden eller oftare (senaste året)', en: 'Worried about becoming a victim of crime once a month or more (past year)' },
	otrygg_ute_ensam_sent_en_kvall_i_bostadsomradet: { sv: 'Otrygg ute ensam sent en kväll i bostadsområdet', en: 'Unsafe out alone late in the evening in one’s residential area' },
	oro_for_att_ga_ut_sent_pa_kvallen_i_bostadsomradet: { sv: 'Orolig för att gå ut sent på kvällen i bostadsområdet', en: 'Worried about going out late in the evening in one’s residential area' },
	oro_for_att_narstaende_ska_utsattas_for_brott: { sv: 'Orolig för att närstående ska utsättas för brott', en: 'Worried that someone close will become a victim of crime' },
	oro_for_vald_eller_overfall_i_offentlig_miljo: { sv: 'Orolig för våld eller överfall i offentlig miljö', en: 'Worried about violence or assault in public places' },
	oro_for_vald_eller_overfall_i_hemmet: { sv: 'Orolig för våld eller överfall i hemmet', en: 'Worried about violence or assault at home' },
	oro_for_bostadsinbrott: { sv: 'Orolig för bostadsinbrott', en: 'Worried about burglary at home' },
	oro_for_bostadsinbrott_senaste_aret: { sv: 'Orolig för bostadsinbrott (senaste året)', en: 'Worried about burglary at home (past year)' },
	oro_for_sexuella_trakasserier_utanfor_hemmet: { sv: 'Orolig för sexuella trakasserier utanför hemmet', en: 'Worried about sexual harassment outside the home' },
	kanns_mycket_otryggt_rora_sig_ute_sent_i_omradet: { sv: 'Känns mycket otryggt att röra sig ute i området sent på kvällen', en: 'Feels very unsafe moving about in the area late in the evening' },
	oro_for_brott: { sv: 'Oro för brott', en: 'Worry about crime' },
	otrygghet_vid_sena_utevistelser: { sv: 'Otrygghet vid sena utevistelser', en: 'Feeling unsafe when out late' },
	utsatt_for_brott_senaste_12_man: { sv: 'Utsatt för brott (senaste 12 månaderna)', en: 'Victim of crime (past 12 months)' },
	otrygg_i_bostadsomradet: { sv: 'Orolig för att utsättas för brott i bostadsområdet', en: 'Worried about becoming a victim of crime in one’s residential area' },
	oro_for_overfall_i_offentlig_miljo: { sv: 'Orolig för överfall i offentlig miljö', en: 'Worried about assault in public places' },
	oro_for_narkotikabrukare_pa_offentliga_platser: { sv: 'Orolig för narkotikabrukare på offentliga platser', en: 'Worried about drug users in public places' },
	oro_for_brott_av_nagot_slag_i_bostadsomradet: { sv: 'Orolig för att utsättas för brott av något slag i bostadsområdet', en: 'Worried about becoming a victim of any crime in one’s residential area' },
	kansla_av_otrygghet_i_bostadsomradet: { sv: 'Känsla av otrygghet i bostadsområdet', en: 'Feeling unsafe in one’s residential area' },
	radda_for_att_drabbas_av_brott: { sv: 'Rädd för att drabbas av brott', en: 'Afraid of becoming a victim of crime' },
	kollektiv_styrka: { sv: 'Kollektiv styrka (index)', en: 'Collective efficacy (index)' },
	utsatt_for_misshandel_senaste_12_man: { sv: 'Utsatt för misshandel (senaste 12 månaderna)', en: 'Victim of assault (past 12 months)' },
	utsatt_for_vald_hot_trakasserier_nara_relation: { sv: 'Utsatt för våld, hot eller trakasserier i en nära relation', en: 'Victim of violence, threats or harassment by someone close' },
	// Stockholms stads medborgarundersökning
	stockholms_stad_trygg_att_bo_och_leva_i: { sv: 'Stockholms stad är trygg att bo och leva i', en: 'The City of Stockholm is safe to live in' },
	tryggt_att_bo_i_stadsdelen: { sv: '”Det är tryggt att bo i min stadsdel”', en: '“It is safe to live in my district”' },
	trygg_ga_hem_ensam_pa_kvallen_i_stadsdelen: { sv: 'Trygg att gå hem ensam på kvällen i sin stadsdel', en: 'Safe walking home alone in the evening in one’s district' },
	trygg_ga_hem_ensam_pa_kvallen_i_stadsdelen_65_ar_och_aldre: { sv: 'Trygg att gå hem ensam på kvällen i sin stadsdel, 65 år och äldre', en: 'Safe walking home alone in the evening in one’s district, aged 65 and over' },
	litar_pa_de_flesta_manniskor_i_min_stadsdel: { sv: '”Jag litar på de flesta människor i min stadsdel”', en: '“I trust most people in my district”' },
	// Polisens trygghetsmätning
	trygg_ute_sena_kvallar: { sv: 'Trygg ute sena kvällar', en: 'Safe out late in the evening' },
	undviker_specifika_platser_pga_oro_for_brott: { sv: 'Undviker vissa platser av oro för brott', en: 'Avoids certain places for fear of crime' },
	otrygg_gar_ut_ensam_pa_kvallen: { sv: 'Otrygg när man går ut ensam på kvällen', en: 'Unsafe going out alone in the evening' },
	utsatt_for_brott: { sv: 'Utsatt för brott', en: 'Victim of crime' },
	trygg_i_bostadsomradet_sena_kvallar: { sv: 'Trygg i bostadsområdet sena kvällar', en: 'Safe in one’s residential area late in the evening' },
	trygg_kvallstid_mycket_eller_ganska: { sv: 'Mycket eller ganska trygg på kvällstid', en: 'Very or fairly safe in the evening' },
	// Brå, NTU
	otrygghet_vid_utevistelse_sen_kvall: { sv: 'Mycket eller ganska otrygg ute sent en kväll i det egna området', en: 'Very or fairly unsafe out late in the evening in one’s own area' },
	oro_over_brottsligheten_i_samhallet: { sv: 'Orolig i stor utsträckning över brottsligheten i samhället', en: 'Greatly worried about crime in society' },
	mycket_eller_ganska_otrygg_i_bostadsomradet_nar_det_ar_morkt: { sv: 'Mycket eller ganska otrygg i bostadsområdet när det är mörkt', en: 'Very or fairly unsafe in one’s residential area after dark' },
	valjer_ofta_annan_vag_pga_oro_for_brott: { sv: 'Väljer ofta en annan väg av oro för brott', en: 'Often takes another route for fear of crime' },
	// Stockholmsenkäten
	otrygg_gar_ut_ensam_en_sen_kvall_i_omradet_flickor_ak9: { sv: 'Otrygg ute ensam en sen kväll i området, flickor årskurs 9', en: 'Unsafe out alone late in the evening in the area, girls in year 9' },
	otrygg_gar_ut_ensam_en_sen_kvall_i_omradet_pojkar_ak9: { sv: 'Otrygg ute ensam en sen kväll i området, pojkar årskurs 9', en: 'Unsafe out alone late in the evening in the area, boys in year 9' },
	otrygg_gar_ut_ensam_en_sen_kvall_i_omradet_flickor_gy2: { sv: 'Otrygg ute ensam en sen kväll i området, flickor gymnasiet år 2', en: 'Unsafe out alone late in the evening in the area, girls in upper secondary year 2' },
	otrygg_gar_ut_ensam_en_sen_kvall_i_omradet_pojkar_gy2: { sv: 'Otrygg ute ensam en sen kväll i området, pojkar gymnasiet år 2', en: 'Unsafe out alone late in the evening in the area, boys in upper secondary year 2' },
	otrygg_i_bostadsomradet_pojkar_gy2: { sv: 'Otrygg i bostadsområdet, pojkar gymnasiet år 2', en: 'Unsafe in one’s residential area, boys in upper secondary year 2' },
	// Reported crime quoted second-hand
	anmalda_valdsbrott_per_100k: { sv: 'Anmälda våldsbrott per 100 000 invånare', en: 'Reported violent offences per 100,000 inhabitants' },
	anmalda_stoldbrott: { sv: 'Anmälda stöldbrott', en: 'Reported theft offences' },
	anmalda_skadegorelsebrott_inkl_mordbrand: { sv: 'Anmälda skadegörelsebrott (inkl. mordbrand)', en: 'Reported criminal damage (incl. arson)' },
	anmalda_hot_kranknings_och_frihetsbrott: { sv: 'Anmälda hot-, kränknings- och frihetsbrott', en: 'Reported threats, violations of integrity and offences against liberty' },
	anmalda_bilbrott: { sv: 'Anmälda bilbrott', en: 'Reported car crime' },
	anmalda_valdsbrott: { sv: 'Anmälda våldsbrott', en: 'Reported violent offences' },
	anmalda_vissa_trafikbrott: { sv: 'Anmälda vissa trafikbrott', en: 'Reported certain traffic offences' },
	anmalda_alkohol_och_narkotikabrott: { sv: 'Anmälda alkohol- och narkotikabrott', en: 'Reported alcohol and drug offences' },
	anmalda_vapenbrott: { sv: 'Anmälda vapenbrott', en: 'Reported weapons offences' },
	anmalda_vardsloshets_och_vallandebrott: { sv: 'Anmälda vårdslöshets- och vållandebrott', en: 'Reported negligence offences' }
};

/**
 * Where a family words a measure the others key alike (or name alike) differently, its own name. Brå's NTU 2010 table
 * counts those who feel "mycket eller ganska stor oro att utsättas för olika brottstyper": not the city's survey's
 * "orolig för …" (oro_for_bostadsinbrott is keyed alike in both files; oro_for_narstaende would read like the city's
 * oro_for_att_narstaende_ska_utsattas_for_brott).
 */
export const FAMILY_MEASURE_NAMES: Partial<Record<EvidenceFamily, Record<string, Localised>>> = {
	bra_ntu: {
		oro_for_narstaende: { sv: 'Mycket eller ganska stor oro för att närstående ska utsättas för brott', en: 'Very or fairly worried that someone close will become a victim of crime' },
		oro_for_bostadsinbrott: { sv: 'Mycket eller ganska stor oro för bostadsinbrott', en: 'Very or fairly worried about burglary at home' },
		oro_for_overfall_misshandel: { sv: 'Mycket eller ganska stor oro för överfall eller misshandel', en: 'Very or fairly worried about assault' },
		oro_for_bilbrott: { sv: 'Mycket eller ganska stor oro för bilbrott', en: 'Very or fairly worried about car crime' }
	}
};

/** A measure's name as its family words it; undefined where it has none (the build then stops). */
export function measureNameOf(family: EvidenceFamily, key: string): Localised | undefined {
	return FAMILY_MEASURE_NAMES[family]?.[key] ?? MEASURE_NAMES[key];
}

/** The units the files write, in both languages ('percent' is formatted as %). */
export const UNIT_NAMES: Record<string, Localised> = {
	percent: { sv: 'procent', en: 'percent' },
	'index points (max 48)': { sv: 'indexpoäng (max 48)', en: 'index points (max 48)' },
	'anmälda våldsbrott per 100 000 invånare': { sv: 'anmälda våldsbrott per 100 000 invånare', en: 'reported violent offences per 100,000 inhabitants' },
	'antal anmälda brott under månaden': { sv: 'anmälda brott under månaden', en: 'reported offences in the month' }
};
