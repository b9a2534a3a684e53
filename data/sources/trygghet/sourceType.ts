// Classifies a quoted figure's page (official table, official release, news, secondary) and names its publisher.
import type { Localised } from '../../../src/lib/types/dataset.ts';
import type { EvidenceSourceType } from '../../../src/lib/types/trygghet.ts';

interface HostRule {
	host: RegExp;
	type: EvidenceSourceType;
	publisher: string;
	/** The publisher as a Swedish and an English page write it, where the words differ ("blogg" / "blog"). */
	name?: Localised;
	/** Only when the path also matches (e.g. Brå's downloadable tables). */
	path?: RegExp;
}

// Producers' own tables and releases are official; newspapers are news; blogs, aggregators and other bodies relaying
// someone else's figures are secondary (SOURCES.md: "Treat them as secondary transcriptions").
const RULES: HostRule[] = [
	{ host: /(^|\.)bra\.se$/, path: /^\/download\//, type: 'official_table', publisher: 'Brå' },
	{ host: /(^|\.)bra\.se$/, type: 'official_release', publisher: 'Brå' },
	{ host: /(^|\.)start\.stockholm$/, type: 'official_release', publisher: 'Stockholms stad' },
	{ host: /(^|\.)polisen\.se$/, type: 'official_release', publisher: 'Polismyndigheten' },
	{ host: /(^|\.)(mitti|stockholmdirekt)\.se$/, type: 'news', publisher: 'Mitt i' },
	{ host: /(^|\.)dn\.se$/, type: 'news', publisher: 'Dagens Nyheter' },
	{ host: /(^|\.)nyhetsbyranjarva\.se$/, type: 'news', publisher: 'Nyhetsbyrån Järva' },
	{ host: /(^|\.)nykommun\.se$/, type: 'news', publisher: 'Nyheter om kommuner (nykommun.se)' },
	{ host: /(^|\.)securityuser\.com$/, type: 'news', publisher: 'Security User' },
	{ host: /(^|\.)buzzter\.se$/, type: 'secondary', publisher: 'buzzter.se (citing Dagens Nyheter)', name: { sv: 'buzzter.se (citerar Dagens Nyheter)', en: 'buzzter.se (citing Dagens Nyheter)' } },
	{ host: /(^|\.)lidingo\.se$/, type: 'secondary', publisher: 'Lidingö stad' },
	{ host: /^helentornqvist\.blogspot\.com$/, type: 'secondary', publisher: 'Helen Törnqvist (blog)', name: { sv: 'Helen Törnqvist (blogg)', en: 'Helen Törnqvist (blog)' } },
	{ host: /^mgerell\.blogspot\.com$/, type: 'secondary', publisher: 'Manne Gerell (blog)', name: { sv: 'Manne Gerell (blogg)', en: 'Manne Gerell (blog)' } }
];

export interface Classified {
	type: EvidenceSourceType;
	/** The publisher's identity (one spelling, whatever the page's language). */
	publisher: string;
	/** The publisher in Swedish and English. */
	publisherName: Localised;
	/** False when no rule matched: the row is kept as 'secondary' under its host name and a warning is raised. */
	known: boolean;
}

const both = (name: string): Localised => ({ sv: name, en: name });

/** The note's own "sekundär källa" overrides the host rule. */
export function classifySource(url: string, note: string): Classified {
	let host = '';
	let path = '';
	try {
		const u = new URL(url);
		host = u.hostname;
		path = u.pathname;
	} catch {
		return { type: 'secondary', publisher: url || 'unknown', publisherName: both(url || 'unknown'), known: false };
	}
	const rule = RULES.find((r) => r.host.test(host) && (!r.path || r.path.test(path)));
	if (!rule) return { type: 'secondary', publisher: host, publisherName: both(host), known: false };
	const type = /sekundär källa/i.test(note) ? 'secondary' : rule.type;
	return { type, publisher: rule.publisher, publisherName: rule.name ?? both(rule.publisher), known: true };
}
