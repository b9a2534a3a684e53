import { describe, expect, it } from 'vitest';
import { nameIssues } from './paramIssues.ts';

const issues = (q: string) => nameIssues(new URLSearchParams(q), ['indikator', 'ar']);

describe('nameIssues', () => {
	it('reports nothing for known names given once', () => {
		expect(issues('indikator=a&ar=2020')).toEqual([]);
	});

	it('reports a known name given more than once, once', () => {
		expect(issues('indikator=a&indikator=b&ar=2020&ar=2021&ar=2022')).toEqual([
			{ param: 'indikator', reason: 'repeated' },
			{ param: 'ar', reason: 'repeated' }
		]);
	});

	it('reports an unknown name once however often it is given, with its decoded name', () => {
		expect(issues('x=1&x=2&%25=1&%E0%A4%A=1')).toEqual([
			{ param: 'x', reason: 'unknown' },
			{ param: '%', reason: 'unknown' },
			{ param: '\uFFFD%A', reason: 'unknown' }
		]);
	});

	it('cuts a long unknown name', () => {
		expect(issues(`${'n'.repeat(500)}=1`)).toEqual([{ param: 'n'.repeat(40), reason: 'unknown' }]);
	});
});
