// The list of areas: every level and its areas, each linking to the area's page.
import { LEVELS, type Level } from '$lib/types/dataset';
import { areasWithData } from '$lib/ui/area/areaProfile';
import { areaSources } from '$lib/ui/area/areaPages.server';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => {
	const byLevel = new Map<Level, { code: string; name: string }[]>();
	for (const { level, code, name } of areasWithData(areaSources())) {
		let list = byLevel.get(level);
		if (!list) byLevel.set(level, (list = []));
		list.push({ code, name });
	}
	const collator = new Intl.Collator('sv', { numeric: true });
	return {
		levels: LEVELS.filter((l) => byLevel.has(l)).map((level) => ({
			level,
			areas: byLevel.get(level)!.sort((a, b) => collator.compare(a.name, b.name))
		}))
	};
};
