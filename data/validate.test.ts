import { describe, expect, it } from 'vitest';
import { syntheticDataset } from '../tests/fixtures/synthetic-validation.ts';
import { formatFailures, repeatedFigures, validate, type ValidationFailure } from './validate.ts';

const rules = (f: ValidationFailure[]) => f.map((x) => x.rule);

describe('validate', () => {
	it('passes the valid synthetic dataset (a negative change is not a share)', () => {
		expect(validate(syntheticDataset())).toEqual([]);
	});

	it('share_range: rejects a share above 100 %, naming file and row', () => {
		const d = syntheticDataset();
		d.observations[3]!.value = 125;
		expect(validate(d)).toEqual([
			{ file: 'stats/synthetic.csv', row: 5, rule: 'share_range', message: 'andel stadsdelsomrade2007 norr 2020: share 125 % is outside 0–100 %' }
		]);
	});

	it('numerator_le_denominator: rejects a numerator above its denominator', () => {
		const d = syntheticDataset();
		d.observations[3]!.numerator = 120;
		expect(rules(validate(d))).toEqual(['numerator_le_denominator']);
	});

	it('area_exists: rejects an observation for an area not at its level', () => {
		const d = syntheticDataset();
		d.observations[6]!.code = 'vast';
		const f = validate(d);
		expect(rules(f)).toEqual(['area_exists']);
		expect(f[0]!.row).toBe(8);
	});

	it('indicator_exists: rejects an observation of an unknown indicator', () => {
		const d = syntheticDataset();
		d.observations[6]!.indicator = 'okand';
		expect(rules(validate(d))).toEqual(['indicator_exists']);
	});

	it('population_nesting: rejects children that do not sum to their parent', () => {
		const d = syntheticDataset();
		d.observations[2]!.value = 350;
		const f = validate(d);
		expect(rules(f)).toEqual(['population_nesting']);
		expect(f[0]).toMatchObject({ file: 'stats/synthetic.csv', row: 4 });
		expect(f[0]!.message).toMatch(/sum to 300.*has 350/);
	});

	it('population_nesting: tolerates rounding within the allowance', () => {
		const d = syntheticDataset();
		d.observations[2]!.value = 301;
		expect(validate(d)).toEqual([]);
	});

	it('indicator_metadata: rejects an indicator without source or definition', () => {
		const d = syntheticDataset();
		d.indicators[1]!.source = { ...d.indicators[1]!.source, url: '' };
		d.indicators[1]!.description = { sv: '', en: 'x' };
		expect(validate(d).map((f) => f.message)).toEqual([
			'indicator andel needs a Swedish and an English definition',
			'indicator andel needs a source with publisher, table, url and licence'
		]);
	});

	it("indicator_metadata: rejects a source that does not say its table's and licence's language", () => {
		const d = syntheticDataset();
		const { tableLang: _t, ...source } = d.indicators[1]!.source;
		d.indicators[1]!.source = source;
		expect(validate(d).map((f) => f.message)).toEqual([
			"indicator andel needs the language of its source's table and licence (tableLang, licenceLang; null where they have none)"
		]);
	});

	it('indicator_metadata: rejects a weight indicator that does not exist', () => {
		const d = syntheticDataset();
		d.indicators[3]!.aggregation = { kind: 'not_aggregable', weight: 'saknas' };
		expect(rules(validate(d))).toEqual(['indicator_metadata']);
	});

	it('grouping_member_exists: rejects a member that does not exist', () => {
		const d = syntheticDataset();
		d.groupings[0]!.members.push('vast');
		d.groupings[0]!.memberships.regso = ['0180R001'];
		expect(validate(d).map((f) => [f.file, f.rule, f.message])).toEqual([
			['grouping:g', 'grouping_member_exists', 'grouping g: member "vast" does not exist at level stadsdelsomrade2007'],
			['grouping:g', 'grouping_member_exists', 'grouping g: member "0180R001" does not exist at level regso']
		]);
	});
});

describe('repeatedFigures', () => {
	it('passes one source row per figure', () => {
		expect(repeatedFigures(syntheticDataset().observations)).toEqual([]);
	});

	it('rejects two rows of one file giving the same figure, naming the file and both lines', () => {
		const d = syntheticDataset();
		// A copy of line 5 (andel norr 2020) appended as line 9 with another value.
		d.observations.push({ ...d.observations[3]!, value: 99, origin: { file: 'stats/synthetic.csv', row: 9 } });
		expect(repeatedFigures(d.observations)).toEqual([
			{
				file: 'stats/synthetic.csv',
				row: 9,
				rule: 'one_row_per_figure',
				message: 'andel stadsdelsomrade2007 norr 2020: lines 5 and 9 of stats/synthetic.csv both give this figure; remove the repeated or conflicting row'
			}
		]);
	});

	it('allows the same figure from another file, and gaps with no source row', () => {
		const d = syntheticDataset();
		const { origin: _o, ...gap } = d.observations[4]!;
		d.observations.push({ ...d.observations[3]!, origin: { file: 'stats/other.csv', row: 2 } }, gap, { ...gap });
		expect(repeatedFigures(d.observations)).toEqual([]);
	});
});

describe('formatFailures', () => {
	it('names file, row and rule on each line and caps long lists', () => {
		const f: ValidationFailure[] = [1, 2, 3].map((row) => ({ file: 'a.csv', row, rule: 'share_range', message: `m${row}` }));
		expect(formatFailures(f, 2)).toBe(
			['Validation failed: 3 problems.', 'share_range (3):', '  a.csv:1 [share_range] m1', '  a.csv:2 [share_range] m2', '  … and 1 more'].join('\n')
		);
		expect(formatFailures([])).toBe('Validation passed.');
	});
});
