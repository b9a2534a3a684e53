// The area profile (the map's side panel) as a shareable chart: menu, PNG/CSV export and an embed on another origin.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { inkShare } from './exportChecks';
import { seriousViolations } from './axe';

test('the area panel shares its profile chart: PNG, CSV and an embed that works on another origin', async ({ page }) => {
	await page.goto('/?indikator=lag_ekonomisk_standard_andel&ar=2024&niva=stadsdelsomrade&grupper=fokus2025&omrade=skarholmen');
	const panel = page.getByTestId('area-panel');
	await expect(panel.locator('svg[data-chart="profile"]')).toBeVisible({ timeout: 45_000 });
	const menu = panel.getByTestId('share-menu');
	await menu.locator('summary').click();
	await expect(menu.getByTestId('share-link')).toHaveValue(/omrade=skarholmen/);

	const [dl] = await Promise.all([page.waitForEvent('download'), menu.getByTestId('share-png').click()]);
	expect(dl.suggestedFilename()).toBe('omradesprofil-skarholmen-stadsdelsomrade.png');
	const png = readFileSync((await dl.path())!);
	expect(png.readUInt32BE(16)).toBe(1400); // the 700 px profile at 2×
	expect(await inkShare(page, png, { top: 0.3, height: 0.4 })).toBeGreaterThan(0.01);

	const [cdl] = await Promise.all([page.waitForEvent('download'), menu.getByTestId('share-csv').click()]);
	const csv = readFileSync((await cdl.path())!, 'utf8');
	// The panel's table and this CSV come from one column list: a row per table row, the trends year by year too.
	// A figure the build carried from finer areas says so, in the table and in the CSV's note column.
	expect(csv).toMatch(/Låg ekonomisk standard \(%\),2024,23\.\d+,ungefärligt,11\.\d+,[^,]*,,\n/);
	await expect(panel.locator('tbody tr', { hasText: 'Låg ekonomisk standard' }).locator('td').first()).toContainText(/23,\d\u00a0%\s*\(ungefärligt\) Hela staden: 11,\d\u00a0%/);
	// The chart marks both figures ≈ (the city's is summed over estimated counts too) and says under its rows what the
	// mark means.
	const chartText = panel.locator('svg[data-chart="profile"] text');
	await expect(chartText.filter({ hasText: /^≈ 23,\d\u00a0%$/ })).toHaveCount(1);
	await expect(chartText.filter({ hasText: /^≈ 11,5\u00a0%$/ }).first()).toBeVisible();
	await expect(chartText.last()).toHaveText('≈ ungefärligt värde (tabellen ger anmärkningen).');
	// A trend the table draws as a sparkline is in the CSV year by year, as the sparkline's name reads it.
	const spark = (await panel.locator('svg[data-chart="sparkline"][aria-label^="Valdeltagande, riksdagsvalet:"]').getAttribute('aria-label'))!;
	const trend = spark.replace(/^Valdeltagande, riksdagsvalet: /, '');
	expect(trend).toMatch(/^2018 \d+,\d\u00a0%, 2022 64,4\u00a0%$/);
	expect(csv).toMatch(new RegExp(`"Valdeltagande, riksdagsvalet \\(%\\)",2022,64\\.\\d+,[^,]*,\\d+\\.\\d+,[^,]*,"${trend}","2018 \\d+,\\d\u00a0%, 2022 \\d+,\\d\u00a0%"\n`));
	expect(csv).toContain('Indikator,År,Skärholmen,Anmärkning,Hela staden,Hela staden: Anmärkning,Utveckling: Skärholmen,Utveckling: Hela staden');
	// Meta lines start "# ", quoted ("\"# ") where they hold a separator or a quote.
	const dataLines = csv.trim().split('\n').filter((l) => !l.replace(/^"/, '').startsWith('# ')).length - 1;
	expect(dataLines).toBe(await panel.locator('table tbody tr').count());

	const snippet = await menu.getByTestId('share-embed').inputValue();
	expect(snippet).toContain('/embed/omrade?niva=stadsdelsomrade&amp;kod=skarholmen');
	const host = http.createServer((_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>x</title>${snippet}`));
	await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
	try {
		await page.goto(`http://127.0.0.1:${(host.address() as { port: number }).port}/`);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('h1')).toContainText('Skärholmen', { timeout: 45_000 });
		await expect(frame.locator('svg[data-chart="profile"] text', { hasText: 'Låg ekonomisk standard' })).toHaveCount(1, { timeout: 45_000 });
		await expect(frame.getByText(/Data byggda/)).toBeVisible();
	} finally {
		host.close();
	}
});

test('the default profile embed is prerendered and reads without JavaScript', async ({ browser }) => {
	const ctx = await browser.newContext({ javaScriptEnabled: false });
	const page = await ctx.newPage();
	await page.goto('/embed/omrade');
	await expect(page.locator('h1')).toContainText('Rinkeby-Kista');
	await expect(page.locator('svg[data-chart="profile"] text', { hasText: '29,5 %' })).toHaveCount(1);
	// The chart's summary says of each figure what its table says: the district's population is carried from RegSO.
	await expect(page.getByTestId('profile-summary')).toContainText(/^Folkmängd 53\s037\spers\. \(ungefärligt\) \(Hela staden 988\s943\spers\.\); Utrikes födda 62,1\s% \(ungefärligt\)/);
	// The chart's own figures carry the mark, explained under its rows, so an exported image says it too.
	const chartText = page.locator('svg[data-chart="profile"] text');
	await expect(chartText.filter({ hasText: /^≈ 53\s037\spers\.$/ })).toHaveCount(1);
	await expect(chartText.filter({ hasText: /^988\s943\spers\.$/ })).toHaveCount(1);
	await expect(chartText.last()).toHaveText('≈ ungefärligt värde (tabellen ger anmärkningen).');
	await ctx.close();
});

test('another area in the embed link: its name in the heading and the tab title', async ({ page }) => {
	await page.goto('/embed/omrade?niva=deso&kod=0180C1010');
	await expect(page.locator('h1')).toContainText('DeSO', { timeout: 45_000 });
	await expect(page.locator('h1')).not.toContainText('Rinkeby-Kista');
	await expect(page).toHaveTitle(/^Områdesprofil: (?!Rinkeby-Kista)/);
	// The link out of the embed opens the map at that area, in the whole window.
	const open = page.getByRole('link', { name: 'Öppna hela vyn i Stadsdelskollen' });
	await expect(open).toHaveAttribute('href', '/?niva=deso&omrade=0180C1010');
	await expect(open).toHaveAttribute('target', '_top');
});

test('another area in the embed link: a carried value says how much of the population it rests on', async ({ page }) => {
	// Looked up in the browser (DuckDB): DeSO 0180C6150's capital income comes from one of its two DeSO 2025 areas.
	await page.goto('/embed/omrade?niva=deso&kod=0180C6150');
	await expect(page.locator('h1')).toContainText('0180C6150');
	await page.getByText('Visa siffrorna som tabell').click();
	const row = page.locator('tr').filter({ has: page.getByRole('rowheader', { name: /^Har kapitalinkomst / }) });
	await expect(row).toContainText('40,0 %');
	await expect(row).toContainText('(ungefärligt; värdet bygger på områden med 57 % av befolkningen)');
});

test('an area the embed link names that does not exist: the default area, said so, and the link no longer in the address', async ({ page }) => {
	await page.goto('/embed/omrade?niva=deso&kod=__proto__');
	await expect(page.getByRole('status').filter({ hasText: 'Området i länken finns inte; visar standardområdet.' })).toBeVisible({ timeout: 45_000 });
	await expect(page.locator('h1')).toContainText('Rinkeby-Kista');
	await expect(page).toHaveURL((u) => u.pathname === '/embed/omrade' && u.search === '');
});

test('every other form of an embed link: unknown and repeated parameters are named, and the address becomes the shown area\'s', async ({ page }) => {
	const notice = page.getByTestId('param-notice');
	// The map's omrade= is no parameter of the embed: the default area, said so.
	await page.goto('/embed/omrade?omrade=0180C1010');
	await expect(notice).toHaveText('Några delar av länken kunde inte användas och visas med standardval: omrade.');
	await expect(page.locator('h1')).toContainText('Rinkeby-Kista');
	await expect(page).toHaveURL((u) => u.pathname === '/embed/omrade' && u.search === '');
	// Another area, its code repeated and an unknown parameter beside it: the first code is used.
	await page.goto('/embed/omrade?niva=stadsdelsomrade&kod=bromma&kod=farsta&x=1');
	await expect(notice).toHaveText('Några delar av länken kunde inte användas och visas med standardval: kod (angiven flera gånger – den första används), x.');
	await expect(page).toHaveURL((u) => u.pathname === '/embed/omrade' && u.search === '?niva=stadsdelsomrade&kod=bromma');
	await expect(page.locator('h1')).toHaveText('Områdesprofil: Bromma – Stadsdelsområde');
	// The default area named, its level repeated (English).
	await page.goto('/en/embed/omrade?niva=stadsdelsomrade&niva=deso&kod=rinkeby-kista');
	await expect(notice).toHaveText('Some parts of the link could not be used and show defaults instead: niva (given more than once – the first is used).');
	await expect(page).toHaveURL((u) => u.pathname === '/en/embed/omrade' && u.search === '?niva=stadsdelsomrade&kod=rinkeby-kista');
	// An area that does not exist, named twice: not said to be used.
	await page.goto('/embed/omrade?niva=deso&kod=__proto__&kod=0180C1010');
	await expect(page.getByRole('status').filter({ hasText: 'Området i länken finns inte; visar standardområdet.' })).toBeVisible();
	await expect(notice).toHaveText('Några delar av länken kunde inte användas och visas med standardval: kod (angiven flera gånger).');
	await expect(page).toHaveURL((u) => u.pathname === '/embed/omrade' && u.search === '');
});

test('the list of areas missing: the embed says a data file is missing, not that the area does not exist', async ({ page }) => {
	await page.route('**/data/areas.json', (route) => route.fulfill({ status: 404, body: 'not found' }));
	await page.goto('/embed/omrade?niva=deso&kod=0180C1010');
	await expect(page.getByRole('alert')).toContainText('saknas');
	await expect(page.getByRole('status').filter({ hasText: 'finns inte' })).toHaveCount(0);
});

test('another area in the embed link: never the prerendered area under its heading, a polite loading state, then its own summary and table', async ({ page }) => {
	// Every heading the reader could see, recorded at each change of the page from its first parse on.
	await page.addInitScript(() => {
		const seen: string[] = [];
		(window as unknown as { seenHeadings: string[] }).seenHeadings = seen;
		const record = () => document.querySelectorAll('h1').forEach((h) => h.checkVisibility() && seen.push(h.textContent ?? ''));
		new MutationObserver(record).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
	});
	await page.goto('/embed/omrade?niva=stadsdelsomrade&kod=bromma');
	await expect(page.locator('h1')).toHaveText('Områdesprofil: Bromma – Stadsdelsområde', { timeout: 45_000 });
	await expect(page.locator('article')).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByRole('status').filter({ hasText: 'Visar områdesprofilen för Bromma.' })).toHaveCount(1);
	await expect(page).toHaveTitle(/^Områdesprofil: Bromma – /);
	const seen = await page.evaluate(() => (window as unknown as { seenHeadings: string[] }).seenHeadings);
	expect(seen.filter((h) => h.includes('Rinkeby-Kista'))).toEqual([]);
	expect(seen.some((h) => /Bromma \(hämtas …\)/.test(h))).toBe(true);

	// The chart's text summary and its data table (collapsed) carry Bromma's figures.
	// (The chart marks an estimated figure "≈ "; the summary and the table give its note in words after it.)
	const firstValue = (await page.locator('svg[data-chart="profile"] g').first().locator('text[font-weight="700"]').textContent())!.replace(/^≈ /, '');
	await expect(page.locator('svg[data-chart="profile"]')).toHaveAccessibleDescription(new RegExp(firstValue.replace(/[()]/g, '\\$&')));
	await expect(page.getByTestId('profile-summary')).toContainText(firstValue);
	const details = page.getByTestId('profile-table');
	await expect(details.locator('table')).toBeHidden();
	await details.locator('summary').click();
	const table = page.getByRole('region', { name: 'Områdesprofil: Bromma' });
	await expect(table.locator('tbody tr').first().locator('td').first()).toContainText(firstValue);
	await expect(page.getByText('Rinkeby-Kista').filter({ visible: true })).toHaveCount(0);
});

test('without JavaScript a link to another area shows the default area under its own name and says only it can be shown', async ({ browser }) => {
	const ctx = await browser.newContext({ javaScriptEnabled: false });
	const page = await ctx.newPage();
	await page.goto('/embed/omrade?niva=stadsdelsomrade&kod=bromma');
	await expect(page.locator('h1')).toContainText('Rinkeby-Kista');
	await expect(page.locator('body')).not.toContainText('Bromma');
	await expect(page.getByText('Utan JavaScript kan bara standardområdet visas: Rinkeby-Kista.')).toBeVisible();
	await page.getByTestId('profile-table').locator('summary').click();
	await expect(page.getByRole('region', { name: 'Områdesprofil: Rinkeby-Kista' }).locator('tbody tr').first()).toBeVisible();
	await ctx.close();
});

for (const { path, heading } of [
	{ path: '/embed/omrade?niva=stadsdelsomrade&kod=bromma', heading: 'Områdesprofil: Bromma – Stadsdelsområde' },
	{ path: '/en/embed/karta?indikator=utrikes_fodda_andel&ar=2022', heading: /^Foreign-born, 2022 – / }
]) {
	test(`${path}: no serious accessibility violations with its table open`, async ({ page }) => {
		await page.goto(path);
		await expect(page.locator('h1')).toHaveText(heading, { timeout: 45_000 });
		await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
		await page.locator('details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
		expect(await seriousViolations(page)).toEqual([]);
	});
}
