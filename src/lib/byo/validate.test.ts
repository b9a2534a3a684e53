// Row-by-row validation: unmatched names with suggestions, duplicates, non-numeric cells, counts that contradict each
// other; markup in names stays text; the 2007 level carries to today's 13 only where the counts allow.
import { describe, expect, it } from 'vitest';
import { parseText } from './parseTable';
import { buildAreaIndex } from './matchAreas';
import { guessMapping } from './guessMapping';
import { datasetName, validateTable, indicatorId } from './validate';
import { carryTo2020 } from './carry';
import { TEST_AREAS } from './testAreas';

const index = buildAreaIndex(TEST_AREAS);
const opts = { level: 'stadsdelsomrade' as const, year: 2025, unit: 'count' as const, fileName: 'test.csv', now: new Date('2026-01-02T03:04:05Z') };

function table(text: string) {
	const r = parseText(text);
	if (!r.ok) throw new Error('parse failed');
	return r.table;
}

describe('guessMapping', () => {
	it('finds the area column by matches and optional columns by header', () => {
		const t = table('namn;kod;år;andel;täljare;nämnare;n;felmarginal\nX;bromma;2024;10;1;10;50;2\nY;farsta;2024;20;2;10;60;3');
		const { mapping, level } = guessMapping(t, index);
		expect(level).toBe('stadsdelsomrade');
		expect(mapping).toEqual({ area: 1, values: [3], year: 2, numerator: 4, denominator: 5, n: 6, moe: 7 });
	});
});

describe('validateTable', () => {
	it('a column that writes decimals with a comma in most rows and a point in one: that row is refused, not read a second way', () => {
		const t = table(['område;Syntetisk andel;Syntetiskt antal', 'Bromma;12,5;10', 'Farsta;3.5;20', 'Norrmalm;1 234,5;30', 'Kungsholmen;7;40'].join('\n'));
		const { report, dataset } = validateTable(t, { area: 0, values: [1, 2], year: null, numerator: null, denominator: null, n: null, moe: null }, index, opts);
		expect(report.issues).toEqual([
			{ line: 3, kind: 'mixed-decimal', column: 'Syntetisk andel', cell: '3.5', decimal: { mark: '.', other: { line: 2, cell: '12,5', decimal: ',' }, even: false } }
		]);
		// The refused cell is left out of its column only; the row's other column, with no decimals, is used.
		expect(dataset.observations.filter((o) => o.indicator === 'egen_syntetisk_andel').map((o) => [o.code, o.value])).toEqual([
			['bromma', 12.5],
			['norrmalm', 1234.5],
			['kungsholmen', 7]
		]);
		expect(dataset.observations.filter((o) => o.indicator === 'egen_syntetiskt_antal')).toHaveLength(4);
	});

	it('a count column mixing "1.234,5" and "1,234.5" refuses both rows (as many of each), with the column named', () => {
		const t = table(['område;andel;täljare;nämnare', 'Bromma;10;1.234,5;20000', 'Farsta;10;1,234.5;20000', 'Norrmalm;10;12;100'].join('\n'));
		const { report, dataset } = validateTable(t, { area: 0, values: [1], year: null, numerator: 2, denominator: 3, n: null, moe: null }, index, opts);
		expect(report.issues.map((i) => [i.line, i.kind, i.column, i.cell])).toEqual([
			[2, 'mixed-decimal', 'täljare', '1.234,5'],
			[3, 'mixed-decimal', 'täljare', '1,234.5']
		]);
		expect(dataset.observations.map((o) => o.code)).toEqual(['norrmalm']);
	});

	it('decimals all written one way (a comma, with points grouping thousands) are not mixed', () => {
		const t = table(['område;värde', 'Bromma;1.234,5', 'Farsta;12,5', 'Norrmalm;7'].join('\n'));
		const { report } = validateTable(t, { area: 0, values: [1], year: null, numerator: null, denominator: null, n: null, moe: null }, index, opts);
		expect(report.issues).toEqual([]);
	});

	it('reports unmatched (with suggestions), duplicates and non-numeric cells by row, and leaves them out', () => {
		const t = table(
			['område;värde', 'Bromma;10', 'Skarholmn;20', 'Farsta;30', 'farsta;31', 'Kungsholmen;abc', 'Norrmalm;..', ';5', 'Göteborg;7'].join('\n')
		);
		const { report, dataset } = validateTable(t, { area: 0, values: [1], year: null, numerator: null, denominator: null, n: null, moe: null }, index, opts);
		expect(report.issues).toEqual([
			{ line: 3, kind: 'unmatched', column: 'område', cell: 'Skarholmn', suggestions: ['Skärholmen'] },
			{ line: 5, kind: 'duplicate', column: 'område', cell: 'farsta', firstLine: 4 },
			{ line: 6, kind: 'not-a-number', column: 'värde', cell: 'abc' },
			{ line: 7, kind: 'missing-marker', column: 'värde', cell: '..' },
			{ line: 8, kind: 'area-empty', column: 'område' },
			{ line: 9, kind: 'unmatched', column: 'område', cell: 'Göteborg', suggestions: [] }
		]);
		// Farsta appears twice with different figures: neither is used. Norrmalm is kept as missing, never 0.
		expect(dataset.observations.map((o) => [o.code, o.value])).toEqual([
			['bromma', 10],
			['norrmalm', null]
		]);
		expect(report).toMatchObject({ rowsRead: 8, rowsUsed: 2 });
		expect(dataset.indicators).toEqual([
			{ id: 'egen_varde', name: 'värde', unit: 'count', decimals: 0, aggregation: { kind: 'not_aggregable', weight: null }, years: [2025], levels: ['stadsdelsomrade'] }
		]);
	});

	it('checks numerator ≤ denominator, non-negative counts and margins, and years', () => {
		const t = table(['kod;år;andel;täljare;nämnare;n;felmarginal', 'bromma;2024;50;5;10;40;3', 'farsta;2024;150;15;10;40;3', 'norrmalm;2024;10;-1;10;40;3', 'kungsholmen;2024;10;1;0;40;3', 'sodermalm;24;10;1;10;40;3', 'skarpnack;2024;10;1;10;-2;3', 'ostermalm;2024;10;1;10;40;-1'].join('\n'));
		const { report, dataset } = validateTable(t, { area: 0, values: [2], year: 1, numerator: 3, denominator: 4, n: 5, moe: 6 }, index, opts);
		expect(report.issues.map((i) => [i.line, i.kind])).toEqual([
			[3, 'numerator-gt-denominator'],
			[4, 'negative-count'],
			[5, 'denominator-not-positive'],
			[6, 'bad-year'],
			[7, 'negative-count'],
			[8, 'negative-moe']
		]);
		expect(dataset.observations).toEqual([
			{ indicator: 'egen_andel', level: 'stadsdelsomrade', code: 'bromma', year: 2024, value: 50, numerator: 5, denominator: 10, n: 40, moe: 3 }
		]);
		expect(dataset.indicators[0]!.aggregation).toEqual({ kind: 'ratio', scale: 100 });
	});

	it('a percent sign makes the unit percent; several value columns make several indicators with unique ids', () => {
		const t = table('område;Andel trygga;Andel trygga (2)\nBromma;45,5 %;1\nFarsta;50 %;2');
		const { dataset } = validateTable(t, { area: 0, values: [1, 2], year: null, numerator: null, denominator: null, n: null, moe: null }, index, {
			...opts,
			takenIds: new Set(['egen_andel_trygga'])
		});
		expect(dataset.indicators.map((i) => [i.id, i.unit, i.decimals])).toEqual([
			['egen_andel_trygga_2', 'percent', 1],
			['egen_andel_trygga_2_2', 'count', 0]
		]);
	});

	it('HTML and script in names stay plain text in the report', () => {
		const t = table('område;värde\n<script>alert(1)</script>;1\n<b onmouseover=x>Bromma</b>;2');
		const { report } = validateTable(t, { area: 0, values: [1], year: null, numerator: null, denominator: null, n: null, moe: null }, index, opts);
		expect(report.issues.map((i) => i.cell)).toEqual(['<script>alert(1)</script>', '<b onmouseover=x>Bromma</b>']);
	});

	it('refuses ambiguous numbers ("1,234": thousands or decimals?) and implausibly large ones by row, in any number column', () => {
		// Synthetic comma-separated table, as an English spreadsheet writes it.
		const t = table(
			[
				'område,värde,n',
				'Bromma,"1,234",10',
				'Farsta,"12,5",10', // one decimal mark in the column: a point here would mix two (see the test above)
				'Norrmalm,1e308,10',
				'Kungsholmen,-1e308,10',
				'Södermalm,99999999999999999999999,10',
				'Skarpnäck,"1 234,5",10',
				'Östermalm,"0,125",10',
				'Spånga-Tensta,5,"2.000"',
				'Skärholmen,5,1e13',
				'Rinkeby-Kista,-1000000000000,10'
			].join('\n')
		);
		const { report, dataset } = validateTable(t, { area: 0, values: [1], year: null, numerator: null, denominator: null, n: 2, moe: null }, index, opts);
		expect(report.issues).toEqual([
			{ line: 2, kind: 'ambiguous-number', column: 'värde', cell: '1,234' },
			{ line: 4, kind: 'too-large', column: 'värde', cell: '1e308' },
			{ line: 5, kind: 'too-large', column: 'värde', cell: '-1e308' },
			{ line: 6, kind: 'too-large', column: 'värde', cell: '99999999999999999999999' },
			{ line: 9, kind: 'ambiguous-number', column: 'n', cell: '2.000' },
			{ line: 10, kind: 'too-large', column: 'n', cell: '1e13' }
		]);
		expect(dataset.observations.map((o) => [o.code, o.value])).toEqual([
			['farsta', 12.5],
			['skarpnack', 1234.5],
			['ostermalm', 0.125],
			['rinkeby-kista', -1e12]
		]);
		expect(report).toMatchObject({ rowsRead: 10, rowsUsed: 4 });
	});

	it.each([null, Number.NaN, 0, -5, 1899, 2101, 99999, 2024.7])('a fixed year of %s refuses every row: no indicator with year 0 or null', (year) => {
		const t = table('område;värde\nBromma;10\nFarsta;20');
		const { report, dataset } = validateTable(t, { area: 0, values: [1], year: null, numerator: null, denominator: null, n: null, moe: null }, index, { ...opts, year });
		expect(report.issues.map((i) => [i.line, i.kind])).toEqual([
			[2, 'bad-year'],
			[3, 'bad-year']
		]);
		expect(report.rowsUsed).toBe(0);
		expect(dataset.observations).toEqual([]);
		expect(dataset.indicators[0]!.years).toEqual([]);
	});

	it.each([1900, 2024, 2100])('a fixed year of %s is used', (year) => {
		const t = table('område;värde\nBromma;10');
		const { report, dataset } = validateTable(t, { area: 0, values: [1], year: null, numerator: null, denominator: null, n: null, moe: null }, index, { ...opts, year });
		expect(report.issues).toEqual([]);
		expect(dataset.indicators[0]!.years).toEqual([year]);
	});

	it('ids fit the URL state', () => {
		expect(indicatorId('Andel (%) som känner sig trygga!', new Set())).toBe('egen_andel_som_kanner_sig_trygga');
		expect(indicatorId('***', new Set())).toBe('egen_varde');
		expect(indicatorId('x'.repeat(200), new Set())).toMatch(/^[a-z0-9_]{1,80}$/);
	});
});

describe('carryTo2020', () => {
	it('keeps unchanged areas and combines Hägersten-Liljeholmen + Älvsjö only from counts', () => {
		const t = table('område;andel;täljare;nämnare\nBromma;50;5;10\nHägersten-Liljeholmen;20;2;10\nÄlvsjö;40;12;30');
		const o2007 = { ...opts, level: 'stadsdelsomrade2007' as const };
		const { dataset } = validateTable(t, { area: 0, values: [1], year: null, numerator: 2, denominator: 3, n: null, moe: null }, index, o2007);
		const carried = carryTo2020(dataset.indicators[0]!, dataset.observations, TEST_AREAS);
		const ha = carried.find((r) => r.code === 'hagersten-alvsjo')!;
		expect(ha.value).toBeCloseTo((100 * 14) / 40); // 35, not the mean of 20 and 40 (30)
		expect(carried.find((r) => r.code === 'bromma')).toMatchObject({ level: 'stadsdelsomrade', value: 50 });
		expect(carried).toHaveLength(2);

		const noCounts = validateTable(t, { area: 0, values: [1], year: null, numerator: null, denominator: null, n: null, moe: null }, index, o2007).dataset;
		const c2 = carryTo2020(noCounts.indicators[0]!, noCounts.observations, TEST_AREAS);
		expect(c2.find((r) => r.code === 'hagersten-alvsjo')!.value).toBeNull();
	});
});

describe('datasetName', () => {
	it('keeps a new name, and numbers one already taken so two datasets never read alike', () => {
		expect(datasetName('syntetisk.csv', [])).toBe('syntetisk.csv');
		expect(datasetName('inklistrad tabell', ['inklistrad tabell'])).toBe('inklistrad tabell (2)');
		expect(datasetName('inklistrad tabell', ['inklistrad tabell', 'inklistrad tabell (2)'])).toBe('inklistrad tabell (3)');
	});
});
