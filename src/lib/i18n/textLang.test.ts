import { describe, expect, it } from 'vitest';
import { langAttr, markRuns } from './textLang.ts';

describe('langAttr', () => {
	it("marks a text in the other language than the page's", () => {
		expect(langAttr('sv', 'en')).toBe('sv');
		expect(langAttr('en', 'sv')).toBe('en');
	});
	it("leaves a text in the page's language, or of no known language, unmarked", () => {
		expect(langAttr('sv', 'sv')).toBeUndefined();
		expect(langAttr(null, 'en')).toBeUndefined();
		expect(langAttr(undefined, 'en')).toBeUndefined();
	});
});

describe('markRuns', () => {
	it("marks each occurrence of a part in a known language and leaves the rest to the page's", () => {
		expect(markRuns('Source: SCB, Folkmängd (2020); SCB, Folkmängd (2021).', [{ text: 'Folkmängd', lang: 'sv' }])).toEqual([
			{ text: 'Source: SCB, ', lang: null },
			{ text: 'Folkmängd', lang: 'sv' },
			{ text: ' (2020); SCB, ', lang: null },
			{ text: 'Folkmängd', lang: 'sv' },
			{ text: ' (2021).', lang: null }
		]);
	});
	it('never splits a run already marked, and changes nothing for a part without a language or not in the text', () => {
		expect(markRuns('A Population B', [{ text: 'Population', lang: 'en' }, { text: 'pula', lang: 'sv' }, { text: 'A', lang: null }])).toEqual([
			{ text: 'A ', lang: null },
			{ text: 'Population', lang: 'en' },
			{ text: ' B', lang: null }
		]);
		expect(markRuns('Källa: TAB6685.', [{ text: 'Folkmängd', lang: 'sv' }])).toEqual([{ text: 'Källa: TAB6685.', lang: null }]);
	});
});
