// Every area's value of one indicator at one level and year (the map and its table), alone or with the whole city's
// value beside it (the map's view: one query, not two).
import type { Connector } from '../connector.ts';
import type { Level, ObservationStatus } from '../../types/dataset.ts';
import { cityValue, type CityValue } from '../../model/areaRows.ts';

export interface AreaValue {
	code: string;
	value: number | null;
	numerator: number | null;
	denominator: number | null;
	status: ObservationStatus;
	/** A carried value's coverage (model/areaRows.ts); null where nothing is known to be missing. */
	coverage: number | null;
}

interface Params {
	indicator: string;
	level: Level;
	year: number;
}

export async function indicatorValues(c: Connector, p: Params): Promise<AreaValue[]> {
	return c.query<AreaValue & Record<string, unknown>>(
		`SELECT code, value, numerator, denominator, status, coverage
		 FROM observations
		 WHERE indicator = ? AND level = ? AND year = ?
		 ORDER BY code`,
		[p.indicator, p.level, p.year]
	);
}

/** The level's rows and the city's value (its kommun row; null without one). At level kommun, the city is its row. */
export async function indicatorValuesWithCity(c: Connector, p: Params): Promise<{ values: AreaValue[] } & CityValue> {
	const rows = await c.query<AreaValue & { kommun: boolean } & Record<string, unknown>>(
		`SELECT code, value, numerator, denominator, status, coverage, level = 'kommun' AS kommun
		 FROM observations
		 WHERE indicator = ? AND year = ? AND level IN (?, 'kommun')
		 ORDER BY code`,
		[p.indicator, p.year, p.level]
	);
	const values: AreaValue[] = [];
	let city: AreaValue | undefined;
	for (const { kommun, code, value, numerator, denominator, status, coverage } of rows) {
		const row = { code, value, numerator, denominator, status, coverage };
		if (kommun) city ??= row;
		if (!kommun || p.level === 'kommun') values.push(row);
	}
	return { values, ...cityValue(city) };
}
