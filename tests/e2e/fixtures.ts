// The shared Playwright fixture: every test records all requests and fails on any to a host other than loopback;
// page.goto waits until a SvelteKit page that ships script is hydrated, so tests never act on inert markup.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ offHostRequests: string[] }>({
	page: async ({ page, javaScriptEnabled }, use) => {
		const goto = page.goto.bind(page);
		page.goto = async (url, options) => {
			const res = await goto(url, options);
			if (javaScriptEnabled !== false) {
				const hydrates = await page.evaluate(() => Array.from(document.scripts).some((s) => s.textContent?.includes('kit.start')));
				if (hydrates && res?.status() === 200) await page.waitForFunction(() => document.documentElement.dataset.hydrated === '1', null, { timeout: 30_000 });
			}
			return res;
		};
		await use(page);
	},
	offHostRequests: [
		async ({ page }, use) => {
			const off: string[] = [];
			page.on('request', (req) => {
				const u = new URL(req.url());
				if (u.protocol === 'data:' || u.protocol === 'blob:') return;
				if (u.hostname !== '127.0.0.1') off.push(req.url());
			});
			await use(off);
			expect(off, 'requests to hosts other than 127.0.0.1').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };
