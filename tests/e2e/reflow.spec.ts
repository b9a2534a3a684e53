// Reflow (WCAG 1.4.10): at 320 CSS px every page reads without scrolling sideways. A wide data table may scroll inside
// its own box (the exception WCAG allows for data tables), never the page; that box can be reached by keyboard.
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';

const WIDTH = 320;

/** Each page, and what appears on it after hydration that must be in place before it is measured. */
const PAGES: { path: string; after?: string }[] = [
	{ path: '/', after: 'input[type="file"]' },
	{ path: '/en', after: 'input[type="file"]' },
	{ path: '/jamfor' },
	{ path: '/en/jamfor' },
	{ path: '/segregation' },
	{ path: '/trygghet' },
	{ path: '/en/trygghet' },
	{ path: '/samband' },
	{ path: '/en/samband' },
	{ path: '/omrade' },
	{ path: '/omrade/stadsdelsomrade/bromma' },
	{ path: '/omrade/deso/0180C1010' },
	{ path: '/en/omrade/stadsdelsomrade/rinkeby-kista' },
	{ path: '/faktablad/fokus2025' },
	{ path: '/en/faktablad/stadsdelslyftet' },
	{ path: '/kallor' },
	{ path: '/underlag' },
	{ path: '/tillganglighet' },
	{ path: '/embed/karta' },
	{ path: '/embed/jamfor' }
];

/** What sticks out past the viewport outside a scrolling box: elements and runs of text, named for the report. */
function overflowing(page: Page): Promise<{ scrollWidth: number; culprits: string[] }> {
	return page.evaluate(() => {
		const w = document.documentElement.clientWidth;
		/** Whether `from` or a box around it (below the body) scrolls or clips sideways. */
		const inScroller = (from: Element | null) => {
			for (let p = from; p && p !== document.body; p = p.parentElement)
				if (getComputedStyle(p).overflowX !== 'visible') return true;
			return false;
		};
		const name = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
		const culprits: string[] = [];
		for (const el of document.body.querySelectorAll('*')) {
			const r = el.getBoundingClientRect();
			if (r.width === 0 || r.right <= w + 0.5 || inScroller(el.parentElement)) continue;
			if (el.parentElement && el.parentElement.getBoundingClientRect().right > w + 0.5) continue;
			culprits.push(`${name(el)} reaches ${Math.round(r.right)} px: "${(el.textContent ?? '').trim().slice(0, 50)}"`);
		}
		const text = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		for (let n = text.nextNode(); n; n = text.nextNode()) {
			range.selectNodeContents(n);
			const r = range.getBoundingClientRect();
			const parent = n.parentElement;
			if (!parent || r.width === 0 || r.right <= w + 0.5 || inScroller(parent) || parent.getBoundingClientRect().right > w + 0.5) continue;
			culprits.push(`text in ${name(parent)} reaches ${Math.round(r.right)} px: "${(n.textContent ?? '').trim().slice(0, 50)}"`);
		}
		return { scrollWidth: document.documentElement.scrollWidth, culprits };
	});
}

test.describe(`at ${WIDTH} px wide`, () => {
	test.use({ viewport: { width: WIDTH, height: 800 } });

	for (const { path, after } of PAGES) {
		test(`${path} needs no sideways scrolling`, async ({ page }) => {
			expect((await page.goto(path))?.status()).toBe(200);
			if (after) await expect(page.locator(after).first()).toBeAttached();
			const { scrollWidth, culprits } = await overflowing(page);
			expect(culprits).toEqual([]);
			expect(scrollWidth).toBeLessThanOrEqual(WIDTH);
		});
	}

	test('a table wider than the screen scrolls in a box the keyboard can reach, with no serious accessibility violations', async ({ page }) => {
		await page.goto('/faktablad/fokus2025');
		const box = page.getByRole('region', { name: /^Fokusområden 2025 jämfört med övriga staden/ });
		await expect(box.locator('table tbody tr').first()).toBeAttached();
		expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		await box.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
		expect(await seriousViolations(page)).toEqual([]);
	});

	test("the map's sortable table scrolls in a box named after the table, by the arrow keys from its sort buttons", async ({ page }) => {
		await page.goto('/');
		const box = page.getByRole('region', { name: 'Låg ekonomisk standard per Stadsdelsområde, 2024', exact: true });
		await expect(box.locator('tbody tr')).toHaveCount(13);
		expect(await box.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		await box.locator('thead button').first().focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => box.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	});
});
