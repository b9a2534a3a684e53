// SCB RegSO 2020 tables 2020–2023 for Stockholm: population and foreign-born share, rental share, mean wage income.
import type { Indicator, Source } from '../../src/lib/types/dataset.ts';
import type { TracedObservation } from '../types.ts';
import { accountForColumns, parseCsv, parseNumber, readMirrorText, type CsvTable, type LoadContext, type TracedSourceResult } from '../csv.ts';
import { KEY_FILE, parseRegsoKey, regsoNameIn } from './scb_regso_socioekonomiskt_index.ts';

const DIR = 'stats/scb_regso_2020_2023';
const FILES = {
	foreignBorn: `${DIR}/regso_foreign_born_2020_2023.csv`,
	tenure: `${DIR}/regso_housing_tenure_2020_2023.csv`,
	income: `${DIR}/regso_income_2020_2023.csv`
};

const scb = (table: string, file: string): Source => ({
	publisher: 'SCB (Statistiska centralbyrån)',
	table,
	tableLang: 'sv',
	url: 'https://www.statistikdatabasen.scb.se/',
	licence: 'CC0 1.0',
	licenceLang: null,
	files: [file, KEY_FILE]
});
const regsoCaveat = {
	sv: 'RegSO 2020-gränser. SCB störer små celler i DeSO/RegSO-tabeller och placerar personer utan känd adress i centrala områden.',
	en: 'RegSO 2020 boundaries. SCB perturbs small cells in DeSO/RegSO tables and places persons without a known address in central areas.'
};
const empty = { years: [], levels: [] };

export const FOLKMANGD: Indicator = {
	id: 'folkmangd',
	name: { sv: 'Folkmängd', en: 'Population' },
	description: {
		sv: 'Antal folkbokförda personer den 31 december (RegSO 2020). Används som vikt för medelvärden.',
		en: 'Number of registered residents on 31 December (RegSO 2020). Used as the weight for means.'
	},
	theme: 'context',
	unit: 'persons',
	direction: 'neutral',
	source: scb('Folkmängd efter region (DeSO/RegSO), födelseregion och kön (trolig tabell BE0101Y)', FILES.foreignBorn),
	aggregation: { kind: 'sum' },
	caveats: [regsoCaveat],
	...empty,
	decimals: 0,
	classification: 'quantile'
};

export const UTRIKES_FODDA_ANDEL: Indicator = {
	id: 'utrikes_fodda_andel',
	name: { sv: 'Utrikes födda', en: 'Foreign-born' },
	description: {
		sv: 'Andel av befolkningen den 31 december som är född utomlands: (totalt − födda i Sverige) / totalt × 100.',
		en: 'Share of the population on 31 December born abroad: (total − born in Sweden) / total × 100.'
	},
	theme: 'segregation',
	unit: 'percent',
	direction: 'neutral',
	source: scb('Folkmängd efter region (DeSO/RegSO), födelseregion och kön (trolig tabell BE0101Y)', FILES.foreignBorn),
	aggregation: { kind: 'ratio', scale: 100 },
	caveats: [
		regsoCaveat,
		{
			sv: 'Utrikes född är inte samma sak som utländsk bakgrund (som även räknar in inrikes födda med två utrikes födda föräldrar).',
			en: 'Foreign-born is not the same as foreign background (which also counts those born in Sweden to two foreign-born parents).'
		}
	],
	...empty,
	decimals: 1,
	classification: 'quantile'
};

export const HYRESRATT_ANDEL: Indicator = {
	id: 'hyresratt_andel',
	name: { sv: 'Hyresrätter', en: 'Rental tenure' },
	description: {
		sv: 'Andel hyresrätter av alla enheter (hyresrätt, bostadsrätt, äganderätt, uppgift saknas) per RegSO. Enheten är troligen lägenheter, se förbehåll.',
		en: 'Rental (hyresrätt) share of all units (rental, tenant-owned, owner-occupied, unknown) per RegSO. The unit is most likely dwellings; see caveats.'
	},
	theme: 'segregation',
	unit: 'percent',
	direction: 'neutral',
	source: scb('Lägenheter efter region och upplåtelseform (trolig tabell BO0104 / TAB6638)', FILES.tenure),
	aggregation: { kind: 'ratio', scale: 100 },
	caveats: [
		regsoCaveat,
		{
			sv: 'Osäker enhet: troligen antal lägenheter (BO0104), men kan vara hushåll (HE0111). Värdena motsvarar 2,7–2,9 personer per enhet.',
			en: 'Uncertain unit: most likely dwellings (BO0104), but possibly households (HE0111). The values imply 2.7–2.9 persons per unit.'
		},
		{
			sv: 'Omklassningar i registret ger hopp mellan år (t.ex. äganderätter i Rinkeby 9 → 139 mellan 2020 och 2021).',
			en: 'Register reclassifications cause jumps between years (e.g. owner-occupied units in Rinkeby 9 → 139 from 2020 to 2021).'
		}
	],
	...empty,
	decimals: 1,
	classification: 'quantile'
};

export const LONEINKOMST_MEDEL: Indicator = {
	id: 'loneinkomst_medel',
	name: { sv: 'Löneinkomst, medelvärde', en: 'Wage income, mean' },
	description: {
		sv: 'Medelvärde av löneinkomst för samtliga personer i befolkningsgruppen (troligen 20 år och äldre, även de utan lön), tusen kronor per år. Inte disponibel inkomst eller medianinkomst. Vägs ihop med folkmängden (alla åldrar), vilket är en approximation.',
		en: 'Mean wage income over all persons in the population group (probably aged 20+, including those without wages), thousand SEK per year. Not disposable or median income. Combined over areas weighted by total population (all ages), an approximation.'
	},
	theme: 'segregation',
	unit: 'sek_thousand',
	direction: 'higher_better',
	source: scb('Nettoinkomst efter region (DeSO/RegSO), inkomstkomponent och kön (trolig tabell HE0110I Tab2InkDesoRegso)', FILES.income),
	aggregation: { kind: 'weighted_mean', weight: 'folkmangd', approximate: true },
	caveats: [
		regsoCaveat,
		{
			sv: 'Värdena faller 2021–2023 i de flesta områden, vilket tyder på fasta priser (reala belopp) snarare än löpande. Kontrollera innan jämförelse med andra inkomstserier.',
			en: 'Values fall 2021–2023 in most areas, which suggests constant prices (real terms) rather than current prices. Verify before comparing with other income series.'
		}
	],
	...empty,
	decimals: 1,
	classification: 'quantile'
};

export const INDICATORS = [FOLKMANGD, UTRIKES_FODDA_ANDEL, HYRESRATT_ANDEL, LONEINKOMST_MEDEL];

interface Parsed {
	observations: TracedObservation[];
	warnings: string[];
}

/** The years the tables hold (the folder is scb_regso_2020_2023); each file must have a column for each. */
export const YEARS: readonly number[] = [2020, 2021, 2022, 2023];

/**
 * The year columns ("Antal 2020", "Medelvärde för samtliga, tkr 2021", …) of a table whose other columns are `dims`
 * (region first); any other column, or a year without its column, fails naming the file.
 */
function yearColumns(table: CsvTable, file: string, dims: readonly string[], label: string, years: readonly number[]) {
	const pattern = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} (\\d{4})$`);
	return accountForColumns(table, file, { named: ['region', ...dims], years: { pattern, label: `${label} <year>`, expected: years } });
}

/**
 * Stockholm rows grouped by RegSO code; unknown names and key names absent from the file become warnings. Two rows
 * for the same RegSO and the same `dims` values (e.g. upplåtelseform) fail naming both lines: one would silently win.
 */
function stockholmRows(table: CsvTable, key: Map<string, string>, file: string, dims: readonly string[], warnings: string[]) {
	const byCode = new Map<string, CsvTable['rows']>();
	const lineOf = new Map<string, number>();
	for (const row of table.rows) {
		const name = regsoNameIn(row.get('region'));
		if (name === null) continue;
		const code = key.get(name);
		if (!code) {
			warnings.push(`${file}:${row.line}: RegSO "${name}" not in the DeSO–RegSO key; dropped`);
			continue;
		}
		const what = [`RegSO "${name}" (${code})`, ...dims.map((d) => `${d} "${row.get(d)}"`)].join(', ');
		const first = lineOf.get(what);
		if (first !== undefined) throw new Error(`${file}: lines ${first} and ${row.line} are both ${what}; remove the repeated or conflicting row`);
		lineOf.set(what, row.line);
		byCode.set(code, [...(byCode.get(code) ?? []), row]);
	}
	for (const [name, code] of key) if (!byCode.has(code)) warnings.push(`${file}: no rows for RegSO "${name}" (${code})`);
	return byCode;
}

function obs(
	indicator: string,
	code: string,
	year: number,
	value: number | null,
	numerator: number | null,
	denominator: number | null,
	origin: { file: string; row: number }
): TracedObservation {
	return { indicator, level: 'regso', code, year, value, numerator, denominator, status: value === null ? 'missing' : 'ok', origin };
}

/** Population by födelseregion (Sverige/totalt) → folkmangd and utrikes_fodda_andel per RegSO and year. */
export function parseForeignBorn(text: string, key: Map<string, string>, file = FILES.foreignBorn, years = YEARS): Parsed {
	const table = parseCsv(text, file);
	const dims = ['födelseregion', 'kön'];
	const columns = yearColumns(table, file, dims, 'Antal', years);
	const warnings: string[] = [];
	const observations: TracedObservation[] = [];
	for (const [code, rows] of stockholmRows(table, key, file, dims, warnings)) {
		const total = rows.find((r) => r.get('födelseregion') === 'totalt' && r.get('kön') === 'totalt');
		const sweden = rows.find((r) => r.get('födelseregion') === 'Sverige' && r.get('kön') === 'totalt');
		const at = { file, row: (total ?? sweden ?? rows[0]!).line };
		for (const { column, year } of columns) {
			const t = total ? parseNumber(total.get(column), `${file}:${total.line}`) : null;
			const s = sweden ? parseNumber(sweden.get(column), `${file}:${sweden.line}`) : null;
			observations.push(obs(FOLKMANGD.id, code, year, t, null, null, { file, row: total?.line ?? at.row }));
			const ok = t !== null && s !== null && t > 0;
			const num = ok ? t - s : null;
			observations.push(obs(UTRIKES_FODDA_ANDEL.id, code, year, ok ? (100 * num!) / t : null, num, ok ? t : null, at));
		}
	}
	return { observations, warnings };
}

const TENURES = ['hyresrätt', 'bostadsrätt', 'äganderätt', 'uppgift saknas'];

/** Units by upplåtelseform → hyresratt_andel = hyresrätt / all four forms. Any form missing → value missing. */
export function parseTenure(text: string, key: Map<string, string>, file = FILES.tenure, years = YEARS): Parsed {
	const table = parseCsv(text, file);
	const dims = ['upplåtelseform'];
	const columns = yearColumns(table, file, dims, 'Antal', years);
	const warnings: string[] = [];
	const observations: TracedObservation[] = [];
	for (const [code, rows] of stockholmRows(table, key, file, dims, warnings)) {
		const byForm = new Map(rows.map((r) => [r.get('upplåtelseform'), r]));
		const rental = byForm.get('hyresrätt');
		for (const { column, year } of columns) {
			const counts = TENURES.map((f) => {
				const r = byForm.get(f);
				return r ? parseNumber(r.get(column), `${file}:${r.line}`) : null;
			});
			const complete = counts.every((c): c is number => c !== null);
			const total = complete ? counts.reduce((a, b) => a + b, 0) : null;
			const ok = total !== null && total > 0;
			const num = ok ? counts[0]! : null;
			const at = { file, row: (rental ?? rows[0]!).line };
			observations.push(obs(HYRESRATT_ANDEL.id, code, year, ok ? (100 * num!) / total : null, num, ok ? total : null, at));
		}
	}
	return { observations, warnings };
}

/** Mean wage income (löneinkomst, kön totalt) per RegSO and year, tkr. */
export function parseIncome(text: string, key: Map<string, string>, file = FILES.income, years = YEARS): Parsed {
	const table = parseCsv(text, file);
	const dims = ['inkomstkomponent', 'kön'];
	const columns = yearColumns(table, file, dims, 'Medelvärde för samtliga, tkr', years);
	const warnings: string[] = [];
	const observations: TracedObservation[] = [];
	for (const [code, rows] of stockholmRows(table, key, file, dims, warnings)) {
		const row = rows.find((r) => r.get('inkomstkomponent') === 'löneinkomst' && r.get('kön') === 'totalt');
		if (!row) {
			warnings.push(`${file}: no löneinkomst/totalt row for ${code}`);
			continue;
		}
		for (const { column, year } of columns) {
			const value = parseNumber(row.get(column), `${file}:${row.line}`);
			observations.push(obs(LONEINKOMST_MEDEL.id, code, year, value, null, null, { file, row: row.line }));
		}
	}
	return { observations, warnings };
}

export function load(rawDir: string, _ctx: LoadContext = {}): TracedSourceResult {
	const key = parseRegsoKey(readMirrorText(rawDir, KEY_FILE));
	const parts = [
		parseForeignBorn(readMirrorText(rawDir, FILES.foreignBorn), key),
		parseTenure(readMirrorText(rawDir, FILES.tenure), key),
		parseIncome(readMirrorText(rawDir, FILES.income), key)
	];
	return {
		indicators: INDICATORS,
		observations: parts.flatMap((p) => p.observations),
		inputs: [KEY_FILE, ...Object.values(FILES)],
		warnings: parts.flatMap((p) => p.warnings)
	};
}
