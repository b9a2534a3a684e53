// One area's figures from the user's own tables: per indicator, every year the table gives for the area (latest
// first), with the interval and the low-n flag the map uses, and the file named as the source.
import type { Level, Unit } from '../types/dataset.ts';
import { interval, isLowN } from './reliability.ts';
import type { UserDataset } from './types.ts';

export interface OwnAreaRow {
	indicator: string;
	name: string;
	unit: Unit;
	decimals: number;
	file: string;
	year: number;
	value: number | null;
	n: number | null;
	interval: [number, number] | null;
	/** Fewer respondents than the table's threshold: shown, but labelled as too uncertain to colour. */
	lowN: boolean;
	threshold: number;
}

export function ownAreaRows(datasets: readonly UserDataset[], level: Level, code: string): OwnAreaRow[] {
	return datasets.flatMap((d) =>
		d.indicators.flatMap((i) =>
			d.observations
				.filter((o) => o.indicator === i.id && o.level === level && o.code === code)
				.sort((a, b) => b.year - a.year)
				.map((o) => ({
					indicator: i.id,
					name: i.name,
					unit: i.unit,
					decimals: i.decimals,
					file: d.fileName,
					year: o.year,
					value: o.value,
					n: o.n,
					interval: interval(o, i.unit),
					lowN: isLowN(o, d.nThreshold),
					threshold: d.nThreshold
				}))
		)
	);
}

/** The latest year only, one row per indicator (the map's area panel). */
export function latestOwnAreaRows(datasets: readonly UserDataset[], level: Level, code: string): OwnAreaRow[] {
	const seen = new Set<string>();
	return ownAreaRows(datasets, level, code).filter((r) => !seen.has(r.indicator) && !!seen.add(r.indicator));
}
