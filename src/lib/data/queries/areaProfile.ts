// One area's value for every indicator and year at its level, beside the whole city's value (the area panel/page).
import type { Connector } from '../connector.ts';
import type { Level, ObservationStatus } from '../../types/dataset.ts';

export interface ProfileRow {
	indicator: string;
	year: number;
	value: number | null;
	status: ObservationStatus;
	/** The share of the finer areas' population with data, where the value was carried with some lacking it. */
	coverage: number | null;
	city: number | null;
	cityStatus: ObservationStatus | null;
	cityCoverage: number | null;
}

export async function areaProfile(c: Connector, p: { level: Level; code: string }): Promise<ProfileRow[]> {
	return c.query<ProfileRow & Record<string, unknown>>(
		`SELECT o.indicator, o.year, o.value, o.status, o.coverage, k.value AS city, k.status AS "cityStatus", k.coverage AS "cityCoverage"
		 FROM observations o
		 LEFT JOIN observations k
		   ON k.indicator = o.indicator AND k.year = o.year AND k.level = 'kommun' AND k.code = '0180'
		 WHERE o.level = ? AND o.code = ?
		 ORDER BY o.indicator, o.year`,
		[p.level, p.code]
	);
}
