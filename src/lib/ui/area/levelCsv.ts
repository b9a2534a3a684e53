// One table per level for the area pages' CSV download: every area with data × every indicator's value for the latest
// year with figures at that level (a column is one year, named in its header), missing left empty.
import type { CsvMeta, CsvTable } from '$lib/share/csv';
import type { Level } from '$lib/types/dataset';
import { areaKey, areasWithData, type ProfileSources } from './areaProfile';

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
}

export function levelCsv(s: ProfileSources, level: Level, text: LevelCsvText): { table: CsvTable; meta: CsvMeta } {
	const areas = areasWithData(s).filter((a) => a.level === level);
	const columns: CsvTable['columns'] = [
		{ key: 'name', label: text.area },
		{ key: 'code', label: text.code }
	];
	const cells = new Map<string, Map<string, number | null>>(areas.map((a) => [a.code, new Map()]));
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
		}
	}
	const rows = areas.map((a) => ({ name: a.name, code: a.code, ...Object.fromEntries(cells.get(a.code)!) }));
	return {
		table: { columns, rows },
		meta: { title: text.title, source: `${text.sourcesLabel}: ${[...publishers].join('; ')}`, definition: text.definition, notes: text.notes }
	};
}
