import { describe, expect, it } from 'vitest';
import { langAttr } from './textLang.ts';

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
