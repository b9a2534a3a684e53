// Whether a value is an area-weighted estimate (Indicator.areaWeighted, filled in by the build): the one test of it, for
// every note that says so (the indicator CSVs written by the build, the area pages' level CSVs).
import type { Indicator, Level } from '../types/dataset.ts';

/** Whether the build estimated the indicator's rows at this level and year by area weighting (counts, not counted people). */
export function isAreaWeighted(ind: Pick<Indicator, 'areaWeighted'>, level: Level, year: number): boolean {
	return ind.areaWeighted?.[level]?.includes(year) ?? false;
}
