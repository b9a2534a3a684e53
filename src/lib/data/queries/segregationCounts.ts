// Per-area counts of a minority and the whole population for one ratio indicator, level and year, and the
// segregation indices computed from them by the pure model (src/lib/model/segregation.ts).
import type { Connector } from '../connector.ts';
import type { Level, ObservationStatus } from '../../types/dataset.ts';
import { segregationIndices, type AreaCounts, type SegregationResult } from '../../model/segregation.ts';

export interface SegregationCountsParams {
	/** A ratio indicator whose numerator counts the minority and whose denominator counts everyone. */
	indicator: string;
	level: Level;
	year: number;
}

export interface SegregationCountRow extends AreaCounts {
	status: ObservationStatus;
}

export async function segregationCounts(c: Connector, p: SegregationCountsParams): Promise<SegregationCountRow[]> {
	return c.query<SegregationCountRow & Record<string, unknown>>(
		`SELECT code, numerator::DOUBLE AS minority, denominator::DOUBLE AS total, status
		 FROM observations
		 WHERE indicator = ? AND level = ? AND year = ?
		 ORDER BY code`,
		[p.indicator, p.level, p.year]
	);
}

export interface SegregationIndexAnswer {
	/** The level and year travel with the index: a value without them means nothing. */
	indicator: string;
	level: Level;
	year: number;
	result: SegregationResult;
	/** True where some counts were derived from rounded shares. */
	derived: boolean;
	/** True where some counts were carried to the level approximately (by the area holding most of the land). */
	approximate: boolean;
}

export async function segregationIndex(c: Connector, p: SegregationCountsParams): Promise<SegregationIndexAnswer> {
	const rows = await segregationCounts(c, p);
	return {
		...p,
		result: segregationIndices(rows),
		derived: rows.some((r) => r.status === 'derived'),
		approximate: rows.some((r) => r.status === 'approximate')
	};
}
