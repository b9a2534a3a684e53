// The landing map: readable without JavaScript, driven by its controls, reproducible from its URL, usable by keyboard.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the prerendered map, legend and table', async ({ page }) => {
		await page.goto('/');
		await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(13);
		await expect(page.getByText('Uppgift saknas').first()).toBeVisible();
		const table = page.locator('table', { has: page.locator('caption', { hasText: 'Låg ekonomisk standard per Stadsdelsområde, 2024' }) });
		await expect(table.locator('tbody tr')).toHaveCount(13);
		await expect(table.locator('tbody tr').first()).toContainText('Rinkeby-Kista');
		await expect(table.locator('tbody tr').first()).toContainText('29,5 %');
		// The city's 2024 figure is summed over DeSO 2025 counts estimated from shares: it says so.
		await expect(page.getByTestId('map-summary')).toContainText('Hela staden: 11,5 % (ungefärligt).');
		await expect(page.getByText('Hela staden: 11,5 % (ungefärligt)').first()).toBeVisible();
	});
});

test("the indicator's caveats stand under the map, follow the indicator, travel in the CSV and link to its data entry", async ({ page }) => {
	await page.goto('/');
	const caveats = page.getByTestId('map-caveats');
	// The default indicator is a third party's computation from SCB's tables: the reader is told before using it.
	await expect(caveats.getByRole('list', { name: 'Förbehåll' })).toContainText('Tredjepartsberäkning');
	await page.locator('#indicator').selectOption('utrikes_fodda_andel');
	await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2023/);
	await expect(caveats).toContainText('Utrikes född är inte samma sak som utländsk bakgrund');
	await expect(caveats).not.toContainText('Tredjepartsberäkning');
	await page.getByTestId('share-menu').locator('summary').click();
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-csv').click()]);
	expect(readFileSync((await dl.path())!, 'utf8')).toContain('\n# Förbehåll: Utrikes född är inte samma sak som utländsk bakgrund');
	await page.getByTestId('map-about-data').click();
	await expect(page).toHaveURL(/\/kallor#utrikes_fodda_andel$/);
	await expect(page.locator('article#utrikes_fodda_andel h4')).toHaveText('Utrikes födda');
});

test('in English the caveats are English and the link leads to the English data page', async ({ page }) => {
	await page.goto('/en?indikator=utrikes_fodda_andel&ar=2022&niva=stadsdelsomrade');
	await expect(page.getByTestId('map-caveats')).toContainText('Foreign-born is not the same as foreign background');
	await expect(page.getByTestId('map-about-data')).toHaveAttribute('href', '/en/kallor#utrikes_fodda_andel');
});

test('changing indicator, year and level updates map, legend, table and URL', async ({ page }) => {
	await page.goto('/');
	await page.locator('#indicator').selectOption('utrikes_fodda_andel');
	await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2023 – Stadsdelsområde/);
	await expect(page).toHaveURL(/indikator=utrikes_fodda_andel/);
	await page.locator('#year').selectOption('2020');
	await expect(page).toHaveURL(/ar=2020/);
	await page.locator('#level').selectOption('regso');
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(127);
	await expect(page).toHaveURL(/niva=regso/);
	await expect(page.locator('table caption')).toContainText('Utrikes födda per RegSO 2020, 2020');
	await expect(page.locator('table tbody tr')).toHaveCount(127);
});

test("the table's scrolling box is a region named by the table's caption, and keeps that name when the view changes", async ({ page }) => {
	await page.goto('/');
	const box = page.getByRole('region', { name: 'Låg ekonomisk standard per Stadsdelsområde, 2024', exact: true });
	await expect(box.locator('tbody tr')).toHaveCount(13);
	await page.locator('#level').selectOption('deso');
	const deso = page.getByRole('region', { name: /^Låg ekonomisk standard per DeSO/ });
	await expect(deso).toHaveAttribute('aria-busy', 'false');
	await expect(deso.locator('tbody tr')).not.toHaveCount(13);
	await expect(deso.locator('caption')).toHaveText(/^Låg ekonomisk standard per DeSO/);
});

test('a copied URL reloads to the same view', async ({ page }) => {
	await page.goto('/?indikator=utrikes_fodda_andel&ar=2021&niva=stadsdel&grupper=stadsdelslyftet,utsatta2023&jmf=1');
	await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2021 – Stadsdel/);
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(117);
	await expect(page.locator('[data-outline="stadsdelslyftet"]')).toHaveCount(1);
	await expect(page.locator('[data-outline="utsatta2023"]')).toHaveCount(1);
	await expect(page.locator('[data-outline="fokus2025"]')).toHaveCount(0);
	await expect(page.locator('#level')).toHaveValue('stadsdel');
	await expect(page.getByText('Färgen visar avvikelse från hela stadens värde.')).toBeVisible();
	const url = page.url();
	await page.reload();
	await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2021 – Stadsdel/);
	expect(page.url()).toBe(url);
});

test('keyboard only: tab to the map, move with arrows, Enter opens the panel, Escape closes it', async ({ page }) => {
	await page.goto('/');
	const first = page.locator('svg[data-chart="choropleth"] .areas path[tabindex="0"]');
	await first.focus();
	await page.keyboard.press('ArrowRight');
	const focused = page.locator('svg[data-chart="choropleth"] .areas path:focus');
	await expect(focused).toHaveCount(1);
	const code = await focused.getAttribute('data-code');
	// The focused area is ringed above water and outlines, and told apart from the selection.
	await expect(page.locator(`svg[data-chart="choropleth"] .focus-ring[data-code="${code}"]`)).toHaveCount(1);
	await page.keyboard.press('Enter');
	const panel = page.getByTestId('area-panel');
	await expect(panel).toBeVisible();
	await expect(page).toHaveURL(new RegExp(`omrade=${code}`));
	await expect(page.locator('svg[data-chart="choropleth"] .selected-ring')).toHaveCount(1);
	await expect(panel.locator('table tbody tr').first()).toBeVisible({ timeout: 30_000 });
	// Escape inside the panel closes it and gives focus back to the area it was opened for.
	await expect(page.locator('#panel-heading')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
	const area = page.locator(`svg[data-chart="choropleth"] .areas path[data-code="${code}"]`);
	await expect(area).toBeFocused();
	// So does its close button; and Escape on the map clears the selection.
	await page.keyboard.press('Enter');
	await expect(panel).toBeVisible();
	await panel.getByRole('button', { name: 'Stäng' }).click();
	await expect(panel).toHaveCount(0);
	await expect(area).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(panel).toBeVisible();
	await area.focus();
	await page.keyboard.press('Escape');
	await expect(panel).toHaveCount(0);
});

test('the year stepper keeps focus, also at the first year; the language link is named by what it says', async ({ page }) => {
	await page.goto('/?indikator=utrikes_fodda_andel&ar=2022&niva=stadsdelsomrade');
	await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2022/);
	const prev = page.getByRole('button', { name: 'Föregående år' });
	await prev.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2021/);
	await expect(prev).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2020/);
	await expect(prev).toHaveAttribute('aria-disabled', 'true');
	await page.keyboard.press('Enter');
	await expect(prev).toBeFocused();
	await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2020/);
	await expect(page.getByRole('link', { name: 'In English', exact: true })).toHaveCount(1);
});

test('DuckDB boots in the background and later queries go through it', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	await page.locator('#level').selectOption('deso');
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(544);
	const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
	expect(marks).toContain('app:first-chart');
	expect(marks).toContain('duckdb:ready');
	expect(marks).toContain('query:end');
});

test('once DuckDB is ready the map fetches its other levels unasked, and DeSO then draws from what it fetched', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (r) => {
		const level = /\/data\/geo\/(\w+)\.topo\.json$/.exec(new URL(r.url()).pathname)?.[1];
		if (level) fetched.push(level);
	});
	await page.goto('/');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	// One level per idle period: the wait is for the page's own background work, not a race.
	await expect.poll(() => fetched.includes('deso'), { timeout: 30_000 }).toBe(true);
	await page.locator('#level').selectOption('deso');
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(544);
	await expect(page.locator('h2.chart-title')).toContainText('DeSO');
	expect(fetched.filter((l) => l === 'deso')).toHaveLength(1);
});

test('before DuckDB is ready the map fetches the shown level unasked, and a first change of indicator draws from it', async ({ page }) => {
	// DuckDB never starts (its wasm is refused): the map works from the small files alone.
	await page.route('**/*.wasm', (route) => route.abort());
	const fetched: string[] = [];
	page.on('request', (r) => {
		const level = /\/data\/geo\/(\w+)\.topo\.json$/.exec(new URL(r.url()).pathname)?.[1];
		if (level) fetched.push(level);
	});
	await page.goto('/');
	// The prerendered map needs no TopoJSON; the hydrated page fetches its level's for the next view by itself.
	await expect.poll(() => fetched.includes('stadsdelsomrade')).toBe(true);
	await page.locator('#indicator').selectOption('arbetsloshet_andel');
	await expect(page.locator('h2.chart-title')).toContainText('Arbetslöshet');
	await expect(page.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(13);
	expect(fetched.filter((l) => l === 'stadsdelsomrade')).toHaveLength(1);
	await expect(page.locator('[data-db-status]')).not.toHaveAttribute('data-db-status', 'ready');
});

test('has no serious or critical accessibility violations', async ({ page }) => {
	await page.goto('/');
	expect(await seriousViolations(page)).toEqual([]);
});

test('at 375 px wide the map, controls and table fit without horizontal scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/');
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(375);
	await expect(page.locator('#indicator')).toBeVisible();
	await expect(page.locator('svg[data-chart="choropleth"]')).toBeVisible();
});

test('after DuckDB is ready the summary gives grouping values for means too, flagged approximate', async ({ page }) => {
	await page.goto('/?indikator=loneinkomst_medel&ar=2023&niva=stadsdelsomrade&grupper=fokus2025,stadsdelslyftet');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	const summary = page.getByTestId('map-summary');
	await expect(summary.locator('li', { hasText: 'Fokusområden 2025' })).toContainText(/\d+,\d\s+tkr.*ungefärligt/);
	await expect(summary.locator('li', { hasText: 'Stadsdelslyftet' })).toContainText(/\d+,\d\s+tkr/);
});

test('after DuckDB is ready a grouping that is an exact union of RegSO is not flagged approximate', async ({ page }) => {
	await page.goto('/?indikator=utrikes_fodda_andel&ar=2023&niva=stadsdel&grupper=fokus2025');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	const fokus = page.getByTestId('map-summary').locator('li', { hasText: 'Fokusområden 2025' });
	await expect(fokus).toContainText('45,1');
	// Before DuckDB answers, the summary from the carried rows on screen says approximate; the query settles it.
	await expect(fokus).not.toContainText('ungefärligt');
});

test('before DuckDB is ready the summary follows the same plan: an exact union is not flagged, a cut one is', async ({ page }) => {
	// DuckDB never starts (its wasm is refused): the summary is settled from the static files alone.
	await page.route('**/*.wasm', (route) => route.abort());
	await page.goto('/?indikator=utrikes_fodda_andel&ar=2023&niva=stadsdel&grupper=fokus2025');
	const fokus = page.getByTestId('map-summary').locator('li', { hasText: 'Fokusområden 2025' });
	await expect(fokus).toContainText('45,1');
	await expect(fokus).not.toContainText('ungefärligt');
	// At stadsdelsområde level the Fokus boundary cuts RegSO Högdalen: approximate, before DuckDB as after.
	await page.goto('/?indikator=utrikes_fodda_andel&ar=2023&niva=stadsdelsomrade&grupper=fokus2025');
	await expect(fokus).toContainText('(ungefärligt)');
	await expect(page.locator('[data-db-status]')).not.toHaveAttribute('data-db-status', 'ready');
});

test("a share whose counts are estimated in one year: each area's share as published, sums approximate that year only", async ({ page }) => {
	// The DeSO 2025 rental share: 2024's counts are the 2024 share × the 2025 dwellings, 2025's the counted dwellings.
	const row = page.locator('table').last().locator('tbody tr', { hasText: '0180C1010' });
	const fokus = page.getByTestId('map-summary').locator('li', { hasText: 'Fokusområden 2025' });
	await page.goto('/?indikator=hyresratt_andel_deso2025&ar=2024&niva=deso&grupper=fokus2025');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	await expect(row).toContainText('89,6 %');
	await expect(row).toContainText('beräknat från avrundade andelar');
	await expect(row).not.toContainText('ungefärligt');
	// 2024's counts are the published shares × the 2025 dwellings: the sums say so, for the grouping as for the city.
	await expect(fokus).toContainText('59,4 %. (ungefärligt; beräknat från avrundade andelar)');
	await expect(page.getByTestId('map-summary')).toContainText('Hela staden: 42,8 % (ungefärligt; beräknat från avrundade andelar).');
	await page.goto('/?indikator=hyresratt_andel_deso2025&ar=2025&niva=deso&grupper=fokus2025');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	await expect(row).toContainText('89,3 %');
	await expect(fokus).toContainText('59,8 %.');
	// 2025's counts are the counted dwellings: neither approximate nor computed from rounded shares.
	await expect(fokus).not.toContainText('ungefärligt');
	await expect(fokus).not.toContainText('avrundade');
	await expect(page.getByTestId('map-summary')).toContainText('Hela staden: 42,8 %.');
	await expect(page.getByTestId('map-summary')).not.toContainText('ungefärligt');
});

test("each grouping's figure in the summary says how much of the population has no data, as the city's does", async ({ page }) => {
	// Living in multi-dwelling buildings, 2025: ten DeSO 2025 have no figure, three of them in Fokus (2 % of its people,
	// 2 % of the city's). The figures are over the areas with data, so the summary must say what they leave out, and that
	// their counts are the shares × the population standing in for the real base.
	await page.goto('/?indikator=flerbostadshus_andel&ar=2025&niva=stadsdelsomrade&grupper=fokus2025');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	const summary = page.getByTestId('map-summary');
	await expect(summary.locator('li', { hasText: 'Fokusområden 2025' })).toContainText(
		'76,1 %. (ungefärligt; beräknat från avrundade andelar; uppgift saknas för 2 % av befolkningen)'
	);
	await expect(summary).toContainText('Hela staden: 81,1 % (ungefärligt; beräknat från avrundade andelar; uppgift saknas för 2 % av befolkningen).');
});

test('a city figure the build estimated from finer areas is never called official', async ({ page }) => {
	// The 2016 household median has no city row in the source: the kommun figure is a weighted mean of the city parts'.
	await page.goto('/?indikator=disponibel_inkomst_hushall_median&ar=2016&niva=stadsdelsomrade&grupper=fokus2025');
	const summary = page.getByTestId('map-summary');
	await expect(summary).toContainText('räknat som grupperingarna (alla områden på kartan)');
	await expect(summary).toContainText('Staden uppskattad från finare områden (ungefärligt, ingen officiell siffra): 397,7 tkr');
	await expect(summary).not.toContainText('officiella siffra');
	await expect(summary.getByTestId('city-difference')).toHaveCount(0);
});

test('the whole city computed like the groupings says it is approximate and how much of the population it lacks', async ({ page }) => {
	// The 2016 household median: a population-weighted mean of the districts' medians, four of them without a figure.
	await page.goto('/?indikator=disponibel_inkomst_hushall_median&ar=2016&niva=stadsdelsomrade&grupper=fokus2025');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	await expect(page.getByTestId('map-summary')).toContainText(
		'Hela staden, räknat som grupperingarna (alla områden på kartan): 405,2 tkr (ungefärligt; uppgift saknas för 23 % av befolkningen).'
	);
});

test('turnout: the city beside the groupings is computed like them, the official figure named beside it', async ({ page }) => {
	await page.goto('/?indikator=valdeltagande_riksdag&ar=2022&niva=stadsdelsomrade&grupper=fokus2025');
	const summary = page.getByTestId('map-summary');
	await expect(summary).toContainText('räknat som grupperingarna (alla områden på kartan): 80,3 %');
	await expect(summary).toContainText('Stadens officiella siffra: 84,0 %');
	await expect(summary.getByTestId('city-difference')).toContainText('röster som inte knutits till ett valdistrikt');
	// Fokus is defined by stadsdelar; at stadsdelsområde level the figure names the areas it covers.
	await expect(summary.locator('li', { hasText: 'Fokusområden 2025' })).toContainText(/Räknat på: .*Rinkeby-Kista/);
});

test("the area panel's profile chart is laid out at the panel's width, so its text stays readable", async ({ page }) => {
	await page.goto('/?omrade=rinkeby-kista');
	const chart = page.getByTestId('area-panel').locator('svg[data-chart="profile"]');
	await expect(chart.locator('text').nth(2)).toBeVisible({ timeout: 30_000 });
	// Rendered text size: each text's font size times the scale the viewBox is drawn at.
	const smallest = await chart.evaluate((svg: SVGSVGElement) => {
		const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
		return Math.min(...Array.from(svg.querySelectorAll('text'), (t) => Number(t.getAttribute('font-size')) * scale));
	});
	expect(smallest).toBeGreaterThanOrEqual(11.5);
});

test('after a change the live summary first says which indicator, year and level it now describes; the map names its keyboard help', async ({ page }) => {
	await page.goto('/');
	const summary = page.getByTestId('map-summary');
	await expect(summary).toHaveAttribute('aria-live', 'polite');
	await page.locator('#indicator').selectOption('utrikes_fodda_andel');
	await page.locator('#year').selectOption('2020');
	await expect(page).toHaveURL(/ar=2020/);
	await expect(summary.locator('p').first()).toHaveText(/^Visar Utrikes födda, 2020 – Stadsdelsområde\. Högst: /);
	await page.locator('#level').selectOption('regso');
	await expect(summary.locator('p').first()).toHaveText(/^Visar Utrikes födda, 2020 – RegSO 2020\. Högst: /);
	await expect(page.locator('svg[data-chart="choropleth"]')).toHaveAccessibleDescription(/piltangenterna/);
});
