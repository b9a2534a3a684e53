// The classes of a classed map's legend, computed once for the legend on screen and for the exported image: one
// swatch per class with its limits, the lower limit included and the upper one excluded (except in the last class).

export interface LegendClass {
	colour: string;
	lo: number | null;
	hi: number | null;
	/** The last class includes its upper limit (the maximum). */
	last: boolean;
}

export function legendClasses(thresholds: readonly number[], colours: readonly string[], min: number | null, max: number | null): LegendClass[] {
	return colours.slice(0, thresholds.length + 1).map((colour, i) => ({
		colour,
		lo: i === 0 ? min : thresholds[i - 1]!,
		hi: i === thresholds.length ? max : thresholds[i]!,
		last: i === thresholds.length
	}));
}

/** "lo – <hi" ("lo – hi" for the last class); empty when a limit is unknown. */
export function classLabel(c: LegendClass, format: (v: number) => string): string {
	if (c.lo === null || c.hi === null) return '';
	return `${format(c.lo)} – ${c.last ? '' : '<'}${format(c.hi)}`;
}
