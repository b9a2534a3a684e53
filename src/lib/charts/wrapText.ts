// Greedy word wrap for SVG text, which does not wrap by itself: the charts' long labels and the export's title lines.

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
