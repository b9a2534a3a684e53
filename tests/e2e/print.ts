// Print checks: the width an A4 page leaves for content.
export const A4_CONTENT_PX = Math.floor(((210 - 2 * 14) / 25.4) * 96); // A4 width minus the 14 mm margins, at 96 dpi

/**
 * Words of at most `maxLength` letters inside the page's table cells that are broken across two lines: on paper a
 * column narrower than its words ("anmäld / a", "20 / 16") reads as nonsense. Longer words may break where they must,
 * and any word after a hyphen, dash or slash ("20–64-åringar" may end a line at "20–").
 */
export function brokenWords({ selector, maxLength }: { selector: string; maxLength: number }): string[] {
	const out: string[] = [];
	for (const cell of document.querySelectorAll(selector)) {
		const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent ?? '';
			if (!(node.parentElement && node.parentElement.getClientRects().length)) continue;
			for (const m of text.matchAll(/[^\s\u00a0\u202f\-–—/]+/g)) {
				if (m[0].length > maxLength || m[0].length < 2) continue;
				const range = document.createRange();
				range.setStart(node, m.index!);
				range.setEnd(node, m.index! + m[0].length);
				const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
				if (lines.size > 1) out.push(m[0]);
			}
		}
	}
	return out;
}
