// A chart's layout width as the one reactive value every chart uses: the <svg>'s shown width (bound to `shown`, e.g.
// bind:clientWidth={cw.shown}) through layoutWidth. A copy drawn for an export (desktopCopy in share/svgExport.ts) is
// mounted with FIXED_LAYOUT in its context and keeps its desktop width, whatever box it is drawn in.
import { getContext } from 'svelte';
import { layoutWidth } from './layoutWidth';

export const FIXED_LAYOUT = Symbol('fixed chart layout');

export class ChartWidth {
	/** The width the <svg> is shown at, in CSS px; 0 until measured. */
	shown = $state(0);
	readonly #desktop: () => number;
	readonly #fixed: boolean;

	/** Call while the component initialises (it reads the context); `desktop` returns the chart's desktop width. */
	constructor(desktop: () => number) {
		this.#desktop = desktop;
		this.#fixed = getContext(FIXED_LAYOUT) === true;
	}

	get value(): number {
		return this.#fixed ? this.#desktop() : layoutWidth(this.shown, this.#desktop());
	}
}
