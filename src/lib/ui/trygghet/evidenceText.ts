// How a quoted figure is written on the page: its value with the source's unit, its measure, level and source type.
import { m } from '$lib/paraglide/messages';
import { formatNumber } from '$lib/i18n/format';
import { levelLabel, locale } from '$lib/i18n/labels';
import type { EvidenceRow, EvidenceSourceType } from '$lib/types/trygghet';
import type { LangRun } from '$lib/types/dataset';

/** Decimals as published (7.5 stays 7,5; 21 stays 21). */
function decimalsOf(v: number): number {
	const s = String(v);
	return s.includes('.') ? s.length - s.indexOf('.') - 1 : 0;
}

export function evidenceValue(r: Pick<EvidenceRow, 'value' | 'unit' | 'unitName'>): string {
	const n = formatNumber(r.value, locale(), decimalsOf(r.value));
	return r.unit === 'percent' ? `${n}${locale() === 'sv' ? '\u00a0%' : '%'}` : `${n} ${r.unitName[locale()]}`;
}

/** The measure's name in the page's language (never the file's ASCII key). */
export function measureText(r: Pick<EvidenceRow, 'measureName'>): string {
	return r.measureName[locale()];
}

/**
 * The measure filter's options: one per key (the URL's stable value), named in the page's language; a key two surveys
 * word differently (oro_for_bostadsinbrott: the city's and Brå's NTU) shows both wordings, never one for the other.
 */
export function measureOptions(rows: readonly Pick<EvidenceRow, 'measure' | 'measureName'>[]): { key: string; label: string }[] {
	const names = new Map<string, Set<string>>();
	for (const r of rows) names.set(r.measure, (names.get(r.measure) ?? new Set()).add(measureText(r)));
	return [...names]
		.map(([key, set]) => ({ key, label: [...set].sort((a, b) => a.localeCompare(b, locale())).join(' / ') }))
		.sort((a, b) => a.label.localeCompare(b.label, locale()));
}

/** The unit in the page's language. */
export function unitText(r: Pick<EvidenceRow, 'unitName'>): string {
	return r.unitName[locale()];
}

const SOURCE_LEVEL_NAMES: Record<string, { sv: string; en: string }> = {
	lokalpolisomrade: { sv: 'lokalpolisområde', en: 'local police area' },
	polisregion: { sv: 'polisregion', en: 'police region' },
	lan: { sv: 'län', en: 'county' },
	riket: { sv: 'riket', en: 'Sweden' },
	summa_av_stadsdelsomraden: { sv: 'summa av stadsdelsområden', en: 'sum of districts' }
};

export function evidenceLevel(r: Pick<EvidenceRow, 'level' | 'sourceLevel'>): string {
	if (r.level) return levelLabel(r.level);
	return SOURCE_LEVEL_NAMES[r.sourceLevel]?.[locale()] ?? r.sourceLevel;
}

export function evidenceYear(r: Pick<EvidenceRow, 'year' | 'period'>): string {
	return r.period ?? (r.year === null ? m.trygghet_year_missing() : String(r.year));
}

const SOURCE_TYPE_LABELS: Record<EvidenceSourceType, () => string> = {
	official_table: m.trygghet_source_official_table,
	official_release: m.trygghet_source_official_release,
	news: m.trygghet_source_news,
	secondary: m.trygghet_source_secondary
};

export function sourceTypeLabel(t: EvidenceSourceType): string {
	return SOURCE_TYPE_LABELS[t]();
}

/**
 * The source as the page names it, in runs by language: its publisher in the page's language, then its title in the
 * title's own (sourceTitleRuns). A title that already opens with the publisher's name, in either language ("Manne
 * Gerell (blogg), …"), names it once, in the page's language.
 */
export function sourceRuns(r: Pick<EvidenceRow, 'publisherName' | 'sourceTitle' | 'sourceTitleRuns'>): LangRun[] {
	const name = r.publisherName[locale()];
	const [first, ...others] = r.sourceTitleRuns;
	for (const own of new Set([r.publisherName.sv, r.publisherName.en])) {
		const rest = r.sourceTitle.slice(own.length);
		if (first && first.text.length > own.length && r.sourceTitle.startsWith(own) && /^[,:] /.test(rest))
			return [{ text: name, lang: null }, { text: first.text.slice(own.length), lang: first.lang }, ...others];
	}
	return [{ text: `${name}: `, lang: null }, ...r.sourceTitleRuns];
}

/** The source as one string (CSV, exports): the runs joined. */
export function sourceText(r: Pick<EvidenceRow, 'publisherName' | 'sourceTitle' | 'sourceTitleRuns'>): string {
	return sourceRuns(r)
		.map((x) => x.text)
		.join('');
}
