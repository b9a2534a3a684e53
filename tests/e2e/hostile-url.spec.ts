// Hostile or malformed URL parameters: a visible notice, defaults, and never script execution or an error page.
import { test, expect } from './fixtures';

const CASES = [
	'indikator=<script>window.__pwned=1</script>',
	'indikator=finns_inte&ar=1899',
	'niva="><img src=x onerror="window.__pwned=1">',
	'grupper=fokus2025,javascript:alert(1)',
	`omrade=${'x'.repeat(5000)}`,
	'ar=NaN&jmf=maybe',
	'indikator=lag_ekonomisk_standard_andel&niva=regso&omrade=0180R999',
	'%E0%A4%A=broken-encoding'
];

for (const q of CASES) {
	test(`falls back politely for ?${q.slice(0, 60)}`, async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const res = await page.goto(`/?${q}`);
		expect(res?.status()).toBe(200);
		await expect(page.getByTestId('param-notice').first()).toBeVisible();
		await expect(page.locator('svg[data-chart="choropleth"] .areas path').first()).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(dialogs).toEqual([]);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
	});
}

test('each thing the link asked for that cannot be shown is said, none hiding another', async ({ page }) => {
	// Foreign-born shares have no DeSO figures: the level falls back, and the DeSO area is then not on the map.
	await page.goto('/?indikator=utrikes_fodda_andel&ar=2023&niva=deso&omrade=0180C1010');
	const notices = page.getByTestId('param-notice');
	await expect(notices.filter({ hasText: 'standardval: niva' })).toBeVisible();
	await expect(notices.filter({ hasText: 'Området i länken finns inte på den här nivån' })).toBeVisible();
	await page.goto('/?ar=1899&omrade=0180X9999');
	await expect(notices.filter({ hasText: 'standardval: ar' })).toBeVisible();
	await expect(notices.filter({ hasText: 'Området i länken finns inte' })).toBeVisible();
});

/** The address's query once the page has replaced it, as a map of every value per name. */
const query = (url: string) => {
	const out: Record<string, string[]> = {};
	for (const [k, v] of new URL(url).searchParams) (out[k] ??= []).push(v);
	return out;
};

test('an area the map does not have leaves the address, without a new history entry', async ({ page }) => {
	for (const q of ['omrade=__proto__&indikator=hyresratt_andel&ar=2021', 'indikator=folkmangd&omrade=0180C1010']) {
		await page.goto(`/?${q}`);
		await expect(page.getByTestId('param-notice').filter({ hasText: 'Området i länken finns inte på den här nivån' })).toBeVisible();
		await expect(page).toHaveURL((u) => u.searchParams.has('indikator') && !u.searchParams.has('omrade'));
		expect(query(page.url()).indikator, q).toEqual([new URLSearchParams(q).get('indikator')]);
	}
	await page.goto('about:blank');
	await page.goto('/?omrade=__proto__&indikator=hyresratt_andel&ar=2021');
	await expect(page).toHaveURL((u) => !u.searchParams.has('omrade'));
	await page.goBack();
	await expect(page).toHaveURL('about:blank');
});

test('a repeated parameter is named, the first used, and the address keeps one', async ({ page }) => {
	await page.goto('/?indikator=hyresratt_andel&indikator=folkmangd&ar=2021&ar=2020');
	await expect(page.getByTestId('param-notice')).toHaveText(
		'Några delar av länken kunde inte användas och visas med standardval: indikator (angiven flera gånger – den första används), ar (angiven flera gånger – den första används).'
	);
	await expect(page).toHaveURL((u) => u.searchParams.getAll('ar').length === 1);
	expect(query(page.url())).toMatchObject({ indikator: ['hyresratt_andel'], ar: ['2021'] });
	await page.goto('/en/?indikator=hyresratt_andel&ar=2021&ar=2020');
	await expect(page.getByTestId('param-notice')).toContainText(': ar (given more than once – the first is used).');
	// The first is no year of the default indicator: set aside too, so it is not said to be used.
	await page.goto('/en/?ar=1999&ar=2020');
	await expect(page.getByTestId('param-notice')).toContainText(': ar (given more than once).');
	await expect(page).toHaveURL((u) => u.searchParams.getAll('ar').length === 1 && u.searchParams.get('ar') !== '1999');
});

test('a garbage parameter name is shown as given, or as an unknown parameter', async ({ page }) => {
	await page.goto('/?%E0%A4%A=1');
	await expect(page.getByTestId('param-notice')).toHaveText('Några delar av länken kunde inte användas och visas med standardval: okänd parameter.');
	await expect(page).toHaveURL((u) => u.searchParams.has('indikator') && !u.search.includes('%25A'));
	await page.goto('/jamfor?%=1');
	await expect(page.getByTestId('compare-notice')).toHaveText('Några delar av länken kunde inte användas och visas med standardval: %.');
	await expect(page).toHaveURL((u) => u.searchParams.has('grupper') && !u.search.includes('%25'));
});

test('/samband and /trygghet replace a link with parts set aside by their canonical address', async ({ page }) => {
	await page.goto('/samband?x=%3Cimg%20src%3Dx%3E&niva=regso&niva=deso');
	await expect(page.getByTestId('samband-notice')).toHaveText(
		'Några val i länken kunde inte användas och visas med standardval: niva (angiven flera gånger – den första används), x.'
	);
	await expect(page).toHaveURL((u) => u.searchParams.getAll('niva').length === 1);
	expect(query(page.url())).toMatchObject({ niva: ['regso'], x: [expect.stringMatching(/^[a-z0-9_]+$/)] });
	await expect(page.locator('img[src="x"]')).toHaveCount(0);

	await page.goto('/trygghet?omrade=__proto__');
	await expect(page.getByTestId('filter-notice')).toContainText('omrade');
	await expect(page).toHaveURL((u) => u.pathname === '/trygghet' && u.search === '');
});

test('/jamfor sets aside a year later than any figure (tom=2100) and says so', async ({ page }) => {
	await page.goto('/jamfor?tom=2100');
	await expect(page.getByTestId('compare-notice')).toHaveText('Några delar av länken kunde inte användas och visas med standardval: tom.');
	await expect(page).toHaveURL((u) => u.searchParams.has('grupper') && !u.searchParams.has('tom'));
	await expect(page.getByTestId('compare-until')).toHaveCount(0);
});

test('/jamfor names a custom grouping\'s name given without a custom grouping, and the address drops it', async ({ page }) => {
	await page.goto('/jamfor?egennamn=%3Cb%3EMitt%20urval%3C%2Fb%3E');
	await expect(page.getByTestId('compare-notice')).toHaveText('Några delar av länken kunde inte användas och visas med standardval: egennamn.');
	await expect(page).toHaveURL((u) => u.searchParams.has('grupper') && !u.searchParams.has('egennamn'));
	await expect(page.locator('b', { hasText: 'Mitt urval' })).toHaveCount(0);
});

test('/jamfor tidies its address with the notice, also when the comparison cannot be computed', async ({ page }) => {
	await page.route('**/duckdb-*.wasm', (route) => route.fulfill({ status: 404, body: 'not found' }));
	await page.goto('/jamfor?niva=regso&niva=deso');
	await expect(page.getByTestId('compare-notice')).toHaveText(
		'Några delar av länken kunde inte användas och visas med standardval: niva (angiven flera gånger – den första används).'
	);
	await expect(page).toHaveURL((u) => u.searchParams.getAll('niva').join() === 'regso' && u.searchParams.has('grupper'));
});

test('groupings none of which exists: the default groupings are shown, as the notice says', async ({ page }) => {
	await page.goto('/?grupper=__proto__,constructor');
	await expect(page.getByTestId('param-notice')).toHaveText('Några delar av länken kunde inte användas och visas med standardval: grupper.');
	await expect(page).toHaveURL((u) => u.searchParams.get('grupper') === 'fokus2025,stadsdelslyftet');
	await page.goto('/en/jamfor?grupper=__proto__');
	await expect(page.getByTestId('compare-notice')).toHaveText('Some parts of the link could not be used and show defaults instead: grupper.');
	await expect(page).toHaveURL((u) => u.searchParams.get('grupper') === 'fokus2025,stadsdelslyftet,ovriga_stadsdelslyftet,hela_staden');
});

test('the map tidies its address with the notice, also when the view it asks for cannot be loaded', async ({ page }) => {
	await page.route('**/data/ind/hyresratt_andel.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
	await page.addInitScript(() => {
		// Keep the engine from answering, so the view is drawn from the (missing) small file.
		Object.defineProperty(window, 'WebAssembly', { value: undefined });
	});
	await page.goto('/?indikator=hyresratt_andel&ar=2021&ar=2020&x=1');
	await expect(page.getByTestId('param-notice').first()).toHaveText(
		'Några delar av länken kunde inte användas och visas med standardval: ar (angiven flera gånger – den första används), x.'
	);
	await expect(page.getByRole('alert').first()).toBeVisible();
	await expect(page).toHaveURL((u) => u.searchParams.getAll('ar').join() === '2021' && !u.searchParams.has('x') && u.searchParams.get('indikator') === 'hyresratt_andel');
});
