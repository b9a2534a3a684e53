// One table per level for the area pages' CSV download: every area with data × every indicator's value for the latest
// year with figures at that level (a column is one year, named in its header), missing left empty. A last note column
// says, per area, which of its values rest on finer areas some of which lack data (and on how much of their
// population), which are estimated by area weighting (kept with their decimals: estimates, not counted people), and
// which are computed from finer areas' medians, means or categories (approximate: a median cannot be summed).
import type { CsvMeta, CsvTable } from '$lib/share/csv';
import type { Indicator, Level, ObservationStatus } from '$lib/types/dataset';
import { isAreaWeighted } from '$lib/model/areaWeighted';
import { areaKey, areasWithData, type ProfileSources } from './areaProfile';

/** A note opening a sentence of the note column. */
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface LevelCsvText {
	area: string;
	code: string;
	indicator: (name: string, unit: string, year: number, id: string) => string;
	title: string;
	sourcesLabel: string;
	definition: string;
	notes: string[];
	pick: (t: { sv: string; en: string }) => string;
	unit: (u: string) => string;
	/**
	 * The note column's label; a value's coverage in words (labels.ts's coverageWords: "värdet bygger på områden med
	 * 57 % av befolkningen"), the note on a value estimated by area weighting (the same words as the build's indicator
	 * CSVs), and the note listing values computed from finer areas' medians, means or categories.
	 */
	note: string;
	coverage: (share: number) => string;
	weighted: string;
	meanOfValuesNote: (indicators: string[]) => string;
}

/**
 * A value computed not from counts but from finer areas' own figures (a median, a mean, a category: a weighted mean of
 * several, or one whose area only roughly matches) is only approximately the area's figure, and the carry marks it
 * approximate. A finer area passed whole to the same area keeps its status, so a source's own area is not listed.
 */
function meanOfValues(ind: Indicator, status: ObservationStatus): boolean {
	return status === 'approximate' && (ind.aggregation.kind === 'not_aggregable' || ind.aggregation.kind === 'weighted_mean');
}

export function levelCsv(s: ProfileSources, level: Level, text: LevelCsvText): { table: CsvTable; meta: CsvMeta } {
	const areas = areasWithData(s).filter((a) => a.level === level);
	const columns: CsvTable['columns'] = [
		{ key: 'name', label: text.area },
		{ key: 'code', label: text.code }
	];
	const cells = new Map<string, Map<string, number | null>>(areas.map((a) => [a.code, new Map()]));
	const covered = new Map<string, string[]>(areas.map((a) => [a.code, []]));
	const weighted = new Map<string, string[]>(areas.map((a) => [a.code, []]));
	const meanOf = new Map<string, string[]>(areas.map((a) => [a.code, []]));
	const publishers = new Set<string>();
	for (const ind of s.indicators) {
		let latest: number | null = null;
		for (const a of areas) {
			for (const p of s.observations.get(areaKey(level, a.code))?.get(ind.id) ?? []) {
				if (p.value !== null && (latest === null || p.year > latest)) latest = p.year;
			}
		}
		if (latest === null) continue;
		columns.push({ key: ind.id, label: text.indicator(text.pick(ind.name), text.unit(ind.unit), latest, ind.id) });
		publishers.add(`${ind.source.publisher} (${ind.source.licence})`);
		for (const a of areas) {
			const p = s.observations.get(areaKey(level, a.code))?.get(ind.id)?.find((x) => x.year === latest);
			// Four decimals: more than any page shows, without float noise.
			cells.get(a.code)!.set(ind.id, p?.value == null ? null : Math.round(p.value * 1e4) / 1e4);
			if (p?.value == null) continue;
			if (p.coverage !== null) covered.get(a.code)!.push(`${text.pick(ind.name)}: ${text.coverage(p.coverage)}`);
			if (isAreaWeighted(ind, level, latest)) weighted.get(a.code)!.push(text.pick(ind.name));
			else if (meanOfValues(ind, p.status)) meanOf.get(a.code)!.push(text.pick(ind.name));
		}
	}
	columns.push({ key: 'note', label: text.note });
	const note = (code: string) => {
		const w = weighted.get(code)!;
		const mv = meanOf.get(code)!;
		// Indicator names hold commas ("Valdeltagande, riksdagsvalet"): names are listed with semicolons, notes as sentences.
		return [
			...covered.get(code)!,
			w.length ? `${upperFirst(text.weighted)}: ${w.join('; ')}` : '',
			mv.length ? text.meanOfValuesNote(mv) : ''
		]
			.filter(Boolean)
			.join('. ');
	};
	const rows = areas.map((a) => ({ name: a.name, code: a.code, ...Object.fromEntries(cells.get(a.code)!), note: note(a.code) }));
	return {
		table: { columns, rows },
		meta: { title: text.title, source: `${text.sourcesLabel}: ${[...publishers].join('; ')}`, definition: text.definition, notes: text.notes }
	};
}
