// Charts on a phone: laid out at the width they are shown at, so their text stays readable (no chart text under
// 11 px at a 360 px viewport) and inside the chart; their exported images are drawn at the desktop width, the same
// file whatever screen they were made on.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const PHONE = { width: 360, height: 740 };

interface ChartText {
	/** data-chart of each chart with text on the page, in order. */
	charts: string[];
	/** Smallest rendered font size of any chart text, CSS px (font size × the SVG's scale on screen). */
	smallest: number;
	smallestText: string;
	/** Texts that reach past their chart's left or right edge. */
	clipped: string[];
}

/** Measures every <text> in the page's charts; the maps (Choropleth, AreaMiniMap) carry their key outside the SVG. */
function chartText(page: Page): Promise<ChartText> {
	return page.evaluate(() => {
		const out = { charts: [] as string[], smallest: Infinity, smallestText: '', clipped: [] as string[] };
		for (const svg of document.querySelectorAll<SVGSVGElement>('main svg[data-chart]')) {
			const box = svg.getBoundingClientRect();
			if (box.width === 0 || box.left < -1000) continue;
			const texts = Array.from(svg.querySelectorAll('text')).filter((t) => t.getBoundingClientRect().width > 0);
			if (!texts.length) continue;
			out.charts.push(svg.dataset.chart!);
			for (const t of texts) {
				const ctm = t.getScreenCTM()!;
				const size = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(ctm.a, ctm.b);
				if (size < out.smallest) [out.smallest, out.smallestText] = [size, `${svg.dataset.chart}: ${t.textContent}`];
				const r = t.getBoundingClientRect();
				if (r.left < box.left - 1 || r.right > box.right + 1) out.clipped.push(`${svg.dataset.chart}: ${t.textContent}`);
			}
		}
		return out;
	});
}

const PAGES = [
	{ path: '/jamfor', charts: ['dotplot', 'timeseries', 'timeseries-gap', 'ranking', 'targeting', 'concentration'] },
	{ path: '/samband', charts: ['scatter'] },
	{ path: '/segregation', charts: ['levels', 'targeting'] },
	{ path: '/trygghet', charts: ['small-line'] },
	// The area's profile: in the map's side panel and in its embed (the area page itself draws only sparklines and a
	// locator map, which carry no text).
	{ path: '/?niva=stadsdelsomrade&omrade=skarholmen', charts: ['profile'] },
	{ path: '/embed/omrade', charts: ['profile'] }
];

test.describe('at a 360 px viewport', () => {
	test.use({ viewport: PHONE });

	for (const p of PAGES) {
		test(`${p.path}: chart text is at least 11 px and inside its chart`, async ({ page }) => {
			await page.goto(p.path);
			for (const c of p.charts) await expect(page.locator(`main svg[data-chart="${c}"] text >> visible=true`).first()).toBeVisible({ timeout: 45_000 });
			// Laid out again once measured after hydration: wait for what the reader sees.
			await expect.poll(async () => (await chartText(page)).smallest, { timeout: 15_000 }).toBeGreaterThanOrEqual(11);
			const seen = await chartText(page);
			expect(new Set(seen.charts)).toEqual(new Set(p.charts));
			expect(seen.clipped).toEqual([]);
		});
	}
});

/** A chart label as the reader sees it: its lines (one <tspan> each where it is wrapped) joined by spaces. */
function shownLabel(text: Locator): Promise<string> {
	return text.evaluate((t) => {
		const lines = Array.from(t.querySelectorAll('tspan'), (l) => l.textContent ?? '');
		return (lines.length ? lines.join(' ') : (t.textContent ?? '')).trim();
	});
}

test.describe('at a 375 px viewport, names that differ only at their end', () => {
	test.use({ viewport: { width: 375, height: 740 } });

	test('the concentration curve, the dot plot and the ranking strips show each grouping and indicator name whole', async ({ page }) => {
		await page.goto('/jamfor?grupper=ovriga_utsatta2023,ovriga_utsatta2025,hela_staden&niva=stadsdel');
		const curve = page.locator('main svg[data-chart="concentration"]');
		const dots = page.locator('main svg[data-chart="dotplot"]');
		await expect(curve.locator('[data-band] text').first()).toBeVisible({ timeout: 45_000 });
		await expect(dots.locator('[data-row] text').first()).toBeVisible({ timeout: 45_000 });
		// Laid out at the phone's width once measured after hydration (the prerendered page draws the desktop layout).
		await expect(curve).not.toHaveAttribute('viewBox', /^0 0 560 /);
		await expect(dots).not.toHaveAttribute('viewBox', /^0 0 760 /);

		const names = { 2023: 'Övriga staden (utanför Utsatta områden 2023 (Polisen))', 2025: 'Övriga staden (utanför Utsatta områden 2025 (Polisen))' };
		const band2023 = await shownLabel(curve.locator('[data-band="ovriga_utsatta2023"] text'));
		const band2025 = await shownLabel(curve.locator('[data-band="ovriga_utsatta2025"] text'));
		expect(band2023).toBe(names[2023]);
		expect(band2025).toBe(names[2025]);
		expect(band2023).not.toBe(band2025);
		// On more than one line at this width: the band is given the height its label needs.
		await expect(curve.locator('[data-band="ovriga_utsatta2023"] text tspan')).not.toHaveCount(0);

		const ranking = page.locator('main svg[data-chart="ranking"]');
		expect(await shownLabel(ranking.locator('[data-group="ovriga_utsatta2023"] text').first())).toBe(names[2023]);
		expect(await shownLabel(ranking.locator('[data-group="ovriga_utsatta2025"] text').first())).toBe(names[2025]);

		const keys = await Promise.all((await dots.locator('.keys text').all()).map(shownLabel));
		expect(keys).toEqual([names[2023], names[2025], 'Hela staden', '100']);
		// Every row's indicator name ends with its year, and no two rows read alike.
		const rows = await Promise.all((await dots.locator('[data-row] text').all()).map(shownLabel));
		expect(rows.length).toBeGreaterThan(5);
		for (const r of rows) expect(r).toMatch(/ \(\d{4}\)$/);
		expect(new Set(rows).size).toBe(rows.length);

		// And all of it inside its chart.
		expect((await chartText(page)).clipped).toEqual([]);
	});
});

/** The chart's SVG file as downloaded from its share menu. */
async function exportedSvg(page: Page, menu: Locator): Promise<string> {
	await menu.locator('summary').click();
	const [dl] = await Promise.all([page.waitForEvent('download'), menu.getByTestId('share-svg').click()]);
	return readFileSync((await dl.path())!, 'utf8');
}

/** The SVG with each element's attributes in name order and no comments: a chart drawn afresh and one hydrated from
 *  the prerendered page list the same attributes in other orders, between other (invisible) Svelte markers. */
function canonical(page: Page, svg: string): Promise<string> {
	return page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const comments = doc.createTreeWalker(doc, NodeFilter.SHOW_COMMENT);
		const drop: Node[] = [];
		while (comments.nextNode()) drop.push(comments.currentNode);
		for (const c of drop) c.parentNode!.removeChild(c);
		for (const el of doc.querySelectorAll('*')) {
			const attrs = Array.from(el.attributes, (a) => [a.name, a.value] as const).sort(([a], [b]) => (a < b ? -1 : 1));
			for (const [name] of attrs) el.removeAttribute(name);
			for (const [name, value] of attrs) el.setAttribute(name, value);
		}
		return new XMLSerializer().serializeToString(doc);
	}, svg);
}

/** Where the text of two files first differs, with some context; null when they are the same. */
function firstDifference(a: string, b: string): string | null {
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return i === a.length && i === b.length ? null : `at ${i}: …${a.slice(Math.max(0, i - 120), i + 120)}… / …${b.slice(Math.max(0, i - 120), i + 120)}…`;
}

const EXPORTS = [
	{ path: '/jamfor', menu: (p: Page) => p.locator('figure[data-figure="dotplot"] [data-testid="share-menu"]'), chart: 'dotplot', ready: 'main svg[data-chart="dotplot"] [data-row] path', width: 760 },
	{ path: '/samband', menu: (p: Page) => p.getByTestId('share-menu'), chart: 'scatter', ready: 'main svg[data-chart="scatter"] .pt', width: 560 },
	{ path: '/segregation', menu: (p: Page) => p.locator('figure.level-chart').first().getByTestId('share-menu'), chart: 'levels', ready: 'main svg[data-chart="levels"] path[data-level]', width: 640 }
];

for (const e of EXPORTS) {
	test(`${e.path}: the ${e.chart} SVG exported on a phone is the desktop one, at its desktop width`, async ({ browser }) => {
		const files: string[] = [];
		for (const viewport of [PHONE, { width: 1280, height: 900 }]) {
			const ctx = await browser.newContext({ viewport, acceptDownloads: true });
			const page = await ctx.newPage();
			await page.goto(e.path);
			await page.waitForFunction(() => document.documentElement.dataset.hydrated === '1', null, { timeout: 30_000 });
			await expect(page.locator(e.ready).first()).toBeVisible({ timeout: 45_000 });
			if (viewport === PHONE) await expect(page.locator(`main svg[data-chart="${e.chart}"]`).first()).not.toHaveAttribute('viewBox', new RegExp(`^0 0 ${e.width} `));
			files.push(await canonical(page, await exportedSvg(page, e.menu(page))));
			await ctx.close();
		}
		expect(files[0]).toMatch(new RegExp(`<svg[^>]*data-chart="${e.chart}"[^>]*viewBox="0 0 ${e.width} `));
		expect(files[0]).toMatch(new RegExp(`^<svg [^>]*\\bwidth="${Math.max(640, e.width)}"`));
		expect(firstDifference(files[0]!, files[1]!)).toBeNull();
	});
}
