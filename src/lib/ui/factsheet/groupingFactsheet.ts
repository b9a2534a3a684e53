// Assembles a grouping's factsheet at build: every comparable indicator's latest value for the grouping, the rest of
// the city and the whole city, computed from counts at the level the grouping is defined at, plus the trend per year.
// The whole city is computed like its parts (the grouping and the rest together), so it always lies between them;
// the official city figure (the source's kommun row, unless the build estimated it) is kept beside it for where the two differ.
import type { BuiltCatalogue, Grouping, Indicator, IndicatorFile, Level } from '$lib/types/dataset';
import { lookupFromFiles, type CompareCell } from '$lib/model/aggregate';
import { officialCity } from '$lib/model/areaRows';
import { comparableIndicators, specFor } from '$lib/model/compareSpecs';
import { aggregateSetsPure, type AreaParts } from '$lib/model/setSource';

export interface FactRow {
	indicator: Indicator;
	year: number;
	grouping: CompareCell;
	rest: CompareCell | null;
	/** The whole city computed like the grouping and the rest: every area at the level (with its flags). */
	city: CompareCell;
	/** The source's own city figure (kommun row), which may count what no area holds (e.g. unassigned votes). */
	cityOfficial: number | null;
	trend: { year: number; grouping: number | null; city: number | null }[];
}

export interface GroupingFactsheet {
	grouping: Grouping;
	level: Level;
	members: { code: string; name: string }[];
	rows: FactRow[];
	/** Labels of the source areas (RegSO, DeSO) the boundary cuts (the rows' `split`), by code, listed below the table. */
	splitNames: Record<string, string>;
	builtAt: string;
}

const FACTSHEET_LEVELS: Level[] = ['stadsdelsomrade', 'stadsdel', 'regso', 'deso'];

export function groupingFactsheet(
	cat: BuiltCatalogue,
	groupingId: string,
	file: (id: string) => IndicatorFile,
	parts: AreaParts
): GroupingFactsheet {
	const grouping = cat.groupings.find((g) => g.id === groupingId);
	if (!grouping) throw new Error(`unknown grouping ${groupingId}`);
	const level: Level = FACTSHEET_LEVELS.includes(grouping.level) ? grouping.level : 'stadsdelsomrade';
	const codes = grouping.memberships[level] ?? [];
	const rest = cat.groupings.find((g) => g.complementOf === grouping.id)?.memberships[level] ?? null;
	const levelAreas = cat.areas.filter((a) => a.level === level);
	const names = new Map(levelAreas.map((a) => [a.code, a.name]));
	const cityCodes = rest ? [...codes, ...rest] : levelAreas.map((a) => a.code);
	const lookups = new Map<Level, ReturnType<typeof lookupFromFiles>>();
	const lookupAt = (l: Level) => lookups.get(l) ?? lookups.set(l, lookupFromFiles(l, (id) => file(id).rows)).get(l)!;
	const ctx = { ...cat, parts };
	const official = (id: string, year: number) => officialCity(file(id).rows, year);
	const rows: FactRow[] = comparableIndicators(cat.indicators, level).map((ind) => {
		const years = [...new Set(file(ind.id).rows.filter((r) => r[0] === level).map((r) => r[2]))].sort((a, b) => a - b);
		const year = years[years.length - 1] ?? Math.max(...ind.years);
		const cell = (y: number, set: readonly string[]) => aggregateSetsPure(lookupAt, ctx, level, [specFor(cat, level, ind, y)], [{ key: 'x', codes: set }])[0]![0]!;
		return {
			indicator: ind,
			year,
			grouping: cell(year, codes),
			rest: rest ? cell(year, rest) : null,
			city: cell(year, cityCodes),
			cityOfficial: official(ind.id, year),
			trend: years.map((y) => ({ year: y, grouping: cell(y, codes).value, city: cell(y, cityCodes).value }))
		};
	});
	const split = new Set(rows.flatMap((r) => [...(r.grouping.split ?? []), ...(r.rest?.split ?? [])]));
	return {
		grouping,
		level,
		splitNames: Object.fromEntries(splitLabels(cat, split)),
		members: codes.map((code) => ({ code, name: names.get(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
		rows,
		builtAt: cat.builtAt
	};
}

/** "RegSO Högdalen", "DeSO 0180C1320 (Högdalen)": DeSO have codes, not names, so their RegSO names them. */
function splitLabels(cat: BuiltCatalogue, codes: ReadonlySet<string>): [string, string][] {
	const regso = new Map(cat.areas.filter((a) => a.level === 'regso').map((a) => [a.code, a.name]));
	return cat.areas.flatMap((a): [string, string][] => {
		if (!codes.has(a.code)) return [];
		if (a.level === 'regso') return [[a.code, `RegSO ${a.name}`]];
		if (a.level === 'deso') return [[a.code, `DeSO ${a.code}${a.parents.regso ? ` (${regso.get(a.parents.regso) ?? a.parents.regso})` : ''}`]];
		return [];
	});
}
