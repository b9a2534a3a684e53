import { describe, expect, it } from 'vitest';
import { crossCheckLong, parseCrimeQuarterly, parseCrimeYearly } from './braCrime.ts';
import { crimeIndicators, crimeObservations } from './crimeIndicators.ts';
import { parseLongCsv } from './longCsv.ts';

const YEARLY = [
	'kommun;period;key;count;per100k;preliminary',
	'0180;2024;total;190000;19100.0;',
	'0180;2024;drugs_weapons;17000;1710.0;',
	'0180;2025;total;191090;19159.0;1',
	'0180;2025;robbery;5;1.0;',
	'0181;2025;total;1;1.0;'
].join('\n');

const QUARTERLY = [
	'kommun;period;key;count;per100k;preliminary',
	'0180;2014K1;total;48139;5320.0;',
	'0180;2025K4;total;50180;5031.0;',
	'0180;2026K2;total;47915;4795.0;1',
	'0180;2026H1;total;1;1.0;'
].join('\n');

describe('parseCrimeYearly', () => {
	const parsed = parseCrimeYearly(YEARLY, 'y.csv');
	if (!parsed.ok) throw new Error(parsed.error);

	it('reads counts and rates per category and marks flagged rows preliminary', () => {
		expect(parsed.rows.map(({ line: _l, ...r }) => r)).toEqual([
			{ category: 'total', year: 2024, count: 190000, per100k: 19100, status: 'published' },
			{ category: 'drugs_weapons', year: 2024, count: 17000, per100k: 1710, status: 'published' },
			{ category: 'total', year: 2025, count: 191090, per100k: 19159, status: 'preliminary' }
		]);
	});

	it('fails naming file and line on a count or rate of Stockholm’s that is not a number, instead of dropping the year', () => {
		expect(parseCrimeYearly(YEARLY.replace('0180;2024;total;190000;', '0180;2024;total;19O000;'), 'y.csv')).toEqual({
			ok: false,
			error: "y.csv:2: count '19O000' or per100k '19100.0' is not a number; the file is corrupt or the figure mistyped"
		});
		expect(parseCrimeYearly(YEARLY.replace(';1710.0;', ';;'), 'y.csv')).toMatchObject({ ok: false, error: expect.stringMatching(/^y\.csv:3: count '17000' or per100k '' is not a number/) });
	});

	it('refuses a row cut short (a count whose rate and flag are gone) and a renamed column, naming the file', () => {
		// Without the check the rate would read as 19 and the figure as published.
		expect(parseCrimeYearly(YEARLY.split('\n').slice(0, 3).join('\n') + '\n0180;2025;total;191090;19', 'y.csv')).toEqual({
			ok: false,
			error: 'y.csv line 4: 5 fields where the header has 6; the file is truncated or corrupt'
		});
		expect(parseCrimeYearly(YEARLY.replace(';preliminary', ';preliminary_x'), 'y.csv')).toEqual({
			ok: false,
			error: 'y.csv: column(s) preliminary_x not known (known: kommun, period, key, count, per100k, preliminary); a renamed column is refused rather than ignored'
		});
	});

	it('drops unknown keys and other kommuner with warnings', () => {
		expect(parsed.warnings).toEqual([
			"y.csv:5: unknown key 'robbery'; row dropped",
			"y.csv:6: kommun '0181' is not 0180; row dropped"
		]);
	});

	it('becomes a count indicator (sum) and a rate indicator (not aggregable, weighted by population) per category', () => {
		const indicators = crimeIndicators(parsed.rows, ['y.csv']);
		expect(indicators).toHaveLength(12);
		const total = indicators.find((i) => i.id === 'anmalda_brott_totalt');
		expect(total).toMatchObject({ unit: 'count', aggregation: { kind: 'sum' }, theme: 'trygghet', years: [2024, 2025] });
		expect(total?.caveats[0]?.en).toContain('reporting propensity and police activity');
		expect(indicators.find((i) => i.id === 'anmalda_brott_totalt_per_100k')).toMatchObject({
			unit: 'per_100k',
			aggregation: { kind: 'not_aggregable', weight: 'folkmangd' }
		});
	});

	it('gives kommun observations with origin; summed series derived, preliminary approximate', () => {
		const obs = crimeObservations(parsed.rows, 'y.csv');
		expect(obs).toHaveLength(6);
		expect(obs[0]).toEqual({
			indicator: 'anmalda_brott_totalt',
			level: 'kommun',
			code: '0180',
			year: 2024,
			value: 190000,
			numerator: null,
			denominator: null,
			status: 'ok',
			origin: { file: 'y.csv', row: 2 }
		});
		expect(obs[2]?.status).toBe('derived');
		expect(obs[5]).toMatchObject({ indicator: 'anmalda_brott_totalt_per_100k', value: 19159, status: 'approximate' });
	});
});

describe('parseCrimeQuarterly', () => {
	const parsed = parseCrimeQuarterly(QUARTERLY, 'q.csv');
	if (!parsed.ok) throw new Error(parsed.error);

	it('marks 2014 quarters doubtful and flagged quarters preliminary', () => {
		expect(parsed.rows.map((r) => [r.period, r.year, r.quarter, r.status])).toEqual([
			['2014K1', 2014, 1, 'doubtful_period'],
			['2025K4', 2025, 4, 'published'],
			['2026K2', 2026, 2, 'preliminary']
		]);
		expect(parsed.warnings).toEqual(["q.csv:5: period '2026H1' is not YYYYKn; row dropped"]);
	});

	it('fails on a file without the key column', () => {
		expect(parseCrimeQuarterly('kommun;period\n0180;2025K1', 'q.csv')).toEqual({ ok: false, error: 'q.csv: missing column(s) key, count, per100k' });
	});
});

describe('crossCheckLong', () => {
	it('reports values that differ between the verbatim extract and the reshaped file', () => {
		const long = parseLongCsv(
			[
				'indicator,unit,year,period,area_level,area_name,value,note,source_title,source_url',
				'anmalda_brott_totalt,antal,2025,2025K4,kommun,Stockholm (0180),50180,,t,u',
				'anmalda_brott_totalt_per_100k,per 100k,2025,2025K4,kommun,Stockholm (0180),5030,,t,u'
			].join('\n'),
			'l.csv'
		);
		if (!long.ok) throw new Error(long.error);
		const rows = [{ category: 'total' as const, period: '2025K4', count: 50180, per100k: 5031 }];
		expect(crossCheckLong(rows, long.rows, 'l.csv')).toEqual(['l.csv:3: anmalda_brott_totalt_per_100k|2025K4 = 5030, verbatim extract has 5031']);
	});
});
