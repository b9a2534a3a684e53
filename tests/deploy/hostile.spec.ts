// Hostile addresses sent through nginx: each ends in the app's own handling (the page, with its notice about the
// parameters it could not use), the app's 404 page, or for an address nginx cannot take (400, 414) the static page
// saying so — never nginx's error page, a 403, a 5xx or a redirect elsewhere.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../e2e/fixtures';
import { BAD_ADDRESS_TITLE, BUILD, NOT_FOUND_TITLE } from './site';

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
	`/${'a'.repeat(20000)}`,
	'/en/%C3',
	`/omrade/${'x/'.repeat(300)}`
];

for (const p of HOSTILE_PATHS) {
	test(`path ${p.slice(0, 60)} (${p.length} characters) ends on the app's 404 page or the bad-address page`, async ({ request }) => {
		const res = await request.get(p, { maxRedirects: 0 });
		const status = res.status();
		if (status === 301) {
			// Only ever to a path on this site, never to another host.
			expect(res.headers()['location']).toMatch(/^\/[^/\\]/);
			return;
		}
		expect([400, 404, 414], p).toContain(status);
		const body = await res.text();
		expect(body).toMatch(status === 404 ? NOT_FOUND_TITLE : BAD_ADDRESS_TITLE);
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

test('a malformed or too long address gets a static page saying so in both languages, with its status and no script', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	for (const [url, status] of [
		['/en/%', 400],
		['/en/%E0%A4%A', 400],
		// Hex escapes that decode to no UTF-8 text: no page has such a name, and the app could not read it.
		['/en/%C3', 400],
		['/omrade/deso/%FF', 400],
		[`/en/?x=${'a'.repeat(20000)}`, 414]
	] as const) {
		const res = await page.goto(url);
		expect(res?.status(), url).toBe(status);
		await expect(page.locator('h1')).toHaveText('Adressen går inte att läsa');
		await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
		await expect(page.locator('section[lang="en"] h2')).toHaveText('The address cannot be read');
		await expect(page.locator('main')).toContainText('felaktigt skriven eller för lång');
		await expect(page.locator('main')).toContainText('malformed or too long');
		expect(await page.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(['/', '/', '/en']);
		await expect(page.locator('script')).toHaveCount(0);
	}
	expect(errors).toEqual([]);
	// Its own address is no page.
	expect((await page.request.get('/fel/ogiltig-adress.html')).status()).toBe(404);
});

test('a path that names a page only once resolved (escaped slash or dot) is no second address of that page', async ({ request }) => {
	for (const p of ['/omrade/regso/..%2f..%2fkallor', '/omrade/%2e%2e%2fkallor', '/en/omrade/..%2F..%2Fkallor', '/x/..%2f', '/kallor%2E', '/%5Ckallor']) {
		const res = await request.get(p, { maxRedirects: 0 });
		expect(res.status(), p).toBe(400);
		expect(await res.text(), p).toMatch(BAD_ADDRESS_TITLE);
	}
	// The same page at its own address, and an escape in the query (which is the app's to read), are served.
	expect((await request.get('/kallor')).status()).toBe(200);
	expect((await request.get('/jamfor?x=%2e%2e%2f')).status()).toBe(200);
});

test('an address with a valid UTF-8 escape that names no page is still the 404 page in its language', async ({ request }) => {
	const res = await request.get('/en/%C3%A5');
	expect(res.status()).toBe(404);
	expect(await res.text()).toMatch(/<html lang="en"[^>]*>[\s\S]*Page not found/);
});

test('the longest link the site can make (a custom grouping of every DeSO) is served', async ({ request }) => {
	// The comparison link's parameters (src/lib/state/compareState.ts) at their longest: every grouping, the longest
	// indicator ids, every DeSO in the custom grouping and a 60-character name of three-byte characters.
	const areas = JSON.parse(readFileSync(path.join(BUILD, 'data/areas.json'), 'utf8')) as { level: string; code: string }[];
	const catalog = JSON.parse(readFileSync(path.join(BUILD, 'data/catalog.json'), 'utf8')) as { groupings: { id: string }[]; indicators: { id: string }[] };
	const deso = areas.filter((a) => a.level === 'deso').map((a) => a.code);
	expect(deso.length).toBeGreaterThan(500);
	const longestId = catalog.indicators.map((i) => i.id).reduce((a, b) => (b.length > a.length ? b : a));
	const groupings = [...catalog.groupings.map((g) => g.id), 'hela_staden', 'egen'];
	const q = new URLSearchParams({
		diagram: 'rangordning',
		grupper: groupings.join(','),
		niva: 'deso',
		indikator: longestId,
		behov: longestId,
		tom: '2024',
		sortera: groupings.reduce((a, b) => (b.length > a.length ? b : a)),
		egen: `deso:${deso.join(',')}`,
		egennamn: '語'.repeat(60)
	});
	const url = `/en/embed/jamfor?${q.toString().replaceAll('%2C', ',').replaceAll('%3A', ':')}`;
	expect(url.length).toBeGreaterThan(6000);
	const res = await request.get(url, { maxRedirects: 0 });
	expect(res.status()).toBe(200);
	expect(await res.text()).not.toMatch(BAD_ADDRESS_TITLE);
});
