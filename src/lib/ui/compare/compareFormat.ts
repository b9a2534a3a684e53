// Formatting shared by the comparison sections: a grouping's value with its "approximate" mark, the source line,
// and lookups from ids to the shipped catalogue.
import { m } from '$lib/paraglide/messages';
import { formatValue } from '$lib/i18n/format';
import { locale, localised } from '$lib/i18n/labels';
import type { CompareCell } from '$lib/model/compareAggregate';
import type { CompareClientCatalogue, CompareIndicator } from './compareCatalogue';

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
	const names = [...new Set(inds.map((i) => (publishersOnly ? i.source.publisher : `${i.source.publisher}, ${i.source.table}`)))].join('; ');
	const ys = [...new Set(years)].sort((a, b) => a - b);
	const span = ys.length > 1 ? `${ys[0]}–${ys[ys.length - 1]}` : String(ys[0] ?? '');
	return m.compare_source({ sources: `${names}${span ? ` (${span})` : ''}` });
}

export function percent(share: number): string {
	return formatValue(share * 100, 'percent', locale(), share < 0.1 && share > 0 ? 1 : 0);
}

export { localised };
