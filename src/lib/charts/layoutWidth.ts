// The width a chart is laid out at, and the ticks that fit it. Charts are drawn at the width they are shown at (up to
// their desktop width), so their text keeps its size on a phone instead of shrinking with a fixed viewBox; at or
// above the desktop width, and before the width is known (prerendered, no JavaScript), the desktop layout is drawn.

/** Narrower than this a chart is laid out at this width and scaled down (a 320 px phone with the page's margins). */
export const MIN_LAYOUT_WIDTH = 300;

/** The layout width: the width shown (`shown`, 0 until measured), between MIN_LAYOUT_WIDTH and `desktop`. */
export function layoutWidth(shown: number, desktop: number): number {
	if (!(shown > 0)) return desktop;
	return Math.max(Math.min(MIN_LAYOUT_WIDTH, desktop), Math.min(desktop, Math.round(shown)));
}

/** How many ticks to ask d3 for along `span` px: the desktop count, fewer where they would come closer than `gap`. */
export function tickCount(span: number, desktop: number, gap = 70): number {
	return Math.max(2, Math.min(desktop, Math.floor(span / gap)));
}

/** Every k-th of evenly spaced `values` (the first always), k the least that keeps labels `gap` px apart on `span`. */
export function thinned<T>(values: readonly T[], span: number, gap: number): T[] {
	if (values.length < 2) return [...values];
	const step = Math.max(1, Math.ceil(gap / (span / (values.length - 1))));
	return values.filter((_, i) => i % step === 0);
}

/** About how wide a text is at `size` px, a little over (up to 5 %) its width in the widest font charts are drawn in
 *  (DejaVu Sans, where system-ui falls back to it; the export's Atkinson Hyperlegible is narrower), measured over every
 *  indicator's and grouping's name: em widths by kind of character. */
export function labelWidth(text: string, size: number): number {
	let em = 0;
	for (const c of text) em += charEm(c);
	return em * size;
}

function charEm(c: string): number {
	if (/[\s,.:;'’ijl\u2009\u00a0\u202f]/.test(c)) return 0.3;
	if (/[ftrI()\-/]/.test(c)) return 0.4;
	if (c === '%') return 0.9;
	if (/[mMW]/.test(c)) return 1;
	if (c === 'w') return 0.85;
	if (/\p{Lu}/u.test(c)) return 0.75;
	if (/\d/.test(c)) return 0.64;
	return 0.62;
}

/** An axis label centred on its tick at `x`, or anchored at the chart's edge where it would cross it, so the first
 *  and last labels are never cut off. */
export function tickLabel(x: number, text: string, size: number, width: number): { x: number; anchor: 'start' | 'middle' | 'end' } {
	const half = labelWidth(text, size) / 2;
	if (x + half > width) return { x: width - 1, anchor: 'end' };
	if (x - half < 0) return { x: 1, anchor: 'start' };
	return { x, anchor: 'middle' };
}
