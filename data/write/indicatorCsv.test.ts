import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import type { Indicator, Observation } from '../../src/lib/types/dataset.ts';
import { indicatorCsv } from './indicatorCsv.ts';

// SYNTHETIC indicator and rows.
const ind = {
	id: 'syn_turnout',
	name: { sv: 'Syntetiskt valdeltagande', en: 'Synthetic turnout' },
	description: { sv: 'd', en: 'd' },
	source: { publisher: 'p', table: 't', url: 'u', licence: 'l', files: [] },
	caveats: [{ sv: 'Syntetiskt förbehåll,\npå två rader', en: 'Synthetic caveat' }],
	aggregation: { kind: 'ratio', scale: 100 },
	areaWeighted: { deso: [2022] }
} as unknown as Indicator;
const row = (level: Observation['level'], code: string, year: number, extra: Partial<Observation> = {}): Observation => ({
	indicator: ind.id, level, code, year, value: 55.885359, numerator: 863.953643, denominator: 1545.939143, status: 'approximate', ...extra
});

function table(rows: Observation[]) {
	const lines = indicatorCsv(ind, rows, () => 'namn').split('\n').filter((l) => l && !l.startsWith('#'));
	const [head, ...body] = csvParseRows(lines.join('\n'));
	return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i]])));
}

describe('indicatorCsv', () => {
	it('carries each caveat as a comment line after the source, in Swedish, on one line', () => {
		const head = indicatorCsv(ind, [], () => 'namn').split('\n');
		expect(head[3]).toBe('# Förbehåll: Syntetiskt förbehåll, på två rader');
		expect(head[2]).toMatch(/^# Källa: p, t, u/);
	});

	it('says in the note column that area-weighted counts are estimates, and keeps them unrounded so they reproduce the value', () => {
		const [r] = table([row('deso', 'D', 2022)]);
		expect(r!.anmarkning).toBe('uppskattat genom areaviktning (de mindre områdenas antal fördelade efter landyta), inte räknade personer');
		expect((100 * Number(r!.taljare)) / Number(r!.namnare)).toBeCloseTo(Number(r!.varde), 5);
	});

	it("writes each figure with the digits it has, not a computation's floating-point tail", () => {
		const [r] = table([row('deso', 'D', 2024, { value: 412.69999999999993, numerator: 1083.6963200000002, denominator: 988943, status: 'derived' })]);
		expect([r!.varde, r!.taljare, r!.namnare]).toEqual(['412.7', '1083.69632', '988943']);
		const [m] = table([row('deso', 'D', 2024, { value: null, numerator: null, denominator: null, status: 'missing' })]);
		expect([m!.varde, m!.taljare, m!.namnare]).toEqual(['', '', '']);
	});

	it('gives a carried row its coverage, as a share and in words', () => {
		const [r] = table([row('regso', 'R', 2024, { coverage: 0.567106 })]);
		expect(r!.befolkning_med_uppgift_andel).toBe('0.5671');
		expect(r!.anmarkning).toBe('värdet bygger på områden med 57\u00a0% av befolkningen');
	});

	it('leaves both empty for a row of the source, or a year not area weighted', () => {
		const [r] = table([row('deso', 'D', 2018, { status: 'ok' })]);
		expect(r!.befolkning_med_uppgift_andel).toBe('');
		expect(r!.anmarkning).toBe('');
	});
});
