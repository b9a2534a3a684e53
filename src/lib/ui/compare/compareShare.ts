// What a comparison chart's share menu says: the permalink of the page state at the chart's figure, the embed of
// that one diagram, the source line with the licences, the own-data lines; ChartShare renders it.
import { base } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/i18n/href';
import { locale } from '$lib/i18n/labels';
import type { ShareSpec } from '$lib/share/shareTexts';
import type { LegendItem } from '$lib/share/svgExport';
import { serialiseCompareState, type CompareState } from '$lib/state/compareState';
import { DIAGRAMS, DIAGRAM_PARAM, type Diagram } from './compareDiagrams';
import type { CompareData } from './loadCompare';

export interface CompareShareInput {
	diagram: Diagram;
	title: string;
	/** Indicator, year(s), level and groupings in words. */
	subtitle: string;
	/** The figure's source line ("Källa: …."). */
	source: string;
	/** What the figures mean (the indicator's definition), for the CSV; the subtitle where a chart has many indicators. */
	definition?: string;
	licences: string[];
	reading: string[];
	/** Alt text's opening word, e.g. "Punktdiagram". */
	kind: string;
	/** The state the link and embed carry (heldState). */
	view: CompareState;
	/** File names of the user's own tables in this chart (they are not in the link). */
	ownFiles: string[];
	fileParts: (string | number)[];
	legend?: LegendItem[];
	/** What the page says about the groupings at this level (compareFormat.groupingNotes): in the CSV and the image. */
	groupingNotes: string[];
}

/**
 * The state a shared link and an embed hold: the view's own year, or the latest year of any figure shown, so the
 * link shows the same figures after newer years are added to the data.
 */
export function heldState(data: Pick<CompareData, 'state' | 'latestShown'>): CompareState {
	return { ...data.state, until: data.state.until ?? data.latestShown };
}

export function compareShare(p: CompareShareInput): ShareSpec {
	const query = serialiseCompareState(p.view);
	const figure = DIAGRAMS[p.diagram].figure;
	const licenceText = p.licences.length ? ' ' + m.compare_licence({ licences: [...new Set(p.licences)].join('; ') }) : '';
	return {
		link: { path: `${base}${localizeHref('/jamfor')}`, rest: `?${query}#${figure}-title` },
		embed: `${base}${localizeHref('/embed/jamfor')}?${DIAGRAM_PARAM}=${p.diagram}&${query}`,
		back: `${localizeHref('/jamfor')}?${query}#${figure}-title`,
		title: p.title,
		subtitle: p.subtitle,
		source: `${p.source}${licenceText}`,
		csvTitle: p.title,
		citeTitle: p.title,
		altTitle: p.title,
		citeSource: p.source.replace(/^[^:]+:\s*/, '').replace(/\.\s*$/, ''),
		definition: p.definition ? `${m.definition_label()}: ${p.definition}` : p.subtitle,
		notesBefore: p.groupingNotes,
		notesAfter: p.ownFiles.map((f) => m.byo_source({ file: f })),
		kind: p.kind,
		reading: p.reading.join(' '),
		// File names in the page's language: the diagram's Swedish address name, or its English figure name.
		fileParts: [m.file_compare(), locale() === 'sv' ? p.diagram : figure, ...p.fileParts],
		legend: p.legend,
		keyNotes: p.groupingNotes,
		note: p.ownFiles.length ? m.byo_share_note() : ''
	};
}

/** The diagram's <svg> on the page, at the moment of export. */
export function compareChart(diagram: Diagram): () => SVGSVGElement | null {
	return () => document.querySelector<SVGSVGElement>(`svg[data-chart="${DIAGRAMS[diagram].chart}"]`);
}
