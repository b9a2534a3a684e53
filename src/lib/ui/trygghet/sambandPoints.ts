// Joins two sides' values to the areas of a level (names, grouping membership) for the scatter; pure.
import type { ScatterPoint } from '$lib/charts/ScatterPlot.svelte';

export interface SideValue {
	value: number | null;
	approximate: boolean;
}

export function sambandPoints(
	areas: readonly [string, string][],
	x: ReadonlyMap<string, SideValue>,
	y: ReadonlyMap<string, SideValue>,
	members: ReadonlySet<string>
): { points: ScatterPoint[]; approximate: boolean } {
	let approximate = false;
	const points = areas.map(([code, name]) => {
		const xv = x.get(code);
		const yv = y.get(code);
		if ((xv?.approximate && xv.value !== null) || (yv?.approximate && yv.value !== null)) approximate = true;
		return { code, name, x: xv?.value ?? null, y: yv?.value ?? null, inGroup: members.has(code) };
	});
	return { points, approximate };
}

/** An indicator file's rows at one level and year as side values. */
export function fileSide(rows: readonly (readonly [string, string, number, number | null, ...unknown[]])[], level: string, year: number): Map<string, SideValue> {
	return new Map(
		rows
			.filter((r) => r[0] === level && r[2] === year)
			.map((r) => [r[1], { value: r[3], approximate: r[6] === 'approximate' || r[6] === 'derived' }] as const)
	);
}
