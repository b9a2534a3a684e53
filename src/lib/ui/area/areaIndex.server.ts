// The index of area pages: every level that has area pages, with its areas sorted by name (Swedish collation, numbers
// in order). One derivation for the list of levels (/omrade) and each level's list of areas (/omrade/<level>).
import { LEVELS, type Level } from '$lib/types/dataset';
import { areasWithData } from './areaProfile';
import { areaSources } from './areaPages.server';

export interface LevelIndex {
	level: Level;
	areas: { code: string; name: string }[];
}

let cached: LevelIndex[] | null = null;

export function areaIndex(): LevelIndex[] {
	if (cached) return cached;
	const byLevel = new Map<Level, { code: string; name: string }[]>();
	for (const { level, code, name } of areasWithData(areaSources())) {
		let list = byLevel.get(level);
		if (!list) byLevel.set(level, (list = []));
		list.push({ code, name });
	}
	const collator = new Intl.Collator('sv', { numeric: true });
	cached = LEVELS.filter((l) => byLevel.has(l)).map((level) => ({ level, areas: byLevel.get(level)!.sort((a, b) => collator.compare(a.name, b.name)) }));
	return cached;
}
