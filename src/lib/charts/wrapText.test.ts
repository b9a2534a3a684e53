import { describe, expect, it } from 'vitest';
import { clip, wrap } from './wrapText';

describe('wrap', () => {
	it('breaks a 58-character name into lines of at most 30 characters at 12 px in 192 px, every word kept', () => {
		const name = 'Övriga staden (alla områden utom Fokusområden 2025) i RegSO';
		const lines = wrap(name, 192, 12);
		expect(lines).toEqual(['Övriga staden (alla områden', 'utom Fokusområden 2025) i', 'RegSO']);
		expect(lines.join(' ')).toBe(name);
	});

	it('keeps a short text on one line and a too-long word whole', () => {
		expect(wrap('Fokus', 192, 12)).toEqual(['Fokus']);
		expect(wrap('a Stadsdelsområdesgränsjusteringarna b', 60, 12)).toEqual(['a', 'Stadsdelsområdesgränsjusteringarna', 'b']);
	});
});

describe('clip', () => {
	it('keeps a text that fits and cuts a longer one to the limit, the ellipsis included', () => {
		expect(clip('Fokusområden', 12)).toBe('Fokusområden');
		expect(clip('Resten av staden', 12)).toBe('Resten av s…');
		expect(clip('Resten av staden', 12)).toHaveLength(12);
	});
});
