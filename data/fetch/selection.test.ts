import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/fixtures/synthetic-pxweb-fake.ts';
import { parseDataset } from './jsonstat.ts';
import { areaOf, buildSelection, cellCount, checkSelection, planRequests, regionCodes } from './selection.ts';
import { TABLES, type TableSpec } from './tables.ts';

const spec = (id: string) => TABLES.find((t) => t.id === id)!;
const meta = (name: string, edit?: (m: Record<string, any>) => void) => {
	const m = fixture(`${name}-metadata`) as Record<string, any>;
	edit?.(m);
	return parseDataset(m, `${name} metadata`, { metadata: true });
};

describe('regions', () => {
	it("keeps only the kommun's DeSO 2025 / RegSO 2025 codes and maps them to our area codes", () => {
		const codes = ['00', '0180', '0180C1010', '0180C1010_DeSO2025', '0180R001_RegSO2025', '0181C1010_DeSO2025'];
		expect(regionCodes(codes, 'deso2025')).toEqual(['0180C1010_DeSO2025']);
		expect(regionCodes(codes, 'regso2025')).toEqual(['0180R001_RegSO2025']);
		expect(areaOf('0180C1010_DeSO2025')).toEqual({ level: 'deso2025', code: '0180C1010' });
		expect(areaOf('0180R001_RegSO2025')).toEqual({ level: 'regso2025', code: '0180R001' });
		expect(areaOf('0180C1010')).toBeNull();
	});
});

describe('buildSelection', () => {
	it('selects the spec codes, every year, and the DeSO + RegSO 2025 areas of 0180', () => {
		const p = buildSelection(meta('TAB6574'), spec('TAB6574'));
		expect(p.selection).toEqual({
			Region: ['0180C1010_DeSO2025', '0180C1020_DeSO2025', '0180R001_RegSO2025'],
			Alder: ['totalt', '20-24', '25-29', '30-34'],
			Kon: ['1+2'],
			ContentsCode: ['000007Y7'],
			Tid: ['2023', '2024', '2025']
		});
		expect(p).toMatchObject({ eliminated: [], regions: { deso2025: 2, regso2025: 1 }, years: ['2023', '2024', '2025'] });
	});

	it('leaves out a dimension the spec does not name only when the metadata marks it eliminable', () => {
		expect(buildSelection(meta('TAB6685'), spec('TAB6685'))).toMatchObject({ eliminated: ['Kon'] });
		const notEliminable = meta('TAB6685', (m) => (m.dimension.Kon.extension.elimination = false));
		expect(() => buildSelection(notEliminable, spec('TAB6685'))).toThrow(
			/TAB6685 metadata: dimension Kon is not selected by the spec and the metadata does not mark it eliminable/
		);
	});

	it('reports a code the table has beyond a list summed as "all of them" (Hustyp in TAB6065), instead of leaving it out silently', () => {
		const listed: TableSpec = { ...spec('TAB6574'), select: { ...spec('TAB6574').select, Alder: ['totalt', '20-24'] }, exhaustive: ['Alder'] };
		const { problems } = checkSelection(meta('TAB6574'), listed);
		expect(problems.map((p) => p.message)).toEqual(
			['25-29', '30-34', '35-39'].map((c) => `TAB6574 metadata: Alder also has code ${c} "${c}", which the spec's list leaves out of a sum over all of them`)
		);
		expect(checkSelection(meta('TAB6574'), spec('TAB6574')).problems).toEqual([]);
	});

	it('fails, naming the table, on a code or dimension the table does not have', () => {
		const wrongCode: TableSpec = { ...spec('TAB6680'), select: { ...spec('TAB6680').select, Alder: ['20-65'] } };
		expect(() => buildSelection(meta('TAB6680'), wrongCode)).toThrow(/TAB6680 metadata: Alder has no code 20-65/);
		const wrongDim: TableSpec = { ...spec('TAB6685'), select: { ...spec('TAB6685').select, Kön: ['1+2'] } };
		expect(() => buildSelection(meta('TAB6685'), wrongDim)).toThrow(/selects Kön, which the table does not have/);
	});

	it('refuses to sum a whole dimension that contains a total', () => {
		const whole: TableSpec = { ...spec('TAB6574'), select: { ...spec('TAB6574').select, Alder: '*' } };
		expect(() => buildSelection(meta('TAB6574'), whole)).toThrow(/Alder is selected whole \('\*'\) to be summed, but totalt "totalt ålder" looks like a total/);
	});

	it('reads annual tables only', () => {
		const monthly = meta('TAB6685', (m) => {
			m.dimension.Tid.category = { index: { '2024M01': 0 }, label: { '2024M01': '2024M01' } };
		});
		expect(() => buildSelection(monthly, spec('TAB6685'))).toThrow(/Tid holds 2024M01, not years/);
	});
});

describe('planRequests', () => {
	const sel = { Region: ['a', 'b', 'c', 'd', 'e'], ContentsCode: ['x', 'y'], Tid: ['2024', '2025'] };
	it('keeps a selection within the cell limit whole', () => {
		expect(planRequests(sel, 20)).toEqual([sel]);
	});
	it('splits by Region until every piece fits, keeping the other dimensions whole', () => {
		const pieces = planRequests(sel, 8);
		expect(pieces.map((p) => p.Region)).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
		expect(pieces.every((p) => cellCount(p) <= 8 && p.Tid?.length === 2)).toBe(true);
		expect(pieces.flatMap((p) => p.Region)).toEqual(sel.Region);
	});
	it('also splits to satisfy another limit (a GET URL length)', () => {
		expect(planRequests(sel, 1000, (s) => s.Region!.length <= 2).every((p) => p.Region!.length <= 2)).toBe(true);
	});
	it('fails when a single region is already too large', () => {
		expect(() => planRequests(sel, 3)).toThrow(/a single Region needs 4 cells/);
	});
});
