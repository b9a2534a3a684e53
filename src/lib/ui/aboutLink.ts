// The link from a figure's source line to the data page, where each indicator has its entry (definition, source
// files, caveats): the map's key and every comparison chart link the same way.
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/i18n/href';
import type { AboutLink } from '$lib/charts/ChartFigure.svelte';

/** An indicator's entry on the data page (`grupp-<id>` for a grouping's). */
export function dataEntryHref(id: string): string {
	return `${localizeHref('/kallor')}#${id}`;
}

/**
 * One indicator: its entry on the data page; several: the page itself (the chart's table names each). Null when the
 * figures are only the user's own data (`ownFile` gives its file name), which the data page does not list. From an
 * embed the link opens in the whole window: the data page refuses to be framed.
 */
export function aboutLink(ids: readonly string[], ownFile: (id: string) => string | null, embed: boolean): AboutLink | null {
	const listed = [...new Set(ids.filter((id) => ownFile(id) === null))];
	if (!listed.length) return null;
	const href = listed.length === 1 ? dataEntryHref(listed[0]!) : localizeHref('/kallor');
	return { href, label: m.about_data(), ...(embed ? { target: '_top' as const } : {}) };
}
