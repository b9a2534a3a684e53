// Checks parents computed from geometry against the land-overlay crosswalk tables, and settles disagreements.
import type { Level } from '../../src/lib/types/dataset.ts';
import type { GeometricParents } from './parents.ts';

export interface TableParents {
	/** Path of the table under the mirror, for the warning. */
	file: string;
	/** child code → parent code per level, as the table gives it. */
	parents: Map<string, Partial<Record<Level, string>>>;
}

/**
 * Where geometry and table disagree the table wins: it was overlaid on Stockholm's full-resolution land polygons
 * in EPSG:3011, while ours are the simplified ones including water. Every disagreement becomes a warning.
 */
export function reconcileParents(
	level: Level,
	geometric: GeometricParents,
	table: TableParents
): { parents: Map<string, Partial<Record<Level, string>>>; warnings: string[] } {
	const warnings: string[] = [];
	const parents = new Map<string, Partial<Record<Level, string>>>();
	for (const [code, fits] of geometric) {
		const expected = table.parents.get(code);
		if (!expected) warnings.push(`crosswalk check: ${level} ${code} is missing from ${table.file}`);
		const resolved: Partial<Record<Level, string>> = {};
		for (const [parentLevel, fit] of Object.entries(fits) as [Level, { code: string; share: number }][]) {
			const want = expected?.[parentLevel];
			resolved[parentLevel] = want ?? fit.code;
			if (want !== undefined && want !== fit.code) {
				warnings.push(
					`crosswalk check: ${level} ${code} → ${parentLevel}: geometry gives ${fit.code} ` +
						`(${Math.round(fit.share * 100)} % of land samples), ${table.file} gives ${want}; kept the table's`
				);
			}
		}
		for (const [parentLevel, want] of Object.entries(expected ?? {}) as [Level, string][]) {
			if (!(parentLevel in fits)) {
				resolved[parentLevel] = want;
				warnings.push(`crosswalk check: ${level} ${code} → ${parentLevel}: no parent from geometry, ${table.file} gives ${want}`);
			}
		}
		parents.set(code, resolved);
	}
	for (const code of table.parents.keys()) {
		if (!geometric.has(code)) warnings.push(`crosswalk check: ${level} ${code} in ${table.file} has no polygon`);
	}
	return { parents, warnings };
}

/** Areas whose primary parent holds less than `below` of their land (e.g. Akalla and Husby across Järvafältet). */
export function splitWarnings(level: Level, geometric: GeometricParents, parentLevel: Level, below = 0.75): string[] {
	return [...geometric].flatMap(([code, fits]) => {
		const fit = fits[parentLevel];
		return fit && fit.share < below
			? [`split area: ${level} ${code} → ${parentLevel}: the primary parent ${fit.code} holds only ${Math.round(fit.share * 100)} % of its land; counts go to it whole`]
			: [];
	});
}
