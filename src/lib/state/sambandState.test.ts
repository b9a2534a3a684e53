import { describe, expect, it } from 'vitest';
import { parseSamband, serialiseSamband, type SambandOptions } from './sambandState.ts';

const o: SambandOptions = {
	indicators: [
		{ id: 'utrikes_fodda_andel', levels: ['stadsdelsomrade', 'regso'], yearsByLevel: { stadsdelsomrade: [2020, 2021, 2022, 2023], regso: [2020, 2021, 2022, 2023] } },
		{ id: 'valdeltagande_riksdag', levels: ['stadsdelsomrade', 'regso', 'deso'], yearsByLevel: { stadsdelsomrade: [2018], regso: [2018, 2022], deso: [2018, 2022] } },
		{ id: 'enkat:f:m', levels: ['stadsdelsomrade'], yearsByLevel: { stadsdelsomrade: [2020] } }
	],
	groupings: ['stadsdelslyftet', 'fokus2025'],
	defaults: { level: 'stadsdelsomrade', x: 'utrikes_fodda_andel', yearX: 2020, y: 'valdeltagande_riksdag', yearY: 2018, grouping: 'stadsdelslyftet' }
};

describe('samband URL state', () => {
	it('uses the first of a repeated parameter and says it was repeated', () => {
		const { state, issues } = parseSamband(new URLSearchParams('x=valdeltagande_riksdag&x=utrikes_fodda_andel&niva=regso'), o);
		expect(state).toMatchObject({ x: 'valdeltagande_riksdag', level: 'regso' });
		expect(issues).toEqual([{ param: 'x', reason: 'repeated' }]);
	});

	it('round-trips a valid link', () => {
		const q = 'niva=regso&x=utrikes_fodda_andel&arx=2022&y=valdeltagande_riksdag&ary=2022&grupp=fokus2025';
		const { state, issues } = parseSamband(new URLSearchParams(q), o);
		expect(issues).toEqual([]);
		expect(serialiseSamband(state)).toBe(q);
	});

	it('falls back with a reason for bad parameters, and picks a level both indicators have', () => {
		const { state, issues } = parseSamband(new URLSearchParams('x=nope&y=enkat:f:m&niva=deso&arx=1999&grupp=<b>'), o);
		expect(state).toEqual({ level: 'stadsdelsomrade', x: 'utrikes_fodda_andel', yearX: 2020, y: 'enkat:f:m', yearY: 2020, grouping: 'stadsdelslyftet' });
		expect(issues.map((i) => `${i.param}:${i.reason}`)).toEqual(['x:unknown', 'niva:unavailable', 'arx:unavailable', 'grupp:malformed']);
	});
});

it('offers only the years an indicator has at the chosen level (turnout 2022 is not at stadsdelsomrade)', () => {
	const { state, issues } = parseSamband(new URLSearchParams('niva=stadsdelsomrade&x=utrikes_fodda_andel&arx=2022&y=valdeltagande_riksdag&ary=2022'), o);
	expect(state.yearY).toBe(2018);
	expect(issues).toEqual([{ param: 'ary', reason: 'unavailable' }]);
});
