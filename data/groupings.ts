// Policy and police groupings of areas (Fokusområden, Stadsdelslyftet, Polisen's utsatta områden) with citations,
// their memberships at every level where they can be defended, and an "övriga staden" complement for each.
import type { Area, Grouping, Level, Localised } from '../src/lib/types/dataset.ts';
import { complementMemberships, carryMembership, type Memberships } from './geometry/membership.ts';
import type { UtsattaEvidence } from './geometry/utsattaEvidence.ts';
import { slug } from './slug.ts';

/**
 * An area counts as part of the 2023 utsatta områden when at least this share of its land lies inside their polygons,
 * or when it holds at least this share of one område's land (so Husby and Vårberg, whose RegSO are half
 * parkland, are still represented at every level).
 */
export const UTSATTA_2023_MIN_SHARE = 0.5;

const FOKUS_SDO = ['Rinkeby-Kista', 'Spånga-Tensta', 'Skärholmen', 'Farsta'];
const FOKUS_STADSDELAR = ['Hagsätra', 'Rågsved'];
const LYFTET_SDO = ['Rinkeby-Kista', 'Spånga-Tensta', 'Skärholmen', 'Enskede-Årsta-Vantör', 'Hässelby-Vällingby', 'Hägersten-Älvsjö'];

function codesAt(areas: Area[], level: Level): Set<string> {
	return new Set(areas.filter((a) => a.level === level).map((a) => a.code));
}

function requireCodes(areas: Area[], level: Level, codes: string[], id: string): string[] {
	const known = codesAt(areas, level);
	const missing = codes.filter((c) => !known.has(c));
	if (missing.length) throw new Error(`grouping ${id}: no ${level} area with code ${missing.join(', ')}`);
	return [...codes].sort();
}

type Definition = Omit<Grouping, 'memberships' | 'complementOf'> & { explicit?: Memberships };

function fokus(areas: Area[]): Definition {
	const sdo = new Set(FOKUS_SDO.map(slug));
	const stadsdelar = areas
		.filter((a) => a.level === 'stadsdel' && (sdo.has(a.parents.stadsdelsomrade ?? '') || FOKUS_STADSDELAR.map(slug).includes(a.code)))
		.map((a) => a.code);
	return {
		id: 'fokus2025',
		name: { sv: 'Fokusområden 2025', en: 'Focus areas 2025' },
		definition: {
			sv: 'Stockholms stads fokusområden enligt budget 2025: Järva (stadsdelsområdena Rinkeby-Kista och Spånga-Tensta), Hagsätra-Rågsved (stadsdelarna Hagsätra och Rågsved), Skärholmen och Farsta (stadsdelsområden). Här som stadsdelar; en stadsdel som delas mellan stadsdelsområden räknas till det där det mesta av dess landyta ligger.',
			en: "The City of Stockholm's focus areas in its 2025 budget: Järva (the Rinkeby-Kista and Spånga-Tensta stadsdelsområden), Hagsätra-Rågsved (the Hagsätra and Rågsved stadsdelar), Skärholmen and Farsta (stadsdelsområden). Defined here as stadsdelar; a stadsdel split between stadsdelsområden goes to the one holding most of its land."
		},
		citation: 'Stockholms stad, Budget 2025 (kommunfullmäktige): fokusområdena Järva, Hagsätra-Rågsved, Skärholmen och Farsta. Återgivet i Farsta stadsdelsförvaltnings tjänsteutlåtande "Motion om Stadsdelslyftet, KS 2025/652. Remiss".',
		citationLang: 'sv',
		url: '',
		level: 'stadsdel',
		members: requireCodes(areas, 'stadsdel', stadsdelar, 'fokus2025'),
		note: {
			sv: 'Kartan visar som standard stadsdelsnivån, som följer definitionen. På stadsdelsområdesnivå visas bara de fyra hela stadsdelsområdena (Rinkeby-Kista, Spånga-Tensta, Skärholmen, Farsta): Hagsätra och Rågsved ligger i Enskede-Årsta-Vantör, som inte är ett fokusområde.',
			en: 'The map shows the stadsdel level by default, which follows the definition. At stadsdelsområde level only the four whole stadsdelsområden are members (Rinkeby-Kista, Spånga-Tensta, Skärholmen, Farsta): Hagsätra and Rågsved lie in Enskede-Årsta-Vantör, which is not a focus area.'
		}
	};
}

function stadsdelslyftet(areas: Area[]): Definition {
	return {
		id: 'stadsdelslyftet',
		name: { sv: 'Stadsdelslyftet (motion KS 2025/652)', en: 'Stadsdelslyftet (motion KS 2025/652)' },
		definition: {
			sv: 'Förslag i en motion (L) om att bredda Fokus Järva till ett "Stadsdelslyft" som även omfattar Skärholmen, Enskede-Årsta-Vantör, Hässelby-Vällingby och Hägersten-Älvsjö: sex stadsdelsområden. Ett förslag, inte ett beslut.',
			en: 'Proposed in a Liberal motion: widen Fokus Järva into a "Stadsdelslyft" that also covers Skärholmen, Enskede-Årsta-Vantör, Hässelby-Vällingby and Hägersten-Älvsjö: six stadsdelsområden. A proposal, not a decision.'
		},
		citation: 'Motion av Jan Jönsson (L) och Anne-Lie Elfvén (L) om Stadsdelslyftet, Stockholms stad, kommunstyrelsen, dnr KS 2025/652.',
		citationLang: 'sv',
		url: '',
		level: 'stadsdelsomrade',
		members: requireCodes(areas, 'stadsdelsomrade', LYFTET_SDO.map(slug), 'stadsdelslyftet'),
		note: null
	};
}

function utsattaMembers(evidence: UtsattaEvidence, level: Level): string[] {
	const min = UTSATTA_2023_MIN_SHARE;
	const pick = (shares: Map<string, number> | undefined) => [...(shares ?? [])].filter(([, s]) => s >= min).map(([c]) => c);
	return [...new Set([...pick(evidence.landShare2023[level]), ...pick(evidence.holdsShare2023[level])])].sort();
}

function utsatta2023(areas: Area[], evidence: UtsattaEvidence): Definition {
	const min = UTSATTA_2023_MIN_SHARE;
	return {
		id: 'utsatta2023',
		name: { sv: 'Utsatta områden 2023 (Polisen)', en: 'Vulnerable areas 2023 (Police)' },
		definition: {
			sv: `Polisens utsatta och särskilt utsatta områden i Stockholms kommun, lägesbild december 2023 (sex områden). En DeSO, RegSO, stadsdel eller ett valdistrikt räknas som del av dem när minst ${min * 100} % av dess landyta ligger inom områdenas polygoner, eller när minst ${min * 100} % av ett områdes landyta ligger i den.`,
			en: `The Swedish Police's vulnerable and particularly vulnerable areas in Stockholm kommun, December 2023 status (six areas). A DeSO, RegSO, stadsdel or valdistrikt counts as part of them when at least ${min * 100} % of its land lies inside their polygons, or when it holds at least ${min * 100} % of one area's land.`
		},
		citation: 'Polismyndigheten, Utsatta områden 2023 (polygoner, shapefil uso_2023, lägesbild december 2023). Källa: Polismyndigheten.',
		citationLang: 'sv',
		url: '',
		level: 'deso',
		members: requireCodes(areas, 'deso', utsattaMembers(evidence, 'deso'), 'utsatta2023'),
		explicit: {
			regso: requireCodes(areas, 'regso', utsattaMembers(evidence, 'regso'), 'utsatta2023'),
			stadsdel: utsattaMembers(evidence, 'stadsdel'),
			valdistrikt2018: utsattaMembers(evidence, 'valdistrikt2018'),
			valdistrikt2022: utsattaMembers(evidence, 'valdistrikt2022')
		},
		note: {
			sv: 'Kartan ritar Polisens egna polygoner; statistiken visas för DeSO enligt regeln ovan. RegSO, stadsdelar och valdistrikt prövas var för sig mot polygonerna, inte via DeSO.',
			en: "The map draws the Police's own polygons; statistics are shown for DeSO by the rule above. RegSO, stadsdelar and valdistrikt are tested against the polygons directly, not through DeSO."
		}
	};
}

function utsatta2025(areas: Area[], evidence: UtsattaEvidence): Definition {
	const unmatched = evidence.regso2025List.filter((r) => !r.regso.length).map((r) => r.omrade);
	return {
		id: 'utsatta2025',
		name: { sv: 'Utsatta områden 2025 (Polisen)', en: 'Vulnerable areas 2025 (Police)' },
		definition: {
			sv: `Polisens lista över utsatta och särskilt utsatta områden 2025 i Stockholms kommun, kopplad till RegSO med samma namn. Polygoner för 2025 finns inte här.${unmatched.length ? ` Utan RegSO med samma namn: ${unmatched.join(', ')}.` : ''}`,
			en: `The Swedish Police's 2025 list of vulnerable and particularly vulnerable areas in Stockholm kommun, matched to RegSO by name. No 2025 polygons are held here.${unmatched.length ? ` No RegSO of the same name: ${unmatched.join(', ')}.` : ''}`
		},
		citation: 'Polismyndigheten, Lägesbild över utsatta områden 2025 (december 2025), tabell 19. Källa: Polismyndigheten.',
		citationLang: 'sv',
		url: '',
		level: 'regso',
		members: requireCodes(areas, 'regso', [...new Set(evidence.regso2025List.flatMap((r) => r.regso))], 'utsatta2025'),
		note: {
			sv: 'RegSO med samma namn approximerar Polisens gränser; ett område utan RegSO med sitt namn finns inte med.',
			en: "RegSO of the same name approximate the Police's boundaries; an area without a RegSO of its name is not represented."
		}
	};
}

function ovriga(of: Grouping, areas: Area[]): Grouping {
	const name = (s: Localised): Localised => ({ sv: `Övriga staden (utanför ${s.sv})`, en: `Rest of the city (outside ${s.en})` });
	const memberships = complementMemberships(areas, of.memberships);
	return {
		id: `ovriga_${of.id}`,
		name: name(of.name),
		definition: {
			sv: `Alla områden i Stockholms kommun som inte hör till ${of.name.sv}, på varje nivå där den gruppen finns.`,
			en: `Every area of Stockholm kommun not in ${of.name.en}, at each level where that grouping exists.`
		},
		citation: of.citation,
		citationLang: of.citationLang,
		url: of.url,
		level: of.level,
		members: memberships[of.level] ?? [],
		memberships,
		complementOf: of.id,
		note: of.note
	};
}

export function buildGroupings(areas: Area[], evidence: UtsattaEvidence): Grouping[] {
	const definitions = [fokus(areas), stadsdelslyftet(areas), utsatta2023(areas, evidence), utsatta2025(areas, evidence)];
	return definitions.flatMap(({ explicit, ...d }) => {
		const grouping: Grouping = {
			...d,
			memberships: carryMembership(areas, { ...explicit, [d.level]: d.members }, d.level),
			complementOf: null
		};
		return [grouping, ovriga(grouping, areas)];
	});
}
