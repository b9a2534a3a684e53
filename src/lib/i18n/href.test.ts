import { describe, expect, it } from 'vitest';
import { canonicalHref } from './href';

describe('canonicalHref', () => {
	it.each([
		['/en/', '/en'],
		['/en/?niva=deso', '/en?niva=deso'],
		['/en/jamfor/#top', '/en/jamfor#top'],
		['/', '/'],
		['/?indikator=x', '/?indikator=x'],
		['/jamfor', '/jamfor'],
		['https://example.se/en/', 'https://example.se/en'],
		['/jamfor?next=/a/', '/jamfor?next=/a/']
	])('%s → %s', (href, want) => expect(canonicalHref(href)).toBe(want));
});
