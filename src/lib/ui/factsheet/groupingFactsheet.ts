// Assembles a grouping's factsheet at build: every comparable indicator's latest value for the grouping, the rest of
// the city and the whole city, computed from counts at the level the grouping is defined at, plus the trend per year.
// The whole city is computed like its parts (the grouping and the rest together), so it always lies between them;
// the official city figure (the source's kommun row) is kept beside it for where the two differ.
import type { BuiltCatalogue, Grouping, Indicator, IndicatorFile, Level } from '$lib/types/dataset';
import { aggregatePure, lookupFromFiles, type CompareCell } from '$lib/model/aggregate';
import { comparableIndicators, specFor } from '$lib/model/compareSpecs';

export interface FactRow {
	indicator: Indicator;
	year: number;
	grouping: CompareCell;
	rest: CompareCell | null;
	/** The whole city computed like the grouping and the rest: every area at the level. */
	city: number | null;
	/** The source's own city figure (kommun row), which may count what no area holds (e.g. unassigned votes). */
	cityOfficial: number | null;
	trend: { year: number; grouping: number | null; city: number | null }[];
}

export interface GroupingFactsheet {
	grouping: Grouping;
	level: Level;
	members: { code: string; name: string }[];
	rows: FactRow[];
	builtAt: string;
}

const FACTSHEET_LEVELS: Level[] = ['stadsdelsomrade', 'stadsdel', 'regso', 'deso'];

export function groupingFactsheet(cat: BuiltCatalogue, groupingId: string, file: (id: string) => IndicatorFile): GroupingFactsheet {
	const grouping = cat.groupings.find((g) => g.id === groupingId);
	if (!grouping) throw new Error(`unknown grouping ${groupingId}`);
	const level: Level = FACTSHEET_LEVELS.includes(grouping.level) ? grouping.level : 'stadsdelsomrade';
	const codes = grouping.memberships[level] ?? [];
	const rest = cat.groupings.find((g) => g.complementOf === grouping.id)?.memberships[level] ?? null;
	const levelAreas = cat.areas.filter((a) => a.level === level);
	const names = new Map(levelAreas.map((a) => [a.code, a.name]));
	const cityCodes = rest ? [...codes, ...rest] : levelAreas.map((a) => a.code);
	const lookup = lookupFromFiles(level, (id) => file(id).rows);
	const official = (id: string, year: number) => file(id).rows.find((r) => r[0] === 'kommun' && r[2] === year)?.[3] ?? null;
	const rows: FactRow[] = comparableIndicators(cat.indicators, level).map((ind) => {
		const years = [...new Set(file(ind.id).rows.filter((r) => r[0] === level).map((r) => r[2]))].sort((a, b) => a - b);
		const year = years[years.length - 1] ?? Math.max(...ind.years);
		const cell = (y: number, set: readonly string[]) => aggregatePure(specFor(cat, level, ind, y), { key: 'x', codes: set }, lookup);
		return {
			indicator: ind,
			year,
			grouping: cell(year, codes),
			rest: rest ? cell(year, rest) : null,
			city: cell(year, cityCodes).value,
			cityOfficial: official(ind.id, year),
			trend: years.map((y) => ({ year: y, grouping: cell(y, codes).value, city: cell(y, cityCodes).value }))
		};
	});
	return {
		grouping,
		level,
		members: codes.map((code) => ({ code, name: names.get(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
		rows,
		builtAt: cat.builtAt
	};
}
