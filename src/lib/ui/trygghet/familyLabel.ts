// The short name of each survey or source family, in the page's language.
import { m } from '$lib/paraglide/messages';
import type { EvidenceFamily } from '$lib/types/trygghet';

const LABELS: Record<EvidenceFamily, () => string> = {
	stockholms_stad_trygghetsmatning: m.trygghet_family_stockholms_stad_trygghetsmatning,
	stockholms_stad_medborgarundersokning: m.trygghet_family_stockholms_stad_medborgarundersokning,
	polisen_trygghetsmatning: m.trygghet_family_polisen_trygghetsmatning,
	bra_ntu: m.trygghet_family_bra_ntu,
	stockholmsenkaten: m.trygghet_family_stockholmsenkaten,
	sekundar_valdsbrott: m.trygghet_family_sekundar_valdsbrott,
	mitti_anmalda_brott_sdo_2016: m.trygghet_family_mitti_anmalda_brott_sdo_2016
};

export function familyLabel(f: EvidenceFamily): string {
	return LABELS[f]();
}
