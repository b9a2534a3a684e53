// Every segregation index on the page, computed once at build from the built indicator files by the pure model.
import { loadCatalogue, loadIndicatorFile, loadTopology } from '$lib/server/dataset';
import { layerPath, shapesFromTopology, type MapShape } from '$lib/model/mapShapes';
import { groupShare, segregationIndices, type SegregationIndices } from '$lib/model/segregation';
import type { IndicatorFileRow, Level } from '$lib/types/dataset';
import { fileRowsAt } from '$lib/model/areaRows';
import { approximateByKind } from '$lib/model/aggregate';
import { withComplements } from '$lib/model/groupingRegistry';
import type { ContributionMap, FamilyData, FamilyId, GroupShares, IndexValue, SegregationPageData } from './types';

interface FamilySpec {
	id: FamilyId;
	/** A ratio indicator: numerator = the minority, denominator = everyone. */
	indicator: string;
	/** Finest first; each level's values come from the build's own aggregation of counts. */
	levels: Level[];
	/** The map shows contributions at a level with geometry. */
	map: { level: Level; year: number };
	/** Grouping memberships are read at this level (every grouping is defined there). */
	groups: { level: Level; year: number };
}

const FAMILIES: FamilySpec[] = [
	{
		id: 'foreign_born',
		indicator: 'utrikes_fodda_andel',
		levels: ['regso', 'stadsdel', 'stadsdelsomrade'],
		map: { level: 'regso', year: 2023 },
		groups: { level: 'regso', year: 2023 }
	},
	{
		id: 'foreign_background',
		indicator: 'utlandsk_bakgrund_andel',
		levels: ['deso2025', 'regso2025', 'stadsdelsomrade'],
		// DeSO 2025 has no geometry in the build; RegSO 2025 does.
		map: { level: 'regso2025', year: 2025 },
		groups: { level: 'deso2025', year: 2025 }
	},
	{
		id: 'low_econ',
		indicator: 'lag_ekonomisk_standard_andel',
		levels: ['deso2025', 'regso2025', 'stadsdelsomrade'],
		map: { level: 'regso2025', year: 2024 },
		groups: { level: 'deso2025', year: 2024 }
	}
];

const rowsAt = (rows: IndicatorFileRow[], level: Level, year: number) => fileRowsAt(rows, level, year);

function compute(rows: IndicatorFileRow[]): { value: SegregationIndices | null; index: ReturnType<typeof segregationIndices> } {
	const index = segregationIndices(rows.map(([, code, , , numerator, denominator]) => ({ code, minority: numerator, total: denominator })));
	return { value: index.ok ? index.value : null, index };
}

/** `countsEstimated`: the indicator's counts are estimates (approximateByKind), so an index over its areas is too. */
function indexValue(rows: IndicatorFileRow[], level: Level, year: number, countsEstimated: boolean): IndexValue {
	const at = rowsAt(rows, level, year);
	const key = {
		level,
		year,
		approximate: countsEstimated || at.some((r) => r[6] === 'approximate'),
		derived: at.some((r) => r[6] === 'derived')
	};
	const { index } = compute(at);
	if (!index.ok) return { ...key, ok: false, failure: index.failure };
	const v = index.value;
	return {
		...key,
		ok: true,
		d: v.dissimilarity,
		isolation: v.isolation,
		exposure: v.exposure,
		theilH: v.theilH,
		minorityProportion: v.minorityProportion,
		nAreas: v.nAreas,
		nMissing: v.nMissing
	};
}

const shapesByLevel = new Map<Level, MapShape[]>();
/** One array per level, so the page data carries each level's shapes once (repeated references are serialised once). */
function shapesAt(level: Level): MapShape[] {
	let s = shapesByLevel.get(level);
	if (!s) shapesByLevel.set(level, (s = shapesFromTopology(loadTopology(level), level, loadCatalogue().frame)));
	return s;
}

function contributionMap(rows: IndicatorFileRow[], level: Level, year: number): ContributionMap | null {
	const { value } = compute(rowsAt(rows, level, year));
	if (!value) return null;
	const shapes = shapesAt(level);
	const names = new Map(shapes.map((s) => [s.code, s.name]));
	for (const a of loadCatalogue().areas) if (a.level === level && !names.has(a.code)) names.set(a.code, a.name);
	return {
		level,
		year,
		d: value.dissimilarity,
		shapes,
		rows: value.contributions.map((c) => ({
			code: c.code,
			name: names.get(c.code) ?? c.code,
			minority: c.minority,
			total: c.total,
			minorityShare: c.minorityShare,
			majorityShare: c.majorityShare,
			shareOfD: c.signed / value.dissimilarity
		}))
	};
}

function groupShares(rows: IndicatorFileRow[], level: Level, year: number): GroupShares | null {
	const { value } = compute(rowsAt(rows, level, year));
	if (!value) return null;
	// Each grouping followed by its complement.
	const groupings = withComplements(loadCatalogue().groupings);
	return {
		level,
		year,
		rows: groupings
			.filter((g) => g.memberships[level]?.length)
			.map((g) => ({ id: g.id, name: g.name, complementOf: g.complementOf, ...groupShare(value, g.memberships[level]!) }))
	};
}

export function segregationPage(): SegregationPageData {
	const catalogue = loadCatalogue();
	const families: FamilyData[] = FAMILIES.map((spec) => {
		const ind = catalogue.indicators.find((i) => i.id === spec.indicator);
		if (!ind) throw new Error(`segregation page: indicator ${spec.indicator} is not in the catalogue`);
		if (ind.aggregation.kind !== 'ratio') throw new Error(`segregation page: ${spec.indicator} is not a ratio of counts`);
		const rows = loadIndicatorFile(spec.indicator).rows;
		const levels = spec.levels.filter((l) => ind.levels.includes(l));
		return {
			id: spec.id,
			indicator: {
				id: ind.id,
				name: ind.name,
				description: ind.description,
				source: { publisher: ind.source.publisher, table: ind.source.table, licence: ind.source.licence }
			},
			years: ind.years,
			levels,
			values: ind.years.flatMap((year) => levels.map((level) => indexValue(rows, level, year, approximateByKind(ind.aggregation, year)))),
			map: contributionMap(rows, spec.map.level, spec.map.year),
			groups: groupShares(rows, spec.groups.level, spec.groups.year)
		};
	});
	return { builtAt: catalogue.builtAt, frame: catalogue.frame, water: layerPath(loadTopology('water'), 'water', catalogue.frame), families };
}
