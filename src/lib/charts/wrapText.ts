// Greedy word wrap for SVG text, which does not wrap by itself: long labels and export title lines.
import { labelWidth } from './layoutWidth';

/** Lines of `text` that fit `width` px at a font size of `size` px (average glyph ≈ 0.52 em); a word longer than a
 *  line keeps a line of its own rather than being cut. */
export function wrap(text: string, width: number, size: number): string[] {
	const max = Math.max(10, Math.floor(width / (size * 0.52)));
	return greedyLines(text, (s) => s.length <= max, false);
}

/** Lines of a chart label (a grouping's or an indicator's name) that fit `width` px at `size` px, each line measured
 *  with labelWidth's generous per-character estimate so that none reaches past its chart. Every character is kept: a
 *  name is never cut short, so two names that differ only at their end (a year, an age band) stay apart; the chart
 *  gives the label the lines it needs. A word wider than a line, which only a typed name can hold, is broken within
 *  the word; otherwise the lines joined with spaces are the label. */
export function wrapLabel(text: string, width: number, size: number): string[] {
	return greedyLines(text, (s) => labelWidth(s, size) <= width, true);
}

/** Words put on a line while the line `fits`; a word that fits no line alone is broken across lines (`breakWords`,
 *  as many characters as fit on each, at least one) or kept whole on a line of its own. */
function greedyLines(text: string, fits: (line: string) => boolean, breakWords: boolean): string[] {
	const lines: string[] = [];
	let line = '';
	for (let word of text.trim().split(/\s+/)) {
		if (!word) continue;
		const joined = line ? `${line} ${word}` : word;
		if (fits(joined)) {
			line = joined;
			continue;
		}
		if (line) lines.push(line);
		line = '';
		while (breakWords && word && !fits(word)) {
			let n = 1;
			while (n < word.length && fits(word.slice(0, n + 1))) n++;
			lines.push(word.slice(0, n));
			word = word.slice(n);
		}
		line = word;
	}
	if (line) lines.push(line);
	return lines;
}
