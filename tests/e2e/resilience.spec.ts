// Graceful failure and security: CSP blocks injected script; missing, truncated or mistyped data files and a browser
// without WebAssembly each leave the prerendered page working with a plain-language message.
import { test, expect } from './fixtures';

test('every page carries a strict Content Security Policy that blocks an injected inline script', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (msg) => {
		if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
	});
	await page.route('**/*', async (route) => {
		const req = route.request();
		if (req.resourceType() !== 'document') return route.continue();
		const res = await route.fetch();
		const html = (await res.text()).replace('</body>', '<script>window.__injected = 1</script></body>');
		await route.fulfill({ response: res, body: html });
	});
	await page.goto('/');
	const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
	expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
	expect(csp).toContain("connect-src 'self'");
	expect(csp).not.toMatch(/(^|[ ;])'unsafe-eval'/);
	expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
	await expect.poll(() => violations.length).toBeGreaterThan(0);
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(13);
});

/** Files the engine needs, each answered with a 404 in turn. */
const ENGINE_FILES = [
	{ what: 'a data file (observations.arrow)', pattern: '**/data/observations.arrow' },
	{ what: 'the engine’s first script', pattern: '**/assets/engineBoot.*.js' },
	{ what: 'the engine’s worker script', pattern: '**/workers/engineWorker.*.js' },
	{ what: 'the engine’s WebAssembly module', pattern: '**/duckdb-*.wasm' },
	{ what: 'the tables’ download worker', pattern: '**/workers/tableFetch.worker-*.js' },
	{ what: 'the data files’ checksums (tables.json)', pattern: '**/data/tables.json' }
];

for (const { what, pattern } of ENGINE_FILES) {
	test(`${what} missing: the engine says a file is missing instead of loading for ever, the map and table keep working, nothing uncaught`, async ({
		page
	}) => {
		const uncaught: string[] = [];
		page.on('pageerror', (e) => uncaught.push(e.message));
		await page.route(pattern, (route) => route.fulfill({ status: 404, body: 'not found' }));
		await page.goto('/');
		await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'error', { timeout: 45_000 });
		await expect(page.locator('[data-db-status]')).toContainText('En datafil saknas på servern');
		await page.locator('#indicator').selectOption('utrikes_fodda_andel');
		await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2023/);
		await expect(page.locator('table tbody tr')).toHaveCount(13);
		expect(uncaught).toEqual([]);
	});
}

test('the water layer missing: the map still changes level and shows every area, without the water', async ({ page }) => {
	await page.route('**/data/geo/water.topo.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
	await page.goto('/');
	await page.locator('#level').selectOption('deso');
	await expect(page.locator('h2.chart-title')).toContainText('DeSO');
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(544);
	await expect(page.locator('svg[data-chart="choropleth"] path.water')).toHaveCount(0);
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a truncated data file is reported, not shown as a blank page', async ({ page }) => {
	await page.route('**/data/observations.arrow', async (route) => {
		const res = await route.fetch();
		const body = await res.body();
		await route.fulfill({ response: res, body: body.subarray(0, Math.floor(body.length / 3)) });
	});
	await page.goto('/');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'error', { timeout: 45_000 });
	await expect(page.locator('[data-db-status] .error')).toBeVisible();
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(13);
});

test('a truncated engine module is reported as damaged instead of loading for ever, the map keeps working', async ({ page }) => {
	const uncaught: string[] = [];
	page.on('pageerror', (e) => uncaught.push(e.message));
	await page.route('**/duckdb-*.wasm', async (route) => {
		const res = await route.fetch();
		await route.fulfill({ response: res, body: (await res.body()).subarray(0, 100_000) });
	});
	await page.goto('/');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'error', { timeout: 45_000 });
	await expect(page.locator('[data-db-status] .error')).toContainText('skadad');
	await page.locator('#indicator').selectOption('utrikes_fodda_andel');
	await expect(page.locator('table tbody tr')).toHaveCount(13);
	expect(uncaught).toEqual([]);
});

test('a data file served with the wrong type (an HTML page) is reported in the panel', async ({ page }) => {
	await page.route('**/data/ind/utrikes_fodda_andel.json', (route) =>
		route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Oops</title><p>Not JSON</p>' })
	);
	await page.addInitScript(() => {
		// Keep the engine from answering so the small file is used.
		Object.defineProperty(window, 'WebAssembly', { value: undefined });
	});
	await page.goto('/');
	await page.locator('#indicator').selectOption('utrikes_fodda_andel');
	await expect(page.getByRole('alert')).toHaveText('En datafil är skadad eller ofullständig, så det här kan inte visas just nu. Det som redan visas fungerar.');
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(13);
});

test('another indicator’s file in this one’s place is refused as damaged, never shown under this one’s title', async ({ page }) => {
	await page.route('**/data/ind/hyresratt_andel.json', async (route) => {
		const other = await page.request.get('/data/ind/utrikes_fodda_andel.json');
		await route.fulfill({ status: 200, contentType: 'application/json', body: await other.body() });
	});
	await page.addInitScript(() => {
		// Keep the engine from answering so the small file is used.
		Object.defineProperty(window, 'WebAssembly', { value: undefined });
	});
	await page.goto('/');
	await page.locator('#indicator').selectOption('hyresratt_andel');
	await expect(page.getByRole('alert')).toHaveText('En datafil är skadad eller ofullständig, så det här kan inte visas just nu. Det som redan visas fungerar.');
	await expect(page.locator('h2.chart-title')).not.toContainText('Hyresrätt');
});

test('an indicator file whose catalogue entry is cut short is refused as damaged, never drawn under its title', async ({ page }) => {
	const uncaught: string[] = [];
	page.on('pageerror', (e) => uncaught.push(e.message));
	// The file names the indicator asked for, but its entry has nothing else (no name, source, years…) and a row's value is text.
	await page.route('**/data/ind/hyresratt_andel.json', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/json',
			body: JSON.stringify({ id: 'hyresratt_andel', indicator: { id: 'hyresratt_andel' }, rows: [['stadsdelsomrade', '0180C1010', 2023, 'abc', null, null, 'ok']] })
		})
	);
	await page.addInitScript(() => {
		// Keep the engine from answering so the small file is used.
		Object.defineProperty(window, 'WebAssembly', { value: undefined });
	});
	await page.goto('/');
	await page.locator('#indicator').selectOption('hyresratt_andel');
	await expect(page.getByRole('alert')).toHaveText('En datafil är skadad eller ofullständig, så det här kan inte visas just nu. Det som redan visas fungerar.');
	await expect(page.locator('h2.chart-title')).toContainText('Låg ekonomisk standard');
	await expect(page.getByTestId('map-summary-shown')).toHaveText(/^Visar Låg ekonomisk standard/);
	expect(uncaught).toEqual([]);
});

test('an indicator list whose entries are cut short is not used: the engine\'s view takes its title from the indicator\'s own file', async ({ page }) => {
	const uncaught: string[] = [];
	page.on('pageerror', (e) => uncaught.push(e.message));
	await page.route('**/data/indicators.json', (route) =>
		route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify([{ id: 'hyresratt_andel' }, { id: 'lag_ekonomisk_standard_andel' }]) })
	);
	await page.goto('/');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	await page.locator('#indicator').selectOption('hyresratt_andel');
	await expect(page.getByTestId('map-summary-shown')).toHaveText(/^Visar Hyresrätter, \d{4} – Stadsdelsområde\.$/);
	await expect(page.locator('h2.chart-title')).toContainText('Hyresrätter');
	await expect(page.getByRole('alert')).toHaveCount(0);
	expect(uncaught).toEqual([]);
});

test('another level’s map file in this one’s place is refused as damaged, not drawn under this level’s name', async ({ page }) => {
	await page.route('**/data/geo/regso.topo.json', async (route) => {
		const other = await page.request.get('/data/geo/stadsdel.topo.json');
		await route.fulfill({ status: 200, contentType: 'application/json', body: await other.body() });
	});
	await page.goto('/');
	await page.locator('#level').selectOption('regso');
	await expect(page.getByRole('alert')).toHaveText('En datafil är skadad eller ofullständig, så det här kan inte visas just nu. Det som redan visas fungerar.');
	await expect(page.locator('h2.chart-title')).toContainText('Stadsdelsområde');
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(13);
});

test('a level’s map file without any areas is refused as damaged, not drawn as an empty map under this level’s name', async ({ page }) => {
	await page.route('**/data/geo/regso.topo.json', (route) =>
		route.fulfill({
			status: 200,
			contentType: 'application/json',
			body: JSON.stringify({ type: 'Topology', objects: { regso: { type: 'GeometryCollection', geometries: [] } }, arcs: [] })
		})
	);
	await page.goto('/');
	await page.locator('#level').selectOption('regso');
	await expect(page.getByRole('alert')).toHaveText('En datafil är skadad eller ofullständig, så det här kan inte visas just nu. Det som redan visas fungerar.');
	await expect(page.locator('h2.chart-title')).toContainText('Stadsdelsområde');
	await expect(page.locator('table tbody tr')).toHaveCount(13);
});

test('a table without a recorded size and checksum is not loaded unchecked', async ({ page }) => {
	await page.route('**/data/tables.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: '{"files":{}}' }));
	await page.goto('/');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'error', { timeout: 45_000 });
	await expect(page.locator('[data-db-status] .error')).toContainText('skadad');
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(13);
});

test('a level’s map file missing while the engine runs: the panel says the view cannot be shown, not that calculations are off', async ({ page }) => {
	await page.route('**/data/geo/deso.topo.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
	await page.goto('/');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	await page.locator('#level').selectOption('deso');
	await expect(page.getByRole('alert')).toHaveText('En datafil saknas på servern, så det här kan inte visas just nu. Det som redan visas fungerar.');
	await expect(page.locator('h2.chart-title')).toContainText('Stadsdelsområde');
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(13);
});

test('without WebAssembly the page explains it and still answers from the small files', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'WebAssembly', { value: undefined });
	});
	await page.goto('/');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'error', { timeout: 30_000 });
	await expect(page.locator('[data-db-status]')).toContainText('WebAssembly');
	await page.locator('#level').selectOption('stadsdel');
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(117);
});

test('a page whose data file is missing on the server, reached by a link, is shown from the server, not as "page not found"', async ({ page }) => {
	// nginx answers a missing __data.json with its 404 page; the page itself (prerendered HTML with its data) is there.
	await page.route('**/__data.json*', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<!doctype html><title>404</title>' }));
	await page.goto('/');
	await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Jämför grupperingar' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Jämför grupperingar');
	await expect(page).toHaveURL((u) => u.pathname === '/jamfor');
	// Back leads to the map (the page loaded from the server took the failed entry's place, not a new one).
	await page.waitForFunction(() => document.documentElement.dataset.hydrated === '1');
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Karta');

	await page.goto('/en/kallor');
	await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Segregation' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Segregation indices');
	await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
});

test('the area list cut short: an area-profile embed for another area says a data file is damaged, not that a calculation failed', async ({ page }) => {
	await page.route('**/data/areas.json', async (route) => {
		const res = await route.fetch();
		const body = await res.body();
		await route.fulfill({ response: res, body: body.subarray(0, Math.floor(body.length / 2)) });
	});
	await page.goto('/embed/omrade?niva=regso&kod=0180R001');
	await expect(page.getByRole('alert')).toHaveText('En datafil är skadad eller ofullständig, så det här kan inte visas just nu. Det som redan visas fungerar.');
	await page.goto('/en/embed/omrade?niva=regso&kod=0180R001');
	await expect(page.getByRole('alert')).toHaveText('A data file is damaged or incomplete, so this cannot be shown right now. What is already shown still works.');
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
	const res = await page.goto('/finns/inte');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan finns inte');
	await expect(page.getByRole('link', { name: 'Karta' }).first()).toBeVisible();
});

test('the trygghet file missing: the area panel says its quoted survey figures could not be read, the rest still shows', async ({ page }) => {
	await page.goto('/?omrade=rinkeby-kista');
	const panel = page.getByTestId('area-panel');
	await expect(panel.getByRole('heading', { name: 'Trygghet: citerade uppgifter' })).toBeVisible();
	await page.route('**/data/trygghet.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
	await page.goto('/?omrade=rinkeby-kista');
	await expect(panel.getByTestId('panel-evidence-error')).toContainText('Trygghetsuppgifterna som citeras för området kunde inte läsas. En datafil saknas');
	await expect(panel.getByRole('heading', { name: 'Trygghet: citerade uppgifter' })).toHaveCount(0);
	await expect(panel.locator('svg[data-chart="profile"]')).toBeVisible({ timeout: 45_000 });
});

test('the trygghet file with a quoted figure cut short: the area panel says the file is damaged, not a silent gap', async ({ page }) => {
	await page.route('**/data/trygghet.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ evidence: [{}] }) }));
	await page.goto('/?omrade=rinkeby-kista');
	const panel = page.getByTestId('area-panel');
	await expect(panel.getByTestId('panel-evidence-error')).toContainText('Trygghetsuppgifterna som citeras för området kunde inte läsas. En datafil är skadad');
	await expect(panel.locator('svg[data-chart="profile"]')).toBeVisible({ timeout: 45_000 });
});

const SAMBAND_MISSING = [
	{ path: '/samband', alert: 'En datafil saknas på servern, så det här kan inte visas just nu. Det som redan visas fungerar.', earlier: 'Stadsdelsområde' },
	{ path: '/en/samband', alert: 'A data file is missing on the server, so this cannot be shown right now. What is already shown still works.', earlier: 'District' }
];

for (const { path, alert, earlier } of SAMBAND_MISSING) {
	test(`${path}: an axis' file missing keeps the earlier points under their own level's title, never the new level's`, async ({ page }) => {
		const uncaught: string[] = [];
		page.on('pageerror', (e) => uncaught.push(e.message));
		await page.route('**/data/ind/utrikes_fodda_andel.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
		await page.addInitScript(() => {
			// Keep the engine from answering so the indicator files are used.
			Object.defineProperty(window, 'WebAssembly', { value: undefined });
		});
		await page.goto(path);
		const title = page.locator('#samband-title');
		await expect(title).toContainText(earlier);
		await page.locator('#samband-niva').selectOption('regso');
		await expect(page.getByRole('alert')).toHaveText(alert);
		// The 13 stadsdelsområden stay, named as such: not 13 points titled RegSO 2020.
		await expect(page.locator('svg[data-chart="scatter"] .pt')).toHaveCount(13);
		await expect(title).toContainText(earlier);
		await expect(title).not.toContainText('RegSO');
		await expect(page.locator('#samband-summary')).not.toContainText('RegSO');
		expect(uncaught).toEqual([]);
	});
}
