import { describe, expect, it } from 'vitest';
import { areaNotFound, parseProfileLink, serialiseProfileLink } from './profileLink.ts';

const parse = (q: string) => parseProfileLink(new URLSearchParams(q));

describe('profileLink', () => {
	it('reads the level and code, and nothing else', () => {
		expect(parse('niva=deso&kod=0180C1010')).toEqual({ level: 'deso', code: '0180C1010', issues: [] });
		expect(parse('')).toEqual({ level: null, code: null, issues: [] });
	});

	it('names an unknown parameter (the map\'s omrade= too) and a repeated one, the first used', () => {
		expect(parse('omrade=0180C1010&__proto__=1')).toEqual({
			level: null,
			code: null,
			issues: [
				{ param: 'omrade', reason: 'unknown' },
				{ param: '__proto__', reason: 'unknown' }
			]
		});
		expect(parse('niva=deso&kod=0180C1010&kod=x')).toEqual({ level: 'deso', code: '0180C1010', issues: [{ param: 'kod', reason: 'repeated' }] });
	});

	it('a repeated code whose area does not exist is not said to be used', () => {
		expect(areaNotFound(parse('niva=deso&kod=x&kod=0180C1010&y=1').issues)).toEqual([
			{ param: 'kod', reason: 'repeated' },
			{ param: 'y', reason: 'unknown' },
			{ param: 'kod', reason: 'unknown' }
		]);
	});

	it('writes the canonical link, and none for the default area', () => {
		expect(serialiseProfileLink({ level: 'stadsdelsomrade', code: 'skarholmen' })).toBe('niva=stadsdelsomrade&kod=skarholmen');
		expect(serialiseProfileLink(null)).toBe('');
	});
});
