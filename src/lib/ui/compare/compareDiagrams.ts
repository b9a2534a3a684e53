// The comparison page's charts as they are named in an embed link (`?diagram=…`), each with the data-chart attribute
// of its <svg> and the figure it sits in; how an embed link is read; and what a chart's share menu needs to know about
// the page.
import { nameIssues } from '$lib/state/paramIssues';
import { parseCompareState, serialiseCompareState, type CompareCatalogue, type CompareIssue, type CompareState } from '$lib/state/compareState';
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

/**
 * An embed link (`?diagram=…&<comparison state>`): its chart, and the comparison it names (null: none, so the
 * prerendered default is shown). A repeated `diagram` is reported like any repeated parameter (the first is used, unless
 * it names no chart); an unknown chart is said apart (`unknownDiagram`). `query` is the link's canonical address, to
 * replace it with when anything was set aside (`setAside`).
 */
export function parseCompareEmbed(
	params: URLSearchParams,
	cat: CompareCatalogue
): { diagram: Diagram; unknownDiagram: boolean; state: CompareState | null; issues: CompareIssue[]; setAside: boolean; query: string } {
	const d = parseDiagram(params.get(DIAGRAM_PARAM));
	const issues: CompareIssue[] = nameIssues(params, [DIAGRAM_PARAM]).filter((i) => i.reason === 'repeated');
	// The first names no chart: the notice must not say it is used.
	if (issues.length && d.unknown) issues.push({ param: DIAGRAM_PARAM, reason: 'unknown' });
	const rest = new URLSearchParams(params);
	rest.delete(DIAGRAM_PARAM);
	let state: CompareState | null = null;
	let query = `${DIAGRAM_PARAM}=${d.diagram}`;
	if ([...rest.keys()].length) {
		const parsed = parseCompareState(rest, cat);
		state = parsed.state;
		issues.push(...parsed.issues);
		query += `&${serialiseCompareState(state)}`;
	}
	return { diagram: d.diagram, unknownDiagram: d.unknown, state, issues, setAside: issues.length > 0 || d.unknown, query };
}

export interface ShareContext {
	/** ISO date the data were built. */
	builtAt: string;
	/** Rendered as an embed: the share menu gives way to the data date and a link back. */
	embed: boolean;
	/** File name of the user's own table an indicator comes from, or null for built indicators. */
	ownFile: (indicatorId: string) => string | null;
}
