// The user's own indicators on a grouping's factsheet: per indicator and year, the grouping, the rest of the city and
// all areas of the table, aggregated exactly as the comparison does (Σnumerator/Σdenominator when the table gave
// counts, else a population-weighted mean flagged approximate), at the factsheet's level when the table has it, else
// at the table's own level where the grouping has a membership.
import type { IndicatorFile, IndicatorFileRow, Level } from '$lib/types/dataset';
import type { UserDataset, UserIndicator } from '$lib/byo/types';
import { aggregatePure, lookupFromFiles, type CompareCell } from '$lib/model/aggregate';
import { COMPARE_LEVELS, specFor, type CompareLevel, type SpecCatalogue } from '$lib/model/compareSpecs';

export interface OwnFactContext {
	/** The level the factsheet's own figures are computed at. */
	level: Level;
	/** The grouping's members and its complement ("övriga staden") at each level where both are defined. */
	sets: Partial<Record<CompareLevel, { grouping: string[]; rest: string[] }>>;
	populationByLevel: Partial<Record<Level, string>>;
}

export interface OwnFactRow {
	indicator: string;
	name: string;
	unit: UserIndicator['unit'];
	decimals: number;
	file: string;
	addedAt: string;
	level: CompareLevel;
	year: number;
	grouping: CompareCell;
	rest: CompareCell;
	/** Every area of the level, i.e. the grouping and the rest together. */
	city: CompareCell;
}

export interface OwnFactsheet {
	rows: OwnFactRow[];
	/** Indicators the grouping cannot be computed for: no membership at any level the table has. */
	skipped: { name: string; file: string }[];
}

/** The level an indicator is aggregated at on this factsheet, or null when the grouping is not defined at any. */
export function ownFactLevel(i: Pick<UserIndicator, 'levels'>, ctx: OwnFactContext): CompareLevel | null {
	const usable = COMPARE_LEVELS.filter((l) => i.levels.includes(l) && ctx.sets[l]);
	return usable.find((l) => l === ctx.level) ?? usable[0] ?? null;
}

/** Population files the aggregation needs (ids), for the levels the user's indicators land on. */
export function populationFilesNeeded(datasets: readonly UserDataset[], ctx: OwnFactContext): string[] {
	const ids = datasets.flatMap((d) =>
		d.indicators.flatMap((i) => {
			const l = ownFactLevel(i, ctx);
			const id = l ? ctx.populationByLevel[l] : undefined;
			return id ? [id] : [];
		})
	);
	return [...new Set(ids)];
}

/** `population`: the loaded population files by id (a missing one leaves weighted means without a value). */
export function ownFactRows(datasets: readonly UserDataset[], ctx: OwnFactContext, population: ReadonlyMap<string, IndicatorFile>): OwnFactsheet {
	const rows: OwnFactRow[] = [];
	const skipped: OwnFactsheet['skipped'] = [];
	for (const d of datasets)
		for (const i of d.indicators) {
			const level = ownFactLevel(i, ctx);
			const sets = level ? ctx.sets[level] : undefined;
			if (!level || !sets) {
				skipped.push({ name: i.name, file: d.fileName });
				continue;
			}
			const popId = ctx.populationByLevel[level];
			const pop = popId ? population.get(popId) : undefined;
			const cat: SpecCatalogue = {
				indicators: [{ id: i.id, unit: i.unit, aggregation: i.aggregation, years: i.years, levels: i.levels }, ...(pop ? [pop.indicator] : [])],
				populationByLevel: pop ? ctx.populationByLevel : {}
			};
			const own: IndicatorFileRow[] = d.observations
				.filter((o) => o.indicator === i.id && o.level === level)
				.map((o) => [o.level, o.code, o.year, o.value, o.numerator, o.denominator, 'ok']);
			const lookup = lookupFromFiles(level, (id) => (id === i.id ? own : id === popId && pop ? pop.rows : []));
			const years = [...new Set(own.map((r) => r[2]))].sort((a, b) => a - b);
			for (const year of years) {
				const spec = specFor(cat, level, cat.indicators[0]!, year);
				const cell = (codes: string[]) => aggregatePure(spec, { key: 'x', codes }, lookup);
				rows.push({
					indicator: i.id,
					name: i.name,
					unit: i.unit,
					decimals: i.decimals,
					file: d.fileName,
					addedAt: d.addedAt,
					level,
					year,
					grouping: cell(sets.grouping),
					rest: cell(sets.rest),
					city: cell([...sets.grouping, ...sets.rest])
				});
			}
		}
	return { rows, skipped };
}
