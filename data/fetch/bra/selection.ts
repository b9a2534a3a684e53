// What the Brå fetcher selects in SOL, from the form's vocabulary: Stockholm's stadsdelsområden (matched by label to
// the district names in the mirror's crosswalk), every year, and the offence categories the dashboard shows. Also
// the form body, whose id lists must be joined by '*': SOL answers 200 to a comma-joined list but keeps one id.
import type { CrimeCategory } from '../../../src/lib/types/trygghet.ts';
import { BraProtocolError, normaliseLabel, OFFENCE_ARRAY_PREFIX, PERIOD_ARRAY, REGION_ARRAY, type Vocabulary, type VocabularyEntry } from './vocabulary.ts';

/** Offence ids others used live (issue 16); drugs_weapons is the sum of two rows. */
export const OFFENCE_IDS: Record<CrimeCategory, string[]> = {
	total: ['5036'],
	person: ['11086'],
	theft: ['11095'],
	burglary: ['11462'],
	vandalism: ['11099'],
	drugs_weapons: ['11650', '11708']
};

export interface SelectedRegion extends VocabularyEntry {
	/** The district name from the crosswalk the label matched. */
	district: string;
	/** 2020: one of the 13 current stadsdelsområden; 2007: Hägersten-Liljeholmen or Älvsjö (before the 2020 merger). */
	vintage: 2020 | 2007;
}

export interface BraSelection {
	offences: (VocabularyEntry & { array: string })[];
	regions: SelectedRegion[];
	periods: VocabularyEntry[];
}

export interface LabelCheck {
	kind: 'region' | 'offence' | 'period';
	wanted: string;
	found: VocabularyEntry | null;
	/** True when not finding it stops the fetch. */
	required: boolean;
	/** More than one entry matched (ambiguous): also a failure. */
	ambiguous: VocabularyEntry[];
}

/** Every label/id the fetcher needs, found or not: `data:fetch --check` lists them, the fetch fails on any missing. */
export function checkVocabulary(v: Vocabulary, districts: { current: readonly string[]; before2020: readonly string[] }): LabelCheck[] {
	const regions = v.get(REGION_ARRAY) ?? [];
	// Kommuner end in " kommun"; the stadsområden do not.
	const areas = regions.filter((r) => !/ kommun$/i.test(r.label));
	const region = (name: string, required: boolean): LabelCheck => {
		const hits = areas.filter((r) => normaliseLabel(r.label) === normaliseLabel(name));
		return { kind: 'region', wanted: name, found: hits.length === 1 ? hits[0]! : null, required, ambiguous: hits.length > 1 ? hits : [] };
	};
	const offenceArrays = [...v.entries()].filter(([k]) => k.toLowerCase().startsWith(OFFENCE_ARRAY_PREFIX.toLowerCase()) && k !== REGION_ARRAY);
	const offence = (id: string): LabelCheck => {
		const hits = offenceArrays.flatMap(([, es]) => es.filter((e) => e.id === id));
		const unique = [...new Map(hits.map((h) => [`${h.id}*${h.label}`, h])).values()];
		return { kind: 'offence', wanted: id, found: unique.length === 1 ? unique[0]! : null, required: true, ambiguous: unique.length > 1 ? unique : [] };
	};
	const years = (v.get(PERIOD_ARRAY) ?? []).filter((p) => /^\d{4}$/.test(p.label));
	return [
		...districts.current.map((d) => region(d, true)),
		...districts.before2020.map((d) => region(d, false)),
		...[...new Set(Object.values(OFFENCE_IDS).flat())].map(offence),
		{ kind: 'period', wanted: 'years (labels of four digits)', found: years[0] ?? null, required: true, ambiguous: [] }
	];
}

export function formatLabelChecks(checks: readonly LabelCheck[]): string[] {
	return checks.map((c) => {
		const what = `${c.kind} ${c.wanted}`;
		if (c.ambiguous.length) return `Brå ${what}: AMBIGUOUS, matches ${c.ambiguous.map((e) => `${e.id}*${e.label}`).join(', ')}`;
		if (c.found) return `Brå ${what}: found (${c.found.id}*${c.found.label})`;
		return `Brå ${what}: NOT FOUND${c.required ? '' : ' (optional: only before the 2020 merger)'}`;
	});
}

/** The selection, or a BraProtocolError naming every required label not found (step "urval"). */
export function selectFromVocabulary(v: Vocabulary, districts: { current: readonly string[]; before2020: readonly string[] }): BraSelection {
	const checks = checkVocabulary(v, districts);
	const bad = checks.filter((c) => c.ambiguous.length || (c.required && !c.found));
	if (bad.length) throw new BraProtocolError('urval', `the form's vocabulary departs from what the fetcher expects: ${formatLabelChecks(bad).join('; ')}`);
	const offenceArrays = [...v.entries()].filter(([k]) => k.toLowerCase().startsWith(OFFENCE_ARRAY_PREFIX.toLowerCase()) && k !== REGION_ARRAY);
	const offences = checks
		.filter((c) => c.kind === 'offence')
		.map((c) => ({ ...c.found!, array: offenceArrays.find(([, es]) => es.some((e) => e.id === c.found!.id))![0] }));
	const regions = checks
		.filter((c): c is LabelCheck & { found: VocabularyEntry } => c.kind === 'region' && c.found !== null)
		.map((c) => ({ ...c.found, district: c.wanted, vintage: districts.current.includes(c.wanted) ? (2020 as const) : (2007 as const) }));
	const periods = (v.get(PERIOD_ARRAY) ?? []).filter((p) => /^\d{4}$/.test(p.label));
	return { offences, regions, periods };
}

/** SOL's separator for id lists. */
export const ID_SEPARATOR = '*';

/** The fields POSTed to /solwebb/action/anmalda/urval/vantapopup. */
export interface SelectionForm {
	brottstyp_id_string: string;
	region_id_string: string;
	period_id_string: string;
	fordelning_id_string: '';
	antal: '1';
	antal_100k: '1';
	har_valt: string;
}

export function selectionForm(s: BraSelection): SelectionForm {
	const join = (es: readonly VocabularyEntry[]) => es.map((e) => e.id).join(ID_SEPARATOR);
	return checkSelectionForm({
		brottstyp_id_string: join(s.offences),
		region_id_string: join(s.regions),
		period_id_string: join(s.periods),
		fordelning_id_string: '',
		antal: '1',
		antal_100k: '1',
		har_valt: String(s.offences.length * s.regions.length * s.periods.length)
	});
}

/**
 * Refuses a form SOL would misread before it is sent: an id list joined by commas (SOL answers 200 and keeps one
 * id), or anything but ids joined by '*'; and a cell count that does not match the lists.
 */
export function checkSelectionForm(f: SelectionForm): SelectionForm {
	const lists = { brottstyp_id_string: f.brottstyp_id_string, region_id_string: f.region_id_string, period_id_string: f.period_id_string };
	for (const [field, value] of Object.entries(lists)) {
		if (value.includes(','))
			throw new BraProtocolError('vantapopup', `${field} "${value.slice(0, 60)}" is joined by ',': SOL keeps only one id of such a list; join with '${ID_SEPARATOR}'`);
		if (!/^[0-9A-Za-z_-]+(\*[0-9A-Za-z_-]+)*$/.test(value))
			throw new BraProtocolError('vantapopup', `${field} "${value.slice(0, 60)}" is not ids joined by '${ID_SEPARATOR}'`);
	}
	const cells = Object.values(lists).reduce((n, v) => n * v.split(ID_SEPARATOR).length, 1);
	if (f.har_valt !== String(cells)) throw new BraProtocolError('vantapopup', `har_valt is ${f.har_valt} but the lists make ${cells} cells`);
	return f;
}
