// DeSO 2025 indicators for Stockholm (SCB tables via the am-dashboard-se repository): one indicator per CSV column.
import type { ObservationStatus } from '../../src/lib/types/dataset.ts';
import type { TracedObservation } from '../types.ts';
import { parseCsv, parseNumber, readMirrorText, type LoadContext, type TracedSourceResult } from '../csv.ts';
import { approximateByKind } from '../../src/lib/model/aggregate.ts';
import { FILE, INDICATORS, POP_YEAR, POPULATION_ID, SPECS, TENURE_YEAR, type Base, type Spec } from './am_dashboard_deso2025_catalogue.ts';

export { INDICATORS, POPULATION_ID };

/** Which spec and year a column holds: `<prefix>_<yyyy>`, or a bare column (pop, tenure_N) of a fixed year. */
function columnSpec(column: string): { spec: Spec; year: number } | null {
	const bare = SPECS.find((s) => s.column === column);
	if (bare) return { spec: bare, year: bare.id === POPULATION_ID ? POP_YEAR : TENURE_YEAR };
	const m = /^(.+)_(\d{4})$/.exec(column);
	const spec = m && SPECS.find((s) => s.column === m[1]);
	return spec ? { spec, year: Number(m![2]) } : null;
}

/** Every indicator column of the DeSO 2025 file → long observations; an unknown column is an error. */
export function parseDesoIndicators(text: string, file = FILE): { observations: TracedObservation[]; warnings: string[] } {
	const table = parseCsv(text, file);
	const columns = table.columns.filter((c) => c !== 'deso2025' && c !== 'regso2025');
	const mapped = columns.map((column) => {
		const found = columnSpec(column);
		if (!found) throw new Error(`${file}:1: column "${column}" has no indicator definition`);
		if (found.spec.base === 'dwellings' && found.year !== TENURE_YEAR && !approximateByKind(found.spec.aggregation, found.year))
			throw new Error(
				`${file}:1: column "${column}": its counts would be estimated from the dwellings of ${TENURE_YEAR}, but the indicator does not mark ${found.year} as a year of estimated counts`
			);
		return { column, ...found };
	});
	const observations: TracedObservation[] = [];
	for (const row of table.rows) {
		const num = (column: string) => (table.columns.includes(column) ? parseNumber(row.get(column), `${file}:${row.line}`) : null);
		const code = row.get('deso2025');
		const pop2025 = num('pop');
		const growth = num(`growth_${POP_YEAR}`);
		const pop2024 = pop2025 !== null && growth !== null ? Math.round(pop2025 / (1 + growth / 100)) : null;
		const population: Record<number, number | null> = { [POP_YEAR]: pop2025, [POP_YEAR - 1]: pop2024 };
		const tenure = [1, 2, 3, 4].map((i) => num(`tenure_${i}`));
		const dwellingsTotal = tenure.every((t): t is number => t !== null) ? tenure.reduce((a, b) => a + b, 0) : null;
		const rental = tenure[0] ?? null;
		const make = (id: string, year: number, value: number | null, n: number | null, d: number | null, status: ObservationStatus) =>
			observations.push({
				indicator: id,
				level: 'deso2025',
				code,
				year,
				value,
				numerator: value === null ? null : n,
				denominator: value === null ? null : d,
				status: value === null ? 'missing' : status,
				origin: { file, row: row.line }
			});
		if (pop2024 !== null) make(POPULATION_ID, POP_YEAR - 1, pop2024, null, null, 'derived');
		for (const { column, spec, year } of mapped) {
			const value = num(column);
			const base = baseFor(spec.base, year, population, dwellingsTotal, rental, value);
			make(spec.id, year, value, base.numerator, base.denominator, base.status);
		}
	}
	return { observations, warnings: [] };
}

function baseFor(
	base: Base,
	year: number,
	population: Record<number, number | null>,
	dwellingsTotal: number | null,
	rental: number | null,
	value: number | null
): { numerator: number | null; denominator: number | null; status: ObservationStatus } {
	const pop = population[year] ?? null;
	const fromShare = (d: number | null, status: ObservationStatus) =>
		value === null || d === null ? { numerator: null, denominator: null, status } : { numerator: (value / 100) * d, denominator: d, status };
	switch (base) {
		case 'none':
			return { numerator: null, denominator: null, status: 'ok' };
		case 'population':
			return fromShare(pop, 'derived');
		case 'population_standin':
			// The share is the source's; only sums over areas are approximate (the indicator's aggregation says so).
			return fromShare(pop, 'derived');
		case 'dwellings':
			// TENURE_YEAR's counts are the counted dwellings themselves, not estimated from a rounded share: as in the
			// source ('ok'). Another year's counts are its share × the dwellings of TENURE_YEAR: estimates, which the
			// indicator's estimatedYears says (sums over areas are approximate); each area's own share is still the source's.
			return year === TENURE_YEAR && rental !== null
				? { numerator: rental, denominator: dwellingsTotal, status: 'ok' }
				: fromShare(dwellingsTotal, 'derived');
		case 'growth': {
			const before = population[POP_YEAR - 1] ?? null;
			const after = population[POP_YEAR] ?? null;
			return before === null || after === null || year !== POP_YEAR
				? { numerator: null, denominator: null, status: 'derived' }
				: { numerator: after - before, denominator: before, status: 'derived' };
		}
	}
}

export function load(rawDir: string, _ctx: LoadContext = {}): TracedSourceResult {
	const { observations, warnings } = parseDesoIndicators(readMirrorText(rawDir, FILE));
	return { indicators: INDICATORS, observations, inputs: [FILE], warnings };
}
