import { describe, expect, it } from 'vitest';
import { citation, embedSnippet, altText } from './citation.ts';
import { fileSlug } from './fileName.ts';

describe('share texts', () => {
	it('names the chart file for what it holds', () => {
		expect(fileSlug('Andel låg ekonomisk standard', 2024, 'stadsdelsområde')).toBe('andel-lag-ekonomisk-standard-2024-stadsdelsomrade');
		expect(fileSlug('<script>', '')).toBe('script');
	});
	it('cites source, processing, date and link', () => {
		expect(citation({ title: 'Låg ekonomisk standard 2024', source: 'SCB, TAB6685', builtAt: '2026-11-29T10:00:00Z', url: 'https://x.se/?a=1', locale: 'sv' })).toBe(
			'Låg ekonomisk standard 2024. Källa: SCB, TAB6685. Bearbetning: Stadsdelskollen (data byggda 2026-11-29). https://x.se/?a=1'
		);
	});
	it('ends the title and the source with one full stop, also when they end a sentence themselves', () => {
		// As the trygghet page's crime charts cite themselves: the title, then a subtitle that is a sentence.
		const title = 'Anmälda brott, totalt, Källan har inga tal per stadsdelsområde.';
		expect(citation({ title, source: 'Brå, tabell.', builtAt: '2026-11-29T10:00:00Z', url: 'https://x.se/', locale: 'sv' })).toBe(
			'Anmälda brott, totalt, Källan har inga tal per stadsdelsområde. Källa: Brå, tabell. Bearbetning: Stadsdelskollen (data byggda 2026-11-29). https://x.se/'
		);
		expect(citation({ title, source: 'Brå', builtAt: '2026-11-29T10:00:00Z', url: 'https://x.se/', locale: 'en' })).not.toContain('..');
		expect(altText('Linjediagram', 'Anmälda brott.', 'Högst 2016.')).toBe('Linjediagram: Anmälda brott. Högst 2016.');
	});
	it('escapes the embed snippet so a title cannot break out of the attribute', () => {
		const s = embedSnippet('https://x.se/embed/karta?indikator=a&ar=2024', 'Karta "test" <b>');
		expect(s).toContain('src="https://x.se/embed/karta?indikator=a&amp;ar=2024"');
		expect(s).toContain('title="Karta &quot;test&quot; &lt;b>"');
	});
	it("embeds at a height that shows each kind's content, and resizes only frames of ours from our origin", () => {
		const map = embedSnippet('https://x.se/embed/karta?a=1', 'Karta');
		expect(map).toContain('height:1700px');
		expect(embedSnippet('https://x.se/en/embed/omrade?niva=deso', 'Profil')).toContain('height:3100px');
		expect(map).toContain('e.origin!=="https://x.se"');
		expect(map).toContain('d.type!=="stadsdelskollen:height"');
		expect(map).toContain('data-stadsdelskollen></iframe>');
	});
	it('writes no script for an address whose origin is not known yet (a prerendered page)', () => {
		const s = embedSnippet('/embed/jamfor?diagram=serie', 'Serie');
		expect(s).toBe('<iframe src="/embed/jamfor?diagram=serie" title="Serie" style="width:100%;max-width:960px;height:1950px;border:0" loading="lazy" data-stadsdelskollen></iframe>');
	});
	it('keeps a hostile title out of the script and the markup', () => {
		const s = embedSnippet('https://x.se/embed/karta', '</script><script>alert(1)</script>');
		expect(s.match(/<script>/g)).toHaveLength(1);
		expect(s.match(/<\/script>/g)).toHaveLength(1);
	});
	it('writes alt text as one sentence run', () => {
		expect(altText('Karta', 'Låg ekonomisk standard', 'Högst i Rinkeby-Kista.')).toBe('Karta: Låg ekonomisk standard. Högst i Rinkeby-Kista.');
	});
});
