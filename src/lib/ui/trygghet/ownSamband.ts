// The visitor's own table columns as scatter options: their values per level and year as given (missing stays
// missing), the file named as the source, and which values rest on fewer respondents than the table's threshold.
import type { Level } from '$lib/types/dataset';
import type { UserDataset } from '$lib/byo/types';
import { isLowN } from '$lib/byo/reliability';
import type { SambandIndicator } from './sambandPage.server';
import { SCATTER_LEVELS } from '$lib/state/sambandState';

export const lowNKey = (level: Level, code: string, year: number) => `${level}|${code}|${year}`;

export function ownSambandIndicators(datasets: readonly UserDataset[], source: (file: string) => string): SambandIndicator[] {
	return datasets.flatMap((d) =>
		d.indicators.flatMap((i): SambandIndicator[] => {
			const rows = d.observations.filter((o) => o.indicator === i.id && SCATTER_LEVELS.includes(o.level));
			const years = new Map<Level, Set<number>>();
			for (const o of rows) if (o.value !== null) (years.get(o.level) ?? years.set(o.level, new Set()).get(o.level)!).add(o.year);
			const levels = SCATTER_LEVELS.filter((l) => years.has(l));
			if (!levels.length) return [];
			return [
				{
					id: i.id,
					name: { sv: i.name, en: i.name },
					unit: i.unit,
					decimals: i.decimals,
					levels,
					yearsByLevel: Object.fromEntries(levels.map((l) => [l, [...years.get(l)!].sort((a, b) => a - b)])),
					source: source(d.fileName),
					kind: 'own',
					values: rows.map((o) => [o.level, o.code, o.year, o.value]),
					lowN: { threshold: d.nThreshold, keys: rows.filter((o) => isLowN(o, d.nThreshold)).map((o) => lowNKey(o.level, o.code, o.year)) }
				}
			];
		})
	);
}
