// Every route family, in both languages, opened directly through the production nginx config: one canonical form
// per address (no trailing slash; the other form redirects once, keeping the query), every link the app writes
// answers 200 as it stands, unknown addresses get the app's 404 page, and no folder is ever listed or forbidden.
import type { APIRequestContext } from '@playwright/test';
import { test, expect } from '../e2e/fixtures';
import { allPages, NOT_FOUND_TITLE } from './site';

const noRedirect = { maxRedirects: 0 } as const;

async function expectPage(request: APIRequestContext, url: string) {
	const res = await request.get(url, noRedirect);
	expect(res.status(), url).toBe(200);
	expect(res.headers()['content-type'], url).toBe('text/html; charset=utf-8');
	expect(await res.text(), url).not.toMatch(NOT_FOUND_TITLE);
}

for (const page of allPages()) {
	test(`${page}: 200 as linked, one redirect from the trailing-slash form, queries kept`, async ({ request }) => {
		await expectPage(request, page);
		await expectPage(request, `${page}?indikator=x&ar=%C3%A5r#frag`);
		if (page !== '/') {
			for (const [from, to] of [
				[`${page}/`, page],
				[`${page}//`, page],
				[`${page}/?niva=deso&grupper=a,b`, `${page}?niva=deso&grupper=a,b`]
			] as const) {
				const res = await request.get(from, noRedirect);
				expect(res.status(), from).toBe(301);
				expect(res.headers()['location'], from).toBe(to);
			}
		}
	});
}

/** Same-origin addresses a page refers to: links, scripts, styles, images, frames. */
async function referencedUrls(page: import('@playwright/test').Page): Promise<{ links: string[]; assets: string[] }> {
	return page.evaluate(() => {
		const own = (u: string) => {
			const url = new URL(u, location.href);
			return url.origin === location.origin ? url.pathname + url.search : null;
		};
		const pick = (sel: string, attr: string) =>
			Array.from(document.querySelectorAll(sel)).flatMap((el) => {
				const v = el.getAttribute(attr);
				if (!v || v.startsWith('#') || v.startsWith('data:') || v.startsWith('blob:') || v.startsWith('mailto:')) return [];
				const u = own(v);
				return u ? [u] : [];
			});
		return {
			links: [...new Set([...pick('a[href]', 'href'), ...pick('iframe[src]', 'src')])],
			assets: [...new Set([...pick('link[href]', 'href'), ...pick('script[src]', 'src'), ...pick('img[src]', 'src')])]
		};
	});
}

for (const path of allPages()) {
	test(`${path}: every link and asset it emits opens directly with 200`, async ({ page, request }) => {
		const failed: string[] = [];
		page.on('response', (r) => {
			if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
		});
		await page.goto(path);
		await expect(page.locator('h1').first()).toBeVisible();
		const { links, assets } = await referencedUrls(page);
		expect(links.length, 'the page links somewhere').toBeGreaterThan(0);
		const bad: string[] = [];
		const all = [...links, ...assets];
		// In batches, and as HEAD (status and headers are what is checked): the area index links to all 3 200 areas.
		for (let i = 0; i < all.length; i += 32)
			await Promise.all(
				all.slice(i, i + 32).map(async (u) => {
					const res = await request.head(u, noRedirect);
					if (res.status() !== 200) bad.push(`${res.status()} ${u}${res.headers()['location'] ? ` → ${res.headers()['location']}` : ''}`);
				})
			);
		expect(bad, 'links and assets that do not answer 200 as written').toEqual([]);
		expect(failed, 'requests of the page that failed').toEqual([]);
	});
}

test('unknown addresses get a real 404 with the app page in the language of the address, at any depth', async ({ page, request }) => {
	for (const [url, lang] of [
		['/finns-inte', 'sv'],
		['/omrade/deso/FINNS-INTE', 'sv'],
		['/omrade/stadsdelsomrade/x/y/z', 'sv'],
		['/en/does-not-exist', 'en'],
		['/en/omrade/regso/nope/deeper', 'en']
	] as const) {
		const res = await request.get(url, noRedirect);
		expect(res.status(), url).toBe(404);
		const html = await res.text();
		expect(html, url).toContain(`lang="${lang}"`);
		expect(html, url).toMatch(NOT_FOUND_TITLE);
	}
	// Deep down, the 404 page still finds its styles and scripts (root-relative asset paths) and works.
	const failed: string[] = [];
	page.on('response', (r) => {
		if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()}`);
	});
	const res = await page.goto('/omrade/stadsdelsomrade/x/y/z');
	expect(res?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText(/Sidan finns inte/);
	await expect(page.getByRole('link', { name: 'Karta' }).first()).toBeVisible();
	expect(failed).toEqual([]);
});

test('folders are never listed or forbidden: they redirect to their canonical form or answer 404', async ({ request }) => {
	for (const url of ['/_app', '/_app/', '/_app/immutable/', '/data/', '/data/geo', '/data/ind/', '/embed', '/embed/', '/en/embed/', '/faktablad/']) {
		const res = await request.get(url);
		expect(res.status(), url).toBe(404);
		const body = await res.text();
		expect(body, url).toMatch(NOT_FOUND_TITLE);
		expect(body, url).not.toMatch(/Index of|403 Forbidden|nginx/i);
	}
	// A folder that is also a page (a level's areas beside the folder of their pages) redirects to the page.
	const res = await request.get('/omrade/deso/', noRedirect);
	expect(res.status()).toBe(301);
	expect(res.headers()['location']).toBe('/omrade/deso');
});

test('a page opened by its file name redirects once to its address; the 404 page and compressed twins are no pages', async ({ request }) => {
	for (const [from, to] of [
		['/en.html', '/en'],
		['/index.html', '/'],
		['/en/index.html?x=1', '/en?x=1'],
		['/jamfor.html?niva=deso', '/jamfor?niva=deso'],
		['/omrade/deso/0180C1010.html', '/omrade/deso/0180C1010']
	] as const) {
		const res = await request.get(from, noRedirect);
		expect(res.status(), from).toBe(301);
		expect(res.headers()['location'], from).toBe(to);
	}
	for (const url of ['/404', '/404.html', '/en/404', '/en/404.html', '/kallor.html.br', '/index.html.gz', '/data/catalog.json.br']) {
		const res = await request.get(url, noRedirect);
		expect(res.status(), url).toBe(404);
		expect(await res.text(), url).toMatch(NOT_FOUND_TITLE);
	}
	// The twins still answer for the page when the browser asks for brotli.
	const br = await request.get('/kallor', { headers: { 'accept-encoding': 'br' } });
	expect(br.status()).toBe(200);
	expect(br.headers()['content-encoding']).toBe('br');
});
