// The comparison page's charts as they are named in an embed link (`?diagram=…`), each with the data-chart attribute
// of its <svg> and the figure it sits in; and what a chart's share menu needs to know about the page.
export const DIAGRAMS = {
	dotplot: { chart: 'dotplot', figure: 'dotplot' },
	serie: { chart: 'timeseries', figure: 'timeseries' },
	rangordning: { chart: 'ranking', figure: 'ranking' },
	koncentration: { chart: 'concentration', figure: 'concentration' },
	malgrupp: { chart: 'targeting', figure: 'targeting' }
} as const;

export type Diagram = keyof typeof DIAGRAMS;
export const DEFAULT_DIAGRAM: Diagram = 'dotplot';
export const DIAGRAM_PARAM = 'diagram';

/** The diagram named in a link; an unknown name falls back to the default and says so. */
export function parseDiagram(raw: string | null): { diagram: Diagram; unknown: boolean } {
	if (raw === null || raw === '') return { diagram: DEFAULT_DIAGRAM, unknown: false };
	return Object.hasOwn(DIAGRAMS, raw) ? { diagram: raw as Diagram, unknown: false } : { diagram: DEFAULT_DIAGRAM, unknown: true };
}

export interface ShareContext {
	/** ISO date the data were built. */
	builtAt: string;
	/** Rendered as an embed: the share menu gives way to the data date and a link back. */
	embed: boolean;
	/** File name of the user's own table an indicator comes from, or null for built indicators. */
	ownFile: (indicatorId: string) => string | null;
}
