// Formatting shared by the comparison sections: a grouping's value with its "approximate" mark, the source line,
// and lookups from ids to the shipped catalogue.
import { m } from '$lib/paraglide/messages';
import { formatValue } from '$lib/i18n/format';
import { levelLabel, locale, localised } from '$lib/i18n/labels';
import type { CompareCell } from '$lib/model/aggregate';
import type { CompareClientCatalogue, CompareIndicator } from './compareCatalogue';
import type { LangRun, Level, Localised } from '$lib/types/dataset';
import { groupingStyle } from '$lib/model/groupingStyle';
import type { LegendItem } from '$lib/share/svgExport';

export function indicatorOf(cat: CompareClientCatalogue, id: string): CompareIndicator | undefined {
	return cat.indicators.find((i) => i.id === id);
}

export function fmtValue(ind: Pick<CompareIndicator, 'unit' | 'decimals'>, v: number | null): string {
	return formatValue(v, ind.unit, locale(), ind.decimals);
}

/** "21,1 %", "≈ 245 tkr", or "uppgift saknas". */
export function fmtCell(ind: Pick<CompareIndicator, 'unit' | 'decimals'>, c: CompareCell | null): string {
	if (!c || c.value === null) return fmtValue(ind, null);
	return (c.approximate ? `${m.compare_approx_mark()} ` : '') + fmtValue(ind, c.value);
}

/** "Källa: publisher, table (years)."; `publishersOnly` for charts over many indicators (the table names each). */
export function sourceLine(inds: CompareIndicator[], years: number[], publishersOnly = false): string {
	const names = [...new Set(inds.map((i) => (publishersOnly || !i.source.table ? i.source.publisher : `${i.source.publisher}, ${i.source.table}`)))].join('; ');
	const ys = [...new Set(years)].sort((a, b) => a - b);
	const span = ys.length > 1 ? `${ys[0]}–${ys[ys.length - 1]}` : String(ys[0] ?? '');
	return m.compare_source({ sources: `${names}${span ? ` (${span})` : ''}` });
}

/** The indicators' table titles with their languages, for the source line to mark (ChartFigure's sourceLangs). */
export function tableLangs(inds: CompareIndicator[]): LangRun[] {
	return inds.map((i) => ({ text: i.source.table, lang: i.source.tableLang ?? null }));
}

export function percent(share: number): string {
	return formatValue(share * 100, 'percent', locale(), share < 0.1 && share > 0 ? 1 : 0);
}

/** The licences of the indicators a chart draws (own data has none). */
export function licencesOf(inds: CompareIndicator[]): string[] {
	return [...new Set(inds.map((i) => i.source.licence).filter(Boolean))];
}

/**
 * What the comparison says about its groupings at its level: each grouping's own note (e.g. which areas Fokusområden
 * 2025 holds at stadsdelsområde level) and each that has no areas there. Shown under the controls and carried by every
 * comparison chart's export (CSV lines and the image's key), so a copied chart says what the page says.
 */
export function groupingNotes(data: { sets: readonly { label: Localised; note: Localised | null; codes: string[] | null }[]; state: { level: Level } }): string[] {
	return data.sets.flatMap((s) => {
		const parts: string[] = [];
		if (s.note) parts.push(`${localised(s.label)}: ${localised(s.note)}`);
		if (s.codes === null) parts.push(m.compare_not_at_level({ grouping: localised(s.label), level: levelLabel(data.state.level) }));
		return parts;
	});
}

/** "Grupperingar: Fokusområden 2025, Stadsdelslyftet, Hela staden" for a chart's subtitle. */
export function groupingsText(sets: { label: Localised }[]): string {
	return m.compare_share_groupings({ list: sets.map((s) => localised(s.label)).join(', ') });
}

/** The grouping key for an exported chart whose <svg> has no key of its own: each grouping's line and marker, as drawn. */
export function legendOf(sets: { key: string; label: Localised }[]): LegendItem[] {
	return sets.map((s) => {
		const st = groupingStyle(s.key);
		return { fill: st.colour, label: localised(s.label), dash: st.dash, shape: st.shape };
	});
}

/** File names of the user's own tables behind these indicators. */
export function ownFilesOf(ids: string[], ownFile: (id: string) => string | null): string[] {
	return [...new Set(ids.flatMap((id) => ownFile(id) ?? []))];
}

export { aboutLink } from '$lib/ui/aboutLink';
export { localised };
