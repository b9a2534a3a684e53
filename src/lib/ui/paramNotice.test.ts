import { describe, expect, it } from 'vitest';
import { describeParamIssues, readableName } from './paramNotice.ts';

describe('describeParamIssues', () => {
	it('shows a garbage name as given, or as an unknown parameter when no text is left', () => {
		expect(readableName('%')).toBe('%');
		expect(readableName('<img src=x>')).toBe('<img src=x>');
		expect(readableName('\uFFFD%A')).toBeNull();
		expect(readableName('\u202E\u0007')).toBeNull();
		expect(describeParamIssues([{ param: '\uFFFD%A', reason: 'unknown' }, { param: '', reason: 'unknown' }, { param: '%', reason: 'unknown' }])).toBe(
			'okänd parameter, %'
		);
	});

	it('says a repeated parameter was given more than once, and whether the first was used', () => {
		expect(describeParamIssues([{ param: 'indikator', reason: 'repeated' }])).toBe('indikator (angiven flera gånger – den första används)');
		expect(
			describeParamIssues([
				{ param: 'ar', reason: 'repeated' },
				{ param: 'ar', reason: 'unavailable' }
			])
		).toBe('ar (angiven flera gånger)');
	});

	it('names at most six parameters', () => {
		expect(describeParamIssues('abcdefgh'.split('').map((param) => ({ param, reason: 'unknown' as const })))).toBe('a, b, c, d, e, f, …');
	});
});
