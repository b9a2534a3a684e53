// The app's own CSV download of the map, uploaded again as an own table (say after an official added a column): it
// is written here by the functions the map's share menu uses (mapColumns → csvTable, mapShare → composeShare →
// toCsv), never copied by hand, so a change to the writer is tested against the reader. The view is synthetic.
import { describe, expect, it } from 'vitest';
import { csvTable } from '$lib/share/dataColumns';
import { toCsv, type CsvVariant } from '$lib/share/csv';
import { composeShare } from '$lib/share/shareTexts';
import { mapColumns, mapShare } from '$lib/ui/map/mapShare';
import type { MapArea } from '$lib/model/mapView';
import { parseFile, type XlsxReader } from './parseTable';
import { buildAreaIndex } from './matchAreas';
import { guessMapping } from './guessMapping';
import { tableNotes } from './tableNotes';
import { validateTable } from './validate';
import { TEST_AREAS } from './testAreas';

const index = buildAreaIndex(TEST_AREAS);
const noXlsx: XlsxReader = async () => {
	throw new Error('not a workbook');
};

// Synthetic view: three areas, one without a value; a definition with a semicolon, commas and quotes (each variant
// then quotes its meta line).
const areas: MapArea[] = [
	{ code: 'rinkeby-kista', name: 'Rinkeby-Kista', value: 29.5, rank: 1, status: 'ok' , coverage: null },
	{ code: 'bromma', name: 'Bromma', value: 7.25, rank: 2, status: 'ok' , coverage: null },
	{ code: 'farsta', name: 'Farsta', value: null, rank: null, status: 'missing' , coverage: null }
];
const view = {
	state: { indicator: 'syntetisk', year: 2024, level: 'stadsdelsomrade' as const, groupings: ['fokus'], area: null, compare: false, custom: null },
	meta: {
		name: { sv: 'Syntetisk andel', en: 'Synthetic share' },
		description: { sv: 'Andel av de boende; syntetisk, "citerad","tät" definition', en: 'Share of residents; synthetic' },
		source: { publisher: 'Syntetisk källa', table: 'Tabell X, 2024', licence: 'CC0' },
		caveats: [{ sv: 'Syntetiskt förbehåll; "citerat", med komma', en: 'Synthetic caveat' }]
	}
};

function mapCsv(variant: CsvVariant): string {
	const columns = mapColumns({
		unit: 'percent',
		format: (v) => String(v),
		membership: new Map([['rinkeby-kista', ['Fokusområde', 'Syntetisk grupp']]]),
		lowNText: () => '',
		intervalText: () => '',
		n: null,
		hasIntervals: false
	});
	const spec = mapShare({ view, legend: [], outlines: [{ label: 'Fokusområde', dash: '6 3' }], key: { city: 'Hela staden: 21,0 %', method: 'Klassindelning: kvantiler.' }, summary: '', ownFile: null });
	const words = { dated: 'Data byggda 1 december 2026', processed: 'Bearbetning: Stadsdelskollen', linkLabel: 'Länk till exakt den här vyn', locale: 'sv' as const };
	const { csvMeta } = composeShare(spec, { origin: 'https://example.org', pathname: '/' }, '2026-12-01T10:00:00Z', words);
	return toCsv(csvTable(columns, areas), csvMeta, variant);
}

/** The line of the file (1-based) that begins with `start`, counted as a text editor or Excel counts them. */
const lineOf = (text: string, start: string) => text.split(/\r\n|\n/).findIndex((l) => l.startsWith(start)) + 1;

describe.each(['excel-sv', 'plain'] as CsvVariant[])('the map CSV as downloaded (%s), uploaded again', (variant) => {
	const text = mapCsv(variant);

	it('is what the download holds: meta lines first, each one cell, quoted where it holds a quote or a separator', () => {
		const nl = variant === 'excel-sv' ? '\r\n' : '\n';
		expect(text.replace(/^\ufeff/, '').startsWith('"# Syntetisk andel, 2024')).toBe(true);
		expect(text).toContain(`${nl}"# Definition: Andel av de boende; syntetisk, ""citerad"",""tät"" definition"${nl}`);
		// The indicator's caveats travel with the figures, one meta line each.
		expect(text).toContain(`${nl}"# Förbehåll: Syntetiskt förbehåll; ""citerat"", med komma"${nl}`);
	});

	it("reads its header and rows, numbered as the file's lines", async () => {
		const r = await parseFile(new TextEncoder().encode(text), 'syntetisk-andel-2024.csv', noXlsx);
		if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
		expect(r.table.columns).toEqual(['Område', 'kod', 'Värde (%)', 'Anmärkning', 'Rang', 'Ingår i']);
		expect(r.table.separator).toBe(variant === 'excel-sv' ? ';' : ',');
		expect(r.table.rows.map((x) => [x.line, x.cells[0]])).toEqual(areas.map((a) => [lineOf(text, a.name), a.name]));
		expect(r.table.rows[0]!.cells[5]).toBe('Fokusområde, Syntetisk grupp');
	});

	it('finds the area and value columns, and its figures are read back exactly, the missing one missing', async () => {
		const r = await parseFile(new TextEncoder().encode(text), 'syntetisk-andel-2024.csv', noXlsx);
		if (!r.ok) throw new Error('refused');
		const guess = guessMapping(r.table, index);
		expect(guess.level).toBe('stadsdelsomrade');
		expect(r.table.columns[guess.mapping.area]).toBe('Område');
		expect(guess.mapping.values.map((i) => r.table.columns[i])).toContain('Värde (%)');
		expect(tableNotes(r.table, guess)).toEqual([]);
		const { dataset, report } = validateTable(r.table, { ...guess.mapping, values: [2] }, index, {
			level: 'stadsdelsomrade',
			year: 2024,
			unit: 'percent',
			fileName: 'syntetisk-andel-2024.csv'
		});
		expect(report.issues.filter((i) => i.kind === 'unmatched' || i.kind === 'not-a-number')).toEqual([]);
		expect(dataset.observations.map((o) => [o.code, o.value])).toEqual([
			['rinkeby-kista', 29.5],
			['bromma', 7.25],
			['farsta', null] // the empty cell stays missing
		]);
	});

	it('ends with its last data row: the writer puts no source or note after the table', () => {
		const lines = text.split(/\r\n|\n/).filter((l) => l !== '');
		expect(lines.at(-1)!.startsWith('Farsta')).toBe(true);
	});
});

// A name that the writer made inert (a dataset named "=…" by its user, an own grouping named "+…") reads back as it was
// named, and the negative figure beside it, written as a number, as that number.
describe.each(['excel-sv', 'plain'] as CsvVariant[])('names that look like formulas (%s), uploaded again', (variant) => {
	const table = {
		columns: [
			{ key: 'name', label: 'Område' },
			{ key: 'value', label: '=Mitt index (%)' },
			{ key: 'group', label: 'Ingår i' }
		],
		rows: [
			{ name: 'Rinkeby-Kista', value: -3.25, group: '+Min grupp, =1+1' },
			{ name: 'Bromma', value: 7, group: '@grupp' }
		]
	};
	const text = toCsv(table, { title: '=Mitt index', source: 'egen data: =fil.csv', definition: '', notes: [] }, variant);

	it('holds them made inert, and reads them back to the same names and values', async () => {
		expect(text).toContain("'=Mitt index (%)");
		const r = await parseFile(new TextEncoder().encode(text), 'mitt-index.csv', noXlsx);
		if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
		expect(r.table.columns).toEqual(['Område', '=Mitt index (%)', 'Ingår i']);
		expect(r.table.rows.map((x) => x.cells)).toEqual([
			['Rinkeby-Kista', variant === 'plain' ? '-3.25' : '-3,25', '+Min grupp, =1+1'],
			['Bromma', '7', '@grupp']
		]);
		const { dataset } = validateTable(r.table, { area: 0, values: [1], year: null, numerator: null, denominator: null, n: null, moe: null }, index, {
			level: 'stadsdelsomrade',
			year: 2024,
			unit: 'percent',
			fileName: 'mitt-index.csv'
		});
		expect(dataset.indicators.map((i) => i.name)).toEqual(['=Mitt index (%)']);
		expect(dataset.observations.map((o) => [o.code, o.value])).toEqual([
			['rinkeby-kista', -3.25],
			['bromma', 7]
		]);
	});
});
