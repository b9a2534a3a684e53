// A chart key laid out in the SVG (which does not wrap by itself): items left to right, a new line where the next
// would pass the width, and a name longer than a line whole on lines of its own.
import { wrapLabel } from './wrapText';

/** Lines of one key item's name, 14 px apart; items' lines are KEY_ROW apart. */
export const KEY_LINE = 14;
export const KEY_ROW = 20;

export type FlowedKey<T> = T & { lines: string[]; x: number; y: number };

/** Each item with its name's lines and where it starts: `x` of its marker, `y` the middle of its first line. An item
 *  is taken as 26 + 6.6 px a character wide (a 12 px name after its marker) and 12 px from the next; a name wider than
 *  the line beside its marker (`width` − 20) is wrapped, never cut, and its item has the line(s) to itself. */
export function flowKeys<T extends { label: string }>(items: readonly T[], width: number, size = 12): FlowedKey<T>[] {
	let x = 0;
	let y = KEY_ROW / 2;
	let extra = 0;
	return items.map((it) => {
		const lines = wrapLabel(it.label, width - 20, size);
		const w = lines.length > 1 ? width : 26 + it.label.length * 6.6;
		if (x > 0 && x + w > width) {
			x = 0;
			y += KEY_ROW + extra;
			extra = 0;
		}
		const out = { ...it, lines, x, y };
		extra = Math.max(extra, (lines.length - 1) * KEY_LINE);
		x += w + 12;
		return out;
	});
}

/** The height the flowed key takes, its last line's lower half and 6 px below it included. */
export function keyHeight(keys: readonly { lines: string[]; y: number }[]): number {
	return Math.max(0, ...keys.map((k) => k.y + (Math.max(1, k.lines.length) - 1) * KEY_LINE)) + KEY_ROW / 2 + 6;
}
