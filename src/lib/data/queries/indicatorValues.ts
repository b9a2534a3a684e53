// Every area's value of one indicator at one level and year (the map and its table).
import type { Connector } from '../connector.ts';
import type { Level, ObservationStatus } from '../../types/dataset.ts';

export interface AreaValue {
	code: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	status: ObservationStatus;
}

export async function indicatorValues(
	c: Connector,
	p: { indicator: string; level: Level; year: number }
): Promise<AreaValue[]> {
	return c.query<AreaValue & Record<string, unknown>>(
		`SELECT code, value, numerator, denominator, status
		 FROM observations
		 WHERE indicator = ? AND level = ? AND year = ?
		 ORDER BY code`,
		[p.indicator, p.level, p.year]
	);
}
