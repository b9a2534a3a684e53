import { describe, expect, it } from 'vitest';
import { parseSamband, serialiseSamband, type SambandOptions } from './sambandState.ts';

const o: SambandOptions = {
	indicators: [
		{ id: 'utrikes_fodda_andel', years: [2020, 2021, 2022, 2023], levels: ['stadsdelsomrade', 'regso'] },
		{ id: 'valdeltagande_riksdag', years: [2018, 2022], levels: ['stadsdelsomrade', 'regso', 'deso'] },
		{ id: 'enkat:f:m', years: [2020], levels: ['stadsdelsomrade'] }
	],
	groupings: ['stadsdelslyftet', 'fokus2025'],
	defaults: { level: 'stadsdelsomrade', x: 'utrikes_fodda_andel', yearX: 2022, y: 'valdeltagande_riksdag', yearY: 2022, grouping: 'stadsdelslyftet' }
};

describe('samband URL state', () => {
	it('round-trips a valid link', () => {
		const q = 'niva=regso&x=utrikes_fodda_andel&arx=2020&y=valdeltagande_riksdag&ary=2018&grupp=fokus2025';
		const { state, issues } = parseSamband(new URLSearchParams(q), o);
		expect(issues).toEqual([]);
		expect(serialiseSamband(state)).toBe(q);
	});

	it('falls back with a reason for bad parameters, and picks a level both indicators have', () => {
		const { state, issues } = parseSamband(new URLSearchParams('x=nope&y=enkat:f:m&niva=deso&arx=1999&grupp=<b>'), o);
		expect(state).toEqual({ level: 'stadsdelsomrade', x: 'utrikes_fodda_andel', yearX: 2022, y: 'enkat:f:m', yearY: 2020, grouping: 'stadsdelslyftet' });
		expect(issues.map((i) => `${i.param}:${i.reason}`)).toEqual(['x:unknown', 'niva:unavailable', 'arx:unavailable', 'grupp:malformed']);
	});
});
