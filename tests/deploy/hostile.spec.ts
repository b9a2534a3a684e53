// Hostile addresses sent through nginx: each ends in the app's own handling (the page, with its notice about the
// parameters it could not use) or the app's 404 page — never nginx's error page, a 403, a 5xx or a redirect elsewhere.
import { test, expect } from '../e2e/fixtures';
import { NOT_FOUND_TITLE } from './site';

const HOSTILE_PATHS = [
	'/%00',
	'/en/%00',
	'/..%2f..%2fetc%2fpasswd',
	'/%2e%2e/%2e%2e/etc/passwd',
	'/omrade/deso/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'/omrade/deso/0180C1010%00.html',
	'/%5Cevil.example/',
	'/%2F%2Fevil.example/',
	'/.git/config',
	'/.env',
	'/index.html/',
	'/_app/immutable/../../../etc/passwd',
	'/omrade/%E0%A4%A',
	`/${'a'.repeat(9000)}`,
	`/omrade/${'x/'.repeat(300)}`
];

for (const p of HOSTILE_PATHS) {
	test(`path ${p.slice(0, 60)} ends on the app's 404 page`, async ({ request }) => {
		const res = await request.get(p, { maxRedirects: 0 });
		const status = res.status();
		if (status === 301) {
			// Only ever to a path on this site, never to another host.
			expect(res.headers()['location']).toMatch(/^\/[^/\\]/);
			return;
		}
		expect([400, 404, 414], p).toContain(status);
		const body = await res.text();
		expect(body).toMatch(NOT_FOUND_TITLE);
		expect(body).not.toMatch(/<center>nginx|403 Forbidden|Index of/);
	});
}

const HOSTILE_QUERIES = [
	'?indikator=%3Cscript%3Ealert(1)%3C/script%3E&ar=1e309&niva=../../etc',
	'?grupper=' + 'fokus2025,'.repeat(600),
	'?omrade=%00%0d%0aSet-Cookie:%20x=1',
	'?ar=-1&niva=deso&indikator=%E0%A4%A',
	'?diagram=javascript:alert(1)&kod=%22%3E%3Cimg%20src=x%3E'
];

for (const route of ['/', '/en', '/jamfor', '/embed/karta', '/embed/jamfor', '/embed/omrade', '/samband']) {
	for (const q of HOSTILE_QUERIES) {
		test(`${route}${q.slice(0, 50)} is the app's page with its own handling`, async ({ request }) => {
			const res = await request.get(`${route}${q}`, { maxRedirects: 0 });
			expect(res.status()).toBe(200);
			expect(res.headers()['set-cookie']).toBeUndefined();
			expect(res.headers()['content-type']).toBe('text/html; charset=utf-8');
			expect(await res.text()).not.toMatch(NOT_FOUND_TITLE);
		});
	}
}

test('in the browser, a hostile query on the map ends in the app notice, not an error page', async ({ page }) => {
	await page.goto(`/${HOSTILE_QUERIES[0]}`);
	await expect(page.getByTestId('param-notice')).toBeVisible();
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(13);
	await expect(page.locator('body')).not.toContainText('alert(1)');
});
