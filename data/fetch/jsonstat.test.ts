import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/synthetic-pxweb-fake.ts';
import { checkShape, JsonStatError, parseDataset, toLongRows } from './jsonstat.ts';

/** A tiny dataset: 2 regions × 1 contents × 2 years, row-major (Tid fastest). */
function tiny(overrides: Record<string, unknown> = {}) {
	return {
		version: '2.0',
		class: 'dataset',
		id: ['Region', 'ContentsCode', 'Tid'],
		size: [2, 1, 2],
		dimension: {
			Region: { category: { index: { A_DeSO2025: 0, B_DeSO2025: 1 } } },
			ContentsCode: { category: { index: ['X'], label: { X: 'x' } } },
			Tid: { category: { index: { '2024': 0, '2025': 1 } } }
		},
		value: [1, 2, 3, 4],
		...overrides
	};
}

describe('parseDataset + toLongRows', () => {
	it('reads the synthetic TAB6574 response in row-major order (last dimension fastest)', () => {
		const ds = parseDataset(fixture('TAB6574-data'), 'TAB6574 data');
		expect(ds.ids).toEqual(['Region', 'Alder', 'Kon', 'ContentsCode', 'Tid']);
		const rows = toLongRows(ds, 'TAB6574 data');
		expect(rows).toHaveLength(3 * 4 * 3);
		// Region 1 (C1020) × Alder 2 (25-29) × Tid 2 (2025): 1·12 + 2·3 + 2 = 20.
		expect(rows[20]).toEqual({
			index: 20,
			region: '0180C1020_DeSO2025',
			time: '2025',
			contents: '000007Y7',
			dims: { Alder: '25-29', Kon: '1+2' },
			value: 300,
			status: null
		});
		expect(ds.dimensions.get('ContentsCode')!.units).toEqual({ '000007Y7': 'antal' });
	});

	it('reads a suppressed cell (status "..") as null, never 0', () => {
		const rows = toLongRows(parseDataset(fixture('TAB6680-data'), 'TAB6680 data'), 'TAB6680 data');
		expect(rows[9]).toMatchObject({ region: '0180C1020_DeSO2025', contents: '0000089W', time: '2024', value: null, status: '..' });
		// Even when a server puts a 0 beside the dots.
		const zero = toLongRows(parseDataset(tiny({ value: [1, 0, 3, 4], status: { '1': '..' } }), 't'), 't');
		expect(zero[1]).toMatchObject({ value: null, status: '..' });
	});

	it('accepts status as a string, an array or an object, and value as an object (JSON-stat 2.0)', () => {
		expect(toLongRows(parseDataset(tiny({ status: '..' }), 't'), 't').map((r) => r.value)).toEqual([null, null, null, null]);
		expect(toLongRows(parseDataset(tiny({ status: [null, 'p', null, null] }), 't'), 't')[1]).toMatchObject({ value: 2, status: 'p' });
		expect(toLongRows(parseDataset(tiny({ value: { '0': 1, '3': 4 } }), 't'), 't').map((r) => r.value)).toEqual([1, null, null, 4]);
	});

	it('accepts a metadata response without values (value [] or null) but not a data response', () => {
		expect(parseDataset(fixture('TAB6574-metadata'), 'm', { metadata: true }).values).toBeNull();
		expect(parseDataset(tiny({ value: null }), 'm', { metadata: true }).values).toBeNull();
		expect(() => parseDataset(tiny({ value: [] }), 'TAB1 data')).toThrow(/TAB1 data: "value" has 0 entries but "size" multiplies to 4/);
	});

	it('fails on a shape that does not match the format', () => {
		const bad = (o: Record<string, unknown>) => () => parseDataset(tiny(o), 'TAB1 data');
		expect(bad({ value: [1, 2, 3] })).toThrow(JsonStatError);
		expect(bad({ value: [1, 2, 3] })).toThrow(/3 entries but "size" multiplies to 4/);
		expect(bad({ size: [2, 1] })).toThrow(/names 3 dimensions but "size" gives 2/);
		expect(bad({ id: ['Region', 'ContentsCode', 'Tid', 'Kon'], size: [2, 1, 2, 1] })).toThrow(/dimension Kon is missing/);
		expect(bad({ size: [3, 1, 2] })).toThrow(/dimension Region has 2 categories but "size" says 3/);
		expect(bad({ version: '1.0' })).toThrow(/"version" is "1.0"/);
		expect(bad({ class: 'collection' })).toThrow(/"class" is "collection"/);
		expect(bad({ value: [1, '2', 3, 4] })).toThrow(/value\[1\] is "2"/);
		expect(bad({ status: { '9': '..' } })).toThrow(/"status" key "9"/);
		const dup = tiny();
		(dup.dimension.Tid.category.index as Record<string, number>)['2025'] = 0;
		expect(() => parseDataset(dup, 't')).toThrow(/gives position 0 to both/);
		expect(() => parseDataset('<html>', 't')).toThrow(/not a JSON object/);
	});

	it('needs Region, Tid and ContentsCode for long rows', () => {
		const noTid = tiny({ id: ['Region', 'ContentsCode', 'Year'], dimension: { ...tiny().dimension, Year: tiny().dimension.Tid, Tid: undefined } });
		delete (noTid.dimension as Record<string, unknown>).Tid;
		expect(() => toLongRows(parseDataset(noTid, 'TAB1 data'), 'TAB1 data')).toThrow(/TAB1 data: the response has no Tid dimension/);
	});
});

describe('checkShape', () => {
	const asked = {
		Region: ['0180C1010_DeSO2025', '0180C1020_DeSO2025', '0180R001_RegSO2025'],
		Alder: ['totalt', '20-24', '25-29', '30-34'],
		Kon: ['1+2'],
		ContentsCode: ['000007Y7'],
		Tid: ['2023', '2024', '2025']
	};
	it('accepts the response to the query, whatever the order of codes', () => {
		const ds = parseDataset(fixture('TAB6574-data'), 'TAB6574 data');
		expect(() => checkShape(ds, { ...asked, Tid: ['2025', '2024', '2023'] }, 'TAB6574 data')).not.toThrow();
	});
	it('names a renamed dimension as a changed table shape', () => {
		const ds = parseDataset(fixture('TAB6574-changed-shape'), 'TAB6574 data');
		expect(() => checkShape(ds, asked, 'TAB6574 data')).toThrow(/TAB6574 data: the table's shape has changed.*missing: Alder; unexpected: Alder2025/);
	});
	it('fails when the codes returned are not the codes asked for', () => {
		const ds = parseDataset(fixture('TAB6574-data'), 'TAB6574 data');
		expect(() => checkShape(ds, { ...asked, Region: [...asked.Region, '0180C1030_DeSO2025'] }, 'x')).toThrow(/Region does not hold the codes asked for; missing 1: 0180C1030_DeSO2025/);
	});
});
