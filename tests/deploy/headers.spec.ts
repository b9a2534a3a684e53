// What the production nginx config sends: the right type for every kind of file, precompressed bodies, caching that
// suits hashed and unhashed files, and security headers under which pages still hydrate, injected script is refused,
// embeds can be framed by other sites and other pages cannot.
import http from 'node:http';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../e2e/fixtures';
import { BUILD } from './site';

const asset = (ext: string): string => {
	const f = readdirSync(path.join(BUILD, '_app/immutable/assets')).find((x) => x.endsWith(ext));
	if (!f) throw new Error(`no ${ext} in the build`);
	return `/_app/immutable/assets/${f}`;
};
const script = (): string => `/_app/immutable/entry/${readdirSync(path.join(BUILD, '_app/immutable/entry')).find((x) => x.endsWith('.js'))}`;

test('every kind of file arrives with its type; text types name their charset', async ({ request }) => {
	const cases: [string, string][] = [
		['/', 'text/html; charset=utf-8'],
		['/en/jamfor', 'text/html; charset=utf-8'],
		[script(), 'application/javascript; charset=utf-8'],
		[asset('.css'), 'text/css; charset=utf-8'],
		[asset('.wasm'), 'application/wasm'],
		[asset('.woff2'), 'font/woff2'],
		['/data/observations.arrow', 'application/vnd.apache.arrow.stream'],
		['/data/catalog.json', 'application/json; charset=utf-8'],
		['/omrade/stadsdelsomrade/data.csv', 'text/csv; charset=utf-8'],
		['/omrade/karta.svg', 'image/svg+xml; charset=utf-8']
	];
	for (const [url, type] of cases) {
		const res = await request.get(url);
		expect(res.status(), url).toBe(200);
		expect(res.headers()['content-type'], url).toBe(type);
		expect(res.headers()['x-content-type-options'], url).toBe('nosniff');
	}
});

test('pages, scripts, data and the WebAssembly are sent precompressed (brotli, else gzip)', async ({ request }) => {
	for (const url of ['/', '/en/trygghet', '/omrade/deso/0180C1010', script(), asset('.css'), asset('.wasm'), '/data/observations.arrow', '/data/catalog.json']) {
		for (const [accept, encoding] of [
			['br, gzip', 'br'],
			['gzip', 'gzip']
		] as const) {
			const res = await request.fetch(url, { headers: { 'accept-encoding': accept } });
			expect(res.status(), url).toBe(200);
			expect(res.headers()['content-encoding'], `${url} with ${accept}`).toBe(encoding);
			expect(res.headers()['vary'], url).toMatch(/Accept-Encoding/i);
		}
	}
});

test('hashed files are cached for a year as immutable; pages and data revalidate', async ({ request }) => {
	for (const url of [script(), asset('.css'), asset('.wasm'), asset('.woff2')])
		expect((await request.get(url)).headers()['cache-control'], url).toBe('public, max-age=31536000, immutable');
	for (const url of ['/', '/en', '/jamfor', '/embed/karta', '/data/observations.arrow', '/data/catalog.json', '/omrade/stadsdelsomrade/data.csv', '/_app/version.json', '/finns-inte']) {
		const res = await request.get(url);
		expect(res.headers()['cache-control'], url).toBe('no-cache');
		expect(res.headers()['etag'] ?? res.headers()['last-modified'], `${url} can be revalidated`).toBeTruthy();
	}
});

test('pages hydrate under the header and page policies with no violation; an injected inline script is refused', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (msg) => {
		if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
	});
	for (const url of ['/', '/en/jamfor', '/segregation', '/omrade/stadsdelsomrade/rinkeby-kista', '/embed/karta']) {
		const res = await page.goto(url);
		expect(res?.headers()['content-security-policy'], url).toContain('frame-ancestors');
		expect(res?.headers()['content-security-policy'], url).not.toMatch(/script-src|default-src/);
		await expect(page.locator('h1').first()).toBeVisible();
	}
	// The map hydrated (the fixture waits for it) and its engine starts: DuckDB loads the Arrow tables.
	await page.goto('/');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready');
	expect(violations, 'CSP violations while hydrating').toEqual([]);

	const refused = page.waitForEvent('console', (msg) => /Content Security Policy/i.test(msg.text()));
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__injected = 1';
		document.body.append(s);
	});
	await refused;
	expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
});

test('an embed draws inside an iframe on another origin; a normal page refuses to be framed there', async ({ page, baseURL }) => {
	// Another origin: a page on another port of 127.0.0.1 that frames the site.
	const framing = http.createServer((req, res) => {
		const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '/';
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(`<!doctype html><title>Intranät</title><iframe title="inbäddat" width="800" height="700" src="${baseURL}${src}"></iframe>`);
	});
	await new Promise<void>((r) => framing.listen(0, '127.0.0.1', () => r()));
	const port = (framing.address() as { port: number }).port;
	try {
		await page.goto(`http://127.0.0.1:${port}/?src=${encodeURIComponent('/embed/karta')}`);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(13);
		await expect(frame.locator('h1')).toContainText('Stadsdelsområde');

		const refused = page.waitForEvent('console', (msg) => /frame-ancestors/.test(msg.text()));
		await page.goto(`http://127.0.0.1:${port}/?src=${encodeURIComponent('/jamfor')}`);
		await refused;
		// The browser shows its own "blocked" page in the frame, not the site.
		await expect(frame.locator('body')).not.toContainText('Stadsdelskollen');
		expect(page.frames().map((f) => f.url())).not.toContain(`${baseURL}/jamfor`);
	} finally {
		await new Promise((r) => framing.close(r));
	}
});
