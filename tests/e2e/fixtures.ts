// The shared Playwright fixture: every test records all requests and fails on any to a host other than loopback.
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ offHostRequests: string[] }>({
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
