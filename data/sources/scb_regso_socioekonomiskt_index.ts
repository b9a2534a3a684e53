// SCB/Delmos områdestyp 1–5 per RegSO 2020 (2022, 2023 file labels) and the DeSO 2018 → RegSO 2020 key.
import type { Indicator } from '../../src/lib/types/dataset.ts';
import type { TracedObservation } from '../types.ts';
import { parseCsv, parseNumber, readMirrorText, type LoadContext, type TracedSourceResult } from '../csv.ts';

const DIR = 'stats/scb_regso_socioekonomiskt_index';
export const KEY_FILE = `${DIR}/koppling_deso2018_regso2020.csv`;
const INDEX_FILES: Record<number, string> = {
	2022: `${DIR}/regso_socioekonomiskt_index_2022.csv`,
	2023: `${DIR}/regso_socioekonomiskt_index_2023.csv`
};
const KOMMUN = '0180';

/** RegSO 2020 name → code for one kommun, from SCB's key file (one row per DeSO 2018). */
export function parseRegsoKey(text: string, kommun = KOMMUN, file = KEY_FILE): Map<string, string> {
	const byName = new Map<string, string>();
	for (const row of parseCsv(text, file).rows) {
		if (row.get('Kommun') !== kommun) continue;
		const name = row.get('RegSO_2020');
		const code = row.get('RegSOkod_2020');
		const known = byName.get(name);
		if (known && known !== code) throw new Error(`${file}:${row.line}: RegSO name "${name}" has two codes`);
		byName.set(name, code);
	}
	return byName;
}

/** "Stockholm (Rinkeby)" → "Rinkeby"; null for other kommuner and for the footnote rows. */
export function regsoNameIn(label: string, kommunName = 'Stockholm'): string | null {
	const m = /^(.+?) \((.*)\)$/.exec(label.trim());
	return m && m[1] === kommunName ? m[2]!.trim() : null;
}

export const OMRADESTYP: Indicator = {
	id: 'omradestyp',
	name: { sv: 'Områdestyp (socioekonomiskt index)', en: 'Area type (socio-economic index)' },
	description: {
		sv: 'SCB:s och Delmos indelning av RegSO i fem områdestyper efter ett socioekonomiskt index: 1 = stora socioekonomiska utmaningar, 2 = socioekonomiska utmaningar, 3 = socioekonomiskt blandade, 4 = goda förutsättningar, 5 = mycket goda förutsättningar. En kategori, inte ett mått som kan summeras.',
		en: "SCB's and Delmos' classification of RegSO into five area types by a socio-economic index: 1 = major socio-economic challenges, 2 = socio-economic challenges, 3 = socio-economically mixed, 4 = good conditions, 5 = very good conditions. A category, not a quantity that can be added up."
	},
	theme: 'segregation',
	unit: 'category',
	direction: 'higher_better',
	source: {
		publisher: 'SCB / Delegationen mot segregation (Delmos)',
		table: 'Socioekonomiskt index, områdestyper per RegSO (TAB6586 enligt tredjepartsuppgift)',
		tableLang: 'sv',
		url: 'https://www.statistikdatabasen.scb.se/',
		licence: 'CC0 1.0',
		licenceLang: null,
		files: [INDEX_FILES[2022]!, INDEX_FILES[2023]!, KEY_FILE]
	},
	aggregation: { kind: 'not_aggregable', weight: 'folkmangd' },
	caveats: [
		{
			sv: 'Filerna kommer från ett tredjepartsarkiv. Filen märkt 2023 exporterades först och ersattes sedan av en export märkt 2022 med andra värden för flera områden (t.ex. Akalla 3 år 2022 och 2 år 2023). Båda etiketterna tas som de står; kontrollera mot SCB före publicering.',
			en: 'The files come from a third-party repository. The file labelled 2023 was exported first and later replaced by an export labelled 2022 with different values for several areas (e.g. Akalla 3 in 2022, 2 in 2023). Both labels are taken at face value; check against SCB before publishing.'
		},
		{
			sv: 'RegSO 2020-gränser. Över större områden redovisas ett befolkningsvägt medelvärde av områdenas kategorier med en decimal (ungefärligt, t.ex. 1,7), aldrig en summerad kategori; varje RegSO:s egen kategori står på dess sida.',
			en: "RegSO 2020 boundaries. Over larger areas a population-weighted mean of the areas' categories is shown with one decimal (approximate, e.g. 1.7), never a summed category; each RegSO's own category is on its page."
		}
	],
	years: [],
	levels: [],
	decimals: 0,
	classification: 'quantile'
};

/** One year's områdestyp file → observations for the RegSO names found in the key; unmatched Stockholm names warn. */
export function parseOmradestyp(
	text: string,
	year: number,
	key: Map<string, string>,
	file: string
): { observations: TracedObservation[]; warnings: string[] } {
	const table = parseCsv(text, file);
	const labelColumn = table.columns[0]!;
	const valueColumn = String(year);
	const observations: TracedObservation[] = [];
	const warnings: string[] = [];
	const seen = new Set<string>();
	for (const row of table.rows) {
		const name = regsoNameIn(row.get(labelColumn));
		if (name === null) continue;
		const code = key.get(name);
		if (!code) {
			warnings.push(`${file}:${row.line}: RegSO "${name}" not in the DeSO–RegSO key; dropped`);
			continue;
		}
		// A repeated RegSO is kept twice: the build refuses it with both lines (validate.ts repeatedFigures).
		seen.add(code);
		const value = parseNumber(row.get(valueColumn), `${file}:${row.line}`);
		if (value !== null && !(Number.isInteger(value) && value >= 1 && value <= 5))
			throw new Error(`${file}:${row.line}: områdestyp must be 1–5, got ${value}`);
		observations.push({
			indicator: OMRADESTYP.id,
			level: 'regso',
			code,
			year,
			value,
			numerator: null,
			denominator: null,
			status: value === null ? 'missing' : 'ok',
			origin: { file, row: row.line }
		});
	}
	for (const [name, code] of key)
		if (!seen.has(code)) warnings.push(`${file}: no områdestyp ${year} for RegSO "${name}" (${code})`);
	return { observations, warnings };
}

export function load(rawDir: string, _ctx: LoadContext = {}): TracedSourceResult {
	const key = parseRegsoKey(readMirrorText(rawDir, KEY_FILE));
	const observations: TracedObservation[] = [];
	const warnings: string[] = [];
	for (const [year, file] of Object.entries(INDEX_FILES)) {
		const parsed = parseOmradestyp(readMirrorText(rawDir, file), Number(year), key, file);
		observations.push(...parsed.observations);
		warnings.push(...parsed.warnings);
	}
	return { indicators: [OMRADESTYP], observations, inputs: [KEY_FILE, ...Object.values(INDEX_FILES)], warnings };
}
