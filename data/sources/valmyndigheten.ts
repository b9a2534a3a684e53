// Valmyndigheten's final results per valdistrikt in Stockholm 2014–2022: turnout and eligible voters per election.
import type { Indicator, Level, Localised } from '../../src/lib/types/dataset.ts';
import type { TracedObservation } from '../types.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv, parseNumber, readMirrorText, type LoadContext, type TracedSourceResult } from '../csv.ts';
import { documentedRowsPerPart, docFolder, SOURCES_DOC } from '../sourcesDoc.ts';

const FILE = 'stats/valmyndigheten/stockholm_0180_valdistrikt_2014_2022.csv';
const KOMMUN = '0180';
const DISTRICT = 'valdistrikt';
const COLLECTION = 'uppsamling_eller_ej_fordelade_fortidsroster';

interface Election {
	key: string;
	slug: string;
	sv: string;
	en: string;
	note?: Localised;
}
const ELECTIONS: Record<string, Election> = {
	R: { key: 'R', slug: 'riksdag', sv: 'riksdagsvalet', en: 'the Riksdag election' },
	L: {
		key: 'L',
		slug: 'region',
		sv: 'regionvalet',
		en: 'the regional election',
		note: { sv: 'År 2018 hette valet landstingsval.', en: 'In 2018 the election was called the county council (landsting) election.' }
	},
	K: { key: 'K', slug: 'kommun', sv: 'kommunvalet (kommunfullmäktige)', en: 'the municipal election (kommunfullmäktige)' }
};

const source = {
	publisher: 'Valmyndigheten',
	table: 'Slutligt valresultat per valdistrikt (2014 riksdag; 2018 R, L; 2022 RI_tab4, RE_tab3, KO_tab3), Stockholmsutdrag',
	tableLang: 'sv' as const,
	url: 'https://www.val.se/',
	licence: 'Öppna data från Valmyndigheten, fri vidareanvändning med källangivelse (exakt licenstext ej verifierad)',
	licenceLang: 'sv' as const,
	files: [FILE]
};

const turnoutCaveats: Localised[] = [
	{
		sv: 'Sena förtidsröster som inte fördelats på valdistrikt räknas i uppsamlingsdistrikt, så valdeltagandet per valdistrikt är något för lågt (2018 ≈ 28 500 röster). Kommunens värde räknar med dem.',
		en: 'Late early votes not assigned to a district are counted in collection districts, so turnout per valdistrikt is slightly low (2018 ≈ 28,500 votes). The city value includes them.'
	},
	{
		sv: 'Valdistriktens gränser ändras mellan val (573 distrikt 2018, 592 år 2022); jämför över tid på en fast indelning, inte distrikt för distrikt.',
		en: 'District boundaries change between elections (573 districts in 2018, 592 in 2022); compare over time on a fixed geography, not district by district.'
	}
];

export function turnoutIndicator(e: Election): Indicator {
	return {
		id: `valdeltagande_${e.slug}`,
		name: { sv: `Valdeltagande, ${e.sv}`, en: `Voter turnout, ${e.en}` },
		description: {
			sv: `Andel av de röstberättigade som röstade i ${e.sv}: röstande / röstberättigade × 100.${e.note ? ' ' + e.note.sv : ''}`,
			en: `Share of eligible voters who voted in ${e.en}: voters / eligible voters × 100.${e.note ? ' ' + e.note.en : ''}`
		},
		theme: 'segregation',
		unit: 'percent',
		direction: 'higher_better',
		source,
		aggregation: { kind: 'ratio', scale: 100 },
		caveats: turnoutCaveats,
		years: [],
		levels: [],
		decimals: 1,
		classification: 'quantile'
	};
}

export function eligibleIndicator(e: Election): Indicator {
	return {
		id: `rostberattigade_${e.slug}`,
		name: { sv: `Röstberättigade, ${e.sv}`, en: `Eligible voters, ${e.en}` },
		description: {
			sv: `Antal röstberättigade i ${e.sv} enligt röstlängden. Vikt för valdeltagandet.`,
			en: `Number of persons eligible to vote in ${e.en}, from the electoral roll. The weight for turnout.`
		},
		theme: 'context',
		unit: 'persons',
		direction: 'neutral',
		source,
		aggregation: { kind: 'sum' },
		caveats: [turnoutCaveats[1]!],
		years: [],
		levels: [],
		decimals: 0,
		classification: 'quantile'
	};
}

export const INDICATORS = Object.values(ELECTIONS).flatMap((e) => [turnoutIndicator(e), eligibleIndicator(e)]);

function districtLevel(year: number, where: string): Level {
	const level = `valdistrikt${year}`;
	if (level !== 'valdistrikt2014' && level !== 'valdistrikt2018' && level !== 'valdistrikt2022') throw new Error(`${where}: no valdistrikt level for ${year}`);
	return level;
}

/**
 * Districts → turnout and eligible voters at valdistrikt<year>; all rows incl. collection rows → the kommun total.
 * `documented`: rows per "<year> <val>"; fewer fails (the file is cut short), more is a warning (a newer file).
 */
export function parseValdistrikt(
	text: string,
	file = FILE,
	documented: Readonly<Record<string, number>> = {}
): { observations: TracedObservation[]; warnings: string[] } {
	const observations: TracedObservation[] = [];
	const counts = new Map<string, number>();
	const totals = new Map<string, { year: number; e: Election; voters: number; eligible: number; row: number; collected: number; nCollection: number }>();
	for (const row of parseCsv(text, file).rows) {
		const where = `${file}:${row.line}`;
		const year = Number(row.get('ar'));
		const e = ELECTIONS[row.get('val')];
		if (!e) throw new Error(`${where}: unknown election type "${row.get('val')}"`);
		const kind = row.get('distriktstyp');
		counts.set(`${year} ${row.get('val')}`, (counts.get(`${year} ${row.get('val')}`) ?? 0) + 1);
		const voters = parseNumber(row.get('rostande'), where);
		const eligible = parseNumber(row.get('rostberattigade'), where);
		const key = `${year}:${e.key}`;
		const total = totals.get(key) ?? { year, e, voters: 0, eligible: 0, row: row.line, collected: 0, nCollection: 0 };
		totals.set(key, total);
		total.voters += voters ?? 0;
		total.eligible += eligible ?? 0;
		if (kind === COLLECTION) {
			total.collected += voters ?? 0;
			total.nCollection += 1;
			continue;
		}
		if (kind !== DISTRICT) throw new Error(`${where}: unknown distriktstyp "${kind}"`);
		const ok = voters !== null && eligible !== null && eligible > 0;
		const base = { level: districtLevel(year, where), code: row.get('valdistriktskod'), year, origin: { file, row: row.line } };
		observations.push({
			...base,
			indicator: `valdeltagande_${e.slug}`,
			value: ok ? (100 * voters) / eligible : null,
			numerator: ok ? voters : null,
			denominator: ok ? eligible : null,
			status: ok ? 'ok' : 'missing'
		});
		observations.push({
			...base,
			indicator: `rostberattigade_${e.slug}`,
			value: eligible,
			numerator: null,
			denominator: null,
			status: eligible === null ? 'missing' : 'ok'
		});
	}
	const warnings: string[] = [];
	for (const [key, want] of Object.entries(documented)) {
		const got = counts.get(key) ?? 0;
		const where = `${file}: ${got} rows for ${key} where stats/SOURCES.md documents ${want}`;
		if (got < want) throw new Error(`${where}; the file is truncated, and the kommun total would be too low`);
		if (got > want) warnings.push(`${where}; a newer or changed file: check its figures and update stats/SOURCES.md`);
	}
	for (const t of totals.values()) {
		const origin = { file, row: t.row };
		const base = { level: 'kommun' as const, code: KOMMUN, year: t.year, origin };
		observations.push(
			{ ...base, indicator: `valdeltagande_${t.e.slug}`, value: (100 * t.voters) / t.eligible, numerator: t.voters, denominator: t.eligible, status: 'ok' },
			{ ...base, indicator: `rostberattigade_${t.e.slug}`, value: t.eligible, numerator: null, denominator: null, status: 'ok' }
		);
		if (t.nCollection > 0)
			warnings.push(
				`${file}: ${t.year} ${t.e.slug}: ${t.collected} voters in ${t.nCollection} collection rows are not assigned to a valdistrikt; counted only in the kommun total`
			);
	}
	return { observations, warnings };
}

export function load(rawDir: string, _ctx: LoadContext = {}): TracedSourceResult {
	// The kommun total sums every row, so a file cut at a line break would lower it quietly: the rows per election that
	// stats/SOURCES.md states are checked (a document that no longer states them fails, rather than dropping the check).
	const doc = `${docFolder(FILE)}/${SOURCES_DOC}`;
	const documented = documentedRowsPerPart(readFileSync(path.join(rawDir, doc), 'utf8'), FILE);
	if (!Object.keys(documented).length) throw new Error(`${doc} no longer states the rows per election of ${FILE} ("2014 R (543 rows)", …)`);
	const { observations, warnings } = parseValdistrikt(readMirrorText(rawDir, FILE), FILE, documented);
	return { indicators: INDICATORS, observations, inputs: [FILE], warnings };
}
