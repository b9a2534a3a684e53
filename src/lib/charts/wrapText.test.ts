import { describe, expect, it } from 'vitest';
import { labelWidth } from './layoutWidth';
import { wrap, wrapLabel } from './wrapText';

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

describe('wrapLabel', () => {
	const fits = (lines: string[], width: number, size: number) => lines.every((l) => labelWidth(l, size) <= width);

	it("keeps two grouping names that differ only in their year apart at a phone's width, every word on a line", () => {
		// The concentration curve's bands at a 375 px viewport: 12 px labels in 275 px.
		const a = wrapLabel('Övriga staden (utanför Utsatta områden 2023 (Polisen))', 275, 12);
		const b = wrapLabel('Övriga staden (utanför Utsatta områden 2025 (Polisen))', 275, 12);
		expect(a).toEqual(['Övriga staden (utanför Utsatta områden', '2023 (Polisen))']);
		expect(b).toEqual(['Övriga staden (utanför Utsatta områden', '2025 (Polisen))']);
		expect(a.join(' ')).toBe('Övriga staden (utanför Utsatta områden 2023 (Polisen))');
		expect(fits(a, 275, 12) && fits(b, 275, 12)).toBe(true);
	});

	it('keeps the age band and the year of two indicator names, in a narrow column too', () => {
		for (const width of [335, 280, 120]) {
			const a = wrapLabel('Personer med ekonomiskt bistånd, 18–24 år (2023)', width, 12.5);
			const b = wrapLabel('Personer med ekonomiskt bistånd, 25–29 år (2023)', width, 12.5);
			expect(a.join(' ')).toBe('Personer med ekonomiskt bistånd, 18–24 år (2023)');
			expect(b.join(' ')).toBe('Personer med ekonomiskt bistånd, 25–29 år (2023)');
			expect(fits(a, width, 12.5) && fits(b, width, 12.5)).toBe(true);
		}
		expect(wrapLabel('Personer med ekonomiskt bistånd, 18–24 år (2023)', 280, 12.5)).toEqual(['Personer med ekonomiskt bistånd, 18–24', 'år (2023)']);
	});

	it('keeps a name that fits on one line, and gives an empty name no line', () => {
		expect(wrapLabel('Fokusområden 2025', 275, 12)).toEqual(['Fokusområden 2025']);
		expect(wrapLabel('  Hela   staden ', 275, 12)).toEqual(['Hela staden']);
		expect(wrapLabel('', 275, 12)).toEqual([]);
	});

	it('breaks a typed word wider than a line within the word, every character kept and every line inside', () => {
		const word = 'Grupp' + 'x'.repeat(60) + '2025';
		const lines = wrapLabel(`Min ${word}`, 200, 12);
		expect(lines[0]).toBe('Min');
		expect(lines.slice(1).join('')).toBe(word);
		expect(lines.at(-1)).toMatch(/2025$/);
		expect(fits(lines, 200, 12)).toBe(true);
		// Even a line narrower than one character keeps every character, one a line, and ends.
		expect(wrapLabel('abc', 1, 12)).toEqual(['a', 'b', 'c']);
	});
});
