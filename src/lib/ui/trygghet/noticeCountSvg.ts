// The notice count table drawn as SVG markup, so its PNG/SVG export looks like the shaded table on the page (the page
// itself keeps the HTML table: it is the accessible form).
import { interpolateRgb } from 'd3-interpolate';
import type { CountPeriod, CountRow } from '$lib/charts/NoticeCountTable.svelte';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function noticeCountSvg(rows: CountRow[], periods: CountPeriod[], rowHeader: string): string {
	const LABEL = 200;
	const COL = 64;
	const ROW = 20;
	const HEAD = 24;
	const width = LABEL + COL * periods.length + 8;
	const height = HEAD + ROW * rows.length + 4;
	// The same light shades as the page's table (square root of the count over the largest non-summary count of a
	// complete period; an incomplete period is left unshaded, as there).
	const complete = periods.filter((p) => !p.incomplete);
	const max = Math.max(1, ...rows.filter((r) => !r.summary).flatMap((r) => complete.map((p) => r.counts[p.key] ?? 0)));
	const shade = interpolateRgb('#ffffff', '#a9c2df');
	const parts: string[] = [];
	parts.push(`<text x="4" y="16" font-size="12" font-weight="700" fill="#1b1b1f">${esc(rowHeader)}</text>`);
	periods.forEach((p, j) => {
		parts.push(`<text x="${LABEL + COL * (j + 1) - 6}" y="16" font-size="11" font-weight="700" text-anchor="end" fill="#1b1b1f">${esc(p.label)}${p.incomplete ? '†' : ''}</text>`);
	});
	rows.forEach((r, i) => {
		const y = HEAD + ROW * i;
		if (r.summary) parts.push(`<line x1="0" x2="${width}" y1="${y}" y2="${y}" stroke="#3d3d45" stroke-width="1.5"/>`);
		const weight = r.sub ? '400' : '700';
		parts.push(`<text x="${r.sub ? 18 : 4}" y="${y + 14}" font-size="12" font-weight="${weight}" fill="#1b1b1f">${esc(r.label)}</text>`);
		periods.forEach((p, j) => {
			const n = r.counts[p.key] ?? 0;
			const x = LABEL + COL * j;
			if (!r.summary && !p.incomplete && n > 0) parts.push(`<rect x="${x + 2}" y="${y + 1}" width="${COL - 4}" height="${ROW - 2}" fill="${shade(Math.sqrt(n / max))}"/>`);
			parts.push(`<text x="${x + COL - 6}" y="${y + 14}" font-size="12" font-weight="${r.summary ? '700' : '400'}" text-anchor="end" fill="#1b1b1f">${n}</text>`);
		});
	});
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${parts.join('')}</svg>`;
}
