// Greedy word wrap and clipping for SVG text, which does not wrap by itself: long labels and export title lines.

/** Lines of `text` that fit `width` px at a font size of `size` px (average glyph ≈ 0.52 em); a word longer than a
 *  line keeps a line of its own rather than being cut. */
export function wrap(text: string, width: number, size: number): string[] {
	const max = Math.max(10, Math.floor(width / (size * 0.52)));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if ((line + ' ' + word).trim().length > max && line) {
			lines.push(line);
			line = word;
		} else line = (line + ' ' + word).trim();
	}
	if (line) lines.push(line);
	return lines;
}

/** `text` whole when it has at most `max` characters, else cut to `max` with an ellipsis as the last. */
export function clip(text: string, max: number): string {
	return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
