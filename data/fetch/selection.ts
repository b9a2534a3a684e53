// From a table's metadata and its spec to the exact codes to ask for, and from there to requests that each fit
// SCB's limits. Pure: no I/O.
import type { JsonStatDataset } from './jsonstat.ts';
import { KOMMUN, REGION_SUFFIX, type FetchLevel, type TableSpec } from './tables.ts';

export class SelectionError extends Error {}

/** Dimension id → codes, in the order of the table's dimensions. */
export type Selection = Record<string, string[]>;

export interface PlannedSelection {
	selection: Selection;
	/** Dimensions left out because the metadata marks them eliminable (SCB returns their total). */
	eliminated: string[];
	/** How many Region codes of each division were selected. */
	regions: Record<FetchLevel, number>;
	/** Every period in the metadata (all are fetched). */
	years: string[];
}

const TOTAL_CODE = /^(tot|totalt|total|sa|samtliga|alla)$/i;
const TOTAL_LABEL = /\b(totalt|samtliga|alla)\b/i;

/** The kommun's Region codes of one division: prefix `0180`, suffix `_DeSO2025` / `_RegSO2025`. */
export function regionCodes(codes: string[], level: FetchLevel, kommun = KOMMUN): string[] {
	const suffix = REGION_SUFFIX[level];
	return codes.filter((c) => c.startsWith(kommun) && c.endsWith(suffix));
}

/** Our area code for an SCB Region code (`0180C1010_DeSO2025` → deso2025 `0180C1010`), or null for other divisions. */
export function areaOf(region: string): { level: FetchLevel; code: string } | null {
	for (const [level, suffix] of Object.entries(REGION_SUFFIX) as [FetchLevel, string][])
		if (region.endsWith(suffix)) return { level, code: region.slice(0, -suffix.length) };
	return null;
}

/** One code or dimension the fetcher would ask for that the table's metadata lacks (or a rule it breaks). */
export interface SelectionProblem {
	table: string;
	dimension: string | null;
	/** The code asked for that the table lacks; null for a problem with the dimension as a whole. */
	code: string | null;
	message: string;
}

/**
 * Compares a spec with a table's metadata: the selection it would send, and every problem found (all of them, not
 * just the first), so `data:fetch --check` can list them and a run can skip the table naming each.
 */
export function checkSelection(meta: JsonStatDataset, spec: TableSpec, kommun = KOMMUN): PlannedSelection & { problems: SelectionProblem[] } {
	const problems: SelectionProblem[] = [];
	const problem = (dimension: string | null, code: string | null, message: string) =>
		problems.push({ table: spec.id, dimension, code, message: `${spec.id} metadata: ${message}` });
	for (const d of ['Region', 'Tid']) if (!meta.dimensions.has(d)) problem(d, null, `no ${d} dimension (dimensions: ${meta.ids.join(', ')})`);
	for (const d of Object.keys(spec.select).filter((d) => !meta.dimensions.has(d)))
		problem(d, null, `the spec selects ${d}, which the table does not have (dimensions: ${meta.ids.join(', ')}); update data/fetch/tables.ts`);

	const selection: Selection = {};
	const eliminated: string[] = [];
	const regions = { deso2025: 0, regso2025: 0 };
	let years: string[] = [];
	for (const id of meta.ids) {
		const dim = meta.dimensions.get(id)!;
		if (id === 'Region') {
			const deso = regionCodes(dim.codes, 'deso2025', kommun);
			const regso = regionCodes(dim.codes, 'regso2025', kommun);
			if (!deso.length) problem(id, null, `no Region code starts with ${kommun} and ends with ${REGION_SUFFIX.deso2025}`);
			regions.deso2025 = deso.length;
			regions.regso2025 = regso.length;
			selection[id] = [...deso, ...regso];
		} else if (id === 'Tid') {
			const notYear = dim.codes.filter((c) => !/^\d{4}$/.test(c));
			if (notYear.length) problem(id, null, `Tid holds ${notYear.slice(0, 3).join(', ')}, not years; only annual tables are read`);
			years = [...dim.codes];
			selection[id] = years;
		} else if (id in spec.select) {
			const want = spec.select[id]!;
			if (want === '*') {
				const totals = dim.codes.filter((c) => TOTAL_CODE.test(c) || TOTAL_LABEL.test(dim.labels[c] ?? ''));
				if (totals.length)
					problem(id, null, `${id} is selected whole ('*') to be summed, but ${totals.map((c) => `${c} "${dim.labels[c] ?? ''}"`).join(', ')} looks like a total`);
				selection[id] = [...dim.codes];
			} else {
				for (const c of want.filter((c) => !dim.codes.includes(c)))
					problem(id, c, `${id} has no code ${c} (codes: ${dim.codes.slice(0, 12).join(', ')})`);
				if (spec.exhaustive?.includes(id))
					for (const c of dim.codes.filter((c) => !want.includes(c)))
						problem(id, null, `${id} also has code ${c} "${dim.labels[c] ?? ''}", which the spec's list leaves out of a sum over all of them`);
				selection[id] = [...want];
			}
		} else if (dim.elimination === true) {
			eliminated.push(id);
		} else {
			problem(
				id,
				null,
				`dimension ${id} is not selected by the spec and the metadata does not mark it eliminable ` +
					`(codes: ${dim.codes.slice(0, 8).join(', ')}); add it to the spec in data/fetch/tables.ts`
			);
		}
	}
	return { selection, eliminated, regions, years, problems };
}

/** The selection to send, or a SelectionError naming every problem. */
export function buildSelection(meta: JsonStatDataset, spec: TableSpec, kommun = KOMMUN): PlannedSelection {
	const { problems, ...planned } = checkSelection(meta, spec, kommun);
	if (problems.length) throw new SelectionError(problems.map((p) => p.message).join('; '));
	return planned;
}

export const cellCount = (s: Selection): number => Object.values(s).reduce((n, codes) => n * codes.length, 1);

/**
 * Splits a selection by Region until each piece has at most `maxCells` cells and, when given, `fits` accepts it
 * (e.g. a GET URL short enough). Every piece keeps the other dimensions whole.
 */
export function planRequests(selection: Selection, maxCells: number, fits: (s: Selection) => boolean = () => true): Selection[] {
	const regions = selection.Region ?? [];
	const ok = (s: Selection) => cellCount(s) <= maxCells && fits(s);
	if (ok(selection)) return [selection];
	if (regions.length <= 1)
		throw new SelectionError(`a single Region needs ${cellCount(selection)} cells or a too long request; narrow the other dimensions`);
	const half = Math.ceil(regions.length / 2);
	return [
		...planRequests({ ...selection, Region: regions.slice(0, half) }, maxCells, fits),
		...planRequests({ ...selection, Region: regions.slice(half) }, maxCells, fits)
	];
}
