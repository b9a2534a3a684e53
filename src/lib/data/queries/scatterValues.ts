// Two indicators' values per area of one level (each at its own year), for the scatter of one against the other.
import type { Connector } from '../connector.ts';
import type { Level } from '../../types/dataset.ts';

export interface ScatterRow {
	code: string;
	/** null where the area has no value (missing stays missing). */
	x: number | null;
	y: number | null;
	/** True where either value was carried from finer areas or estimated (status approximate/derived). */
	approximate: boolean;
}

export interface ScatterParams {
	level: Level;
	x: { indicator: string; year: number };
	y: { indicator: string; year: number };
}

/** Every area with an observation of either indicator; an area with only one value keeps a null for the other. */
export async function scatterValues(c: Connector, p: ScatterParams): Promise<ScatterRow[]> {
	return c.query<ScatterRow & Record<string, unknown>>(
		`WITH x AS (SELECT code, value, status FROM observations WHERE indicator = ? AND level = ? AND year = ?),
		      y AS (SELECT code, value, status FROM observations WHERE indicator = ? AND level = ? AND year = ?)
		 SELECT COALESCE(x.code, y.code) AS code, x.value::DOUBLE AS x, y.value::DOUBLE AS y,
		        COALESCE(x.status IN ('approximate', 'derived') OR y.status IN ('approximate', 'derived'), false) AS approximate
		 FROM x FULL OUTER JOIN y ON x.code = y.code
		 ORDER BY code`,
		[p.x.indicator, p.level, p.x.year, p.y.indicator, p.level, p.y.year]
	);
}
