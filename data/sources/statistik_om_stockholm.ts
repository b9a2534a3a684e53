// Tables transcribed from the city's former statistics site (Statistik om Stockholm): pre-2020 stadsdelsområden,
// the three city parts and the whole city, 2000–2017.
import type { Indicator, Level, TextLang, Unit } from '../../src/lib/types/dataset.ts';
import type { TracedObservation } from '../types.ts';
import { parseCsv, parseNumber, readMirrorText, type LoadContext, type TracedSourceResult } from '../csv.ts';
import { slug } from '../slug.ts';
import { entryFor, FOREIGN_BACKGROUND_SHARE_ID, numeratorIdFor, POPULATION_ID } from './statistik_om_stockholm_catalogue.ts';

const FILE = 'stats/statistik_om_stockholm/stadsdelsomraden_tabeller_transkriberade.csv';
const KOMMUN_CODE = '0180';
const FOREIGN_BACKGROUND_TOTAL = 'utlandsk_bakgrund_antal__totalt';

const LEVELS: Record<string, Level> = {
	stadsdelsomrade_2007_2020: 'stadsdelsomrade2007',
	ytterstad_innerstad_region: 'innerstad_ytterstad',
	kommun: 'kommun'
};
const UNITS: Record<string, Unit> = { personer: 'persons', procent: 'percent', tkr: 'sek_thousand', 'antal hushåll': 'households' };
const DECIMALS: Record<Unit, number> = { persons: 0, households: 0, dwellings: 0, count: 0, category: 0, percent: 1, sek_thousand: 1, per_100k: 1 };

/** The yearbook's "Inre staden" is the city part the map calls Innerstaden (the same four stadsdelsområden). */
const CITY_PART_ALIASES: Record<string, string> = { 'inre-staden': 'innerstaden' };

/** Area code for a name at a level: '0180' for the city, otherwise the slug of the name. */
export function areaCode(level: Level, name: string): string {
	if (level === 'kommun') return KOMMUN_CODE;
	const s = slug(name);
	return level === 'innerstad_ytterstad' ? (CITY_PART_ALIASES[s] ?? s) : s;
}

/**
 * The language of the pages an indicator's tables were copied from, so an English page can mark a Swedish title: the
 * yearbook's English pages sit under temp_eng/ and say sprak=eng in their address, the others are Swedish. null when an
 * indicator's tables come from pages in both.
 */
export function pageLang(urls: readonly string[]): TextLang {
	const langs = new Set(urls.map((u): 'sv' | 'en' => (/[?&]sprak=eng(&|$)|\/temp_eng\//.test(u) ? 'en' : 'sv')));
	return langs.size === 1 ? [...langs][0]! : null;
}

function isPrognosis(indicator: string, note: string): boolean {
	return indicator.includes('prognos') || /prognos/i.test(note);
}

interface Meta {
	unit: Unit;
	tables: Set<string>;
	urls: Set<string>;
}

export function parseTranscribed(text: string, file = FILE): TracedSourceResult {
	const warnings: string[] = [];
	const meta = new Map<string, Meta>();
	const observations: TracedObservation[] = [];
	const namesByLevel = new Map<Level, Set<string>>();
	let prognosisRows = 0;

	for (const row of parseCsv(text, file).rows) {
		const where = `${file}:${row.line}`;
		const id = row.get('indicator');
		if (isPrognosis(id, row.get('note'))) {
			prognosisRows += 1;
			continue;
		}
		const level = LEVELS[row.get('area_level')];
		if (!level) throw new Error(`${where}: unknown area_level "${row.get('area_level')}"`);
		const unit = UNITS[row.get('unit')];
		if (!unit) throw new Error(`${where}: unknown unit "${row.get('unit')}"`);
		const m = meta.get(id) ?? { unit, tables: new Set(), urls: new Set() };
		if (m.unit !== unit) throw new Error(`${where}: ${id} changes unit from ${m.unit} to ${unit}`);
		m.tables.add(row.get('source_table'));
		m.urls.add(row.get('source_url'));
		meta.set(id, m);
		const code = areaCode(level, row.get('area_name'));
		namesByLevel.set(level, (namesByLevel.get(level) ?? new Set()).add(code));
		const value = parseNumber(row.get('value'), where);
		observations.push({
			indicator: id,
			level,
			code,
			year: Number(row.get('year')),
			value,
			numerator: null,
			denominator: null,
			status: value === null ? 'missing' : 'ok',
			origin: { file, row: row.line }
		});
	}
	if (prognosisRows > 0) warnings.push(`${file}: skipped ${prognosisRows} prognosis rows (forecasts, not outcomes)`);

	const key = (id: string, o: TracedObservation) => `${id}|${o.level}|${o.code}|${o.year}`;
	const index = new Map(observations.map((o) => [key(o.indicator, o), o]));
	pairShares(observations, index, key);
	observations.push(...foreignBackgroundShares(observations, index, key));
	const totalMeta = meta.get(FOREIGN_BACKGROUND_TOTAL);
	const popMeta = meta.get(POPULATION_ID);
	if (totalMeta && popMeta)
		meta.set(FOREIGN_BACKGROUND_SHARE_ID, { unit: 'percent', tables: new Set([...totalMeta.tables, ...popMeta.tables]), urls: new Set([...totalMeta.urls, ...popMeta.urls]) });
	observations.push(...missingAreas(observations, namesByLevel));

	const indicators: Indicator[] = [...meta].map(([id, m]) => {
		const entry = entryFor(id);
		if (!entry) throw new Error(`${file}: indicator "${id}" has no catalogue entry`);
		const urls = [...m.urls];
		return {
			id,
			...entry,
			caveats: [
				...entry.caveats,
				{
					sv: 'Stadsdelsområdesindelningen 2007–2020 (14 områden, före sammanslagningen till Hägersten-Älvsjö). Siffrorna är handavskrivna från arkiverade sidor.',
					en: 'The 2007–2020 division into 14 districts (before the merger into Hägersten-Älvsjö). Figures were transcribed by hand from archived pages.'
				}
			],
			unit: m.unit,
			source: {
				publisher: 'Stockholms stad, Stadsledningskontoret / Sweco (Statistik om Stockholm)',
				table: [...m.tables].join(' | '),
				tableLang: pageLang(urls),
				url: urls.join(' '),
				licence: 'Ingen licens angiven på sidorna; numeriska fakta med källhänvisning per rad',
				licenceLang: 'sv',
				files: [file]
			},
			years: [],
			levels: [],
			decimals: DECIMALS[m.unit],
			classification: 'quantile'
		};
	});
	return { indicators, observations, inputs: [file], warnings };
}

/** Shares with a published count: numerator = count, denominator = count / share (derived, carries the rounding). */
function pairShares(observations: TracedObservation[], index: Map<string, TracedObservation>, key: (id: string, o: TracedObservation) => string) {
	for (const o of observations) {
		const countId = numeratorIdFor(o.indicator);
		const count = countId ? index.get(key(countId, o))?.value : null;
		if (o.value === null || count == null || o.value <= 0) continue;
		o.numerator = count;
		o.denominator = (count * 100) / o.value;
		o.status = 'derived';
	}
}

/** Foreign-background share 31 Dec = foreign-background total / population of the same date and area. */
function foreignBackgroundShares(observations: TracedObservation[], index: Map<string, TracedObservation>, key: (id: string, o: TracedObservation) => string) {
	return observations.flatMap((o): TracedObservation[] => {
		if (o.indicator !== FOREIGN_BACKGROUND_TOTAL) return [];
		const pop = index.get(key(POPULATION_ID, o))?.value ?? null;
		const ok = o.value !== null && pop !== null && pop > 0;
		return [{ ...o, indicator: FOREIGN_BACKGROUND_SHARE_ID, value: ok ? (100 * o.value!) / pop : null, numerator: ok ? o.value : null, denominator: ok ? pop : null, status: ok ? 'ok' : 'missing' }];
	});
}

/** Areas of a level that a table covers for other areas but skips (e.g. a cut-off page) become explicit missing values. */
function missingAreas(observations: TracedObservation[], codesByLevel: Map<Level, Set<string>>): TracedObservation[] {
	const present = new Map<string, Set<string>>();
	for (const o of observations) {
		const k = `${o.indicator}|${o.level}|${o.year}`;
		present.set(k, (present.get(k) ?? new Set()).add(o.code));
	}
	const out: TracedObservation[] = [];
	for (const [k, codes] of present) {
		const [indicator, level, year] = k.split('|') as [string, Level, string];
		for (const code of codesByLevel.get(level) ?? [])
			if (!codes.has(code)) out.push({ indicator, level, code, year: Number(year), value: null, numerator: null, denominator: null, status: 'missing' });
	}
	return out;
}

export function load(rawDir: string, _ctx: LoadContext = {}): TracedSourceResult {
	return parseTranscribed(readMirrorText(rawDir, FILE));
}
