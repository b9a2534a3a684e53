// The comparison page: readable without JavaScript, a custom grouping built from three areas updates every chart and
// the URL and survives a reload, hostile links are refused visibly, and axe finds nothing serious.
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';

const FIGURES = ['dotplot', 'timeseries', 'ranking', 'targeting', 'concentration'];

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the prerendered default comparison with every chart, reading, source and table', async ({ page }) => {
		await page.goto('/jamfor');
		await expect(page.getByRole('heading', { level: 1, name: 'Jämför grupperingar' })).toBeVisible();
		const dot = page.locator('[data-chart="dotplot"]');
		await expect(dot.locator('[data-row="lag_ekonomisk_standard_andel"] path[data-key="stadsdelslyftet"]')).toHaveCount(1);
		await expect(dot.locator('[data-row="lag_ekonomisk_standard_andel"] path[data-key="fokus2025"]')).toHaveCount(1);
		for (const id of FIGURES) {
			const fig = page.locator(`figure[data-figure="${id}"]`);
			await expect(fig.locator('h3')).not.toBeEmpty();
			await expect(fig.locator('p.source')).toContainText(/Källa: .*\d{4}/);
			// The source line links to what it cites on the data page: a chart of one indicator to its entry (caveats,
			// files), the dot plot of every indicator to the page.
			await expect(fig.locator('p.source').getByRole('link', { name: 'Om uppgifterna: källa, filer och förbehåll' })).toHaveAttribute(
				'href',
				id === 'dotplot' ? '/kallor' : /^\/kallor#[a-z0-9_]+$/
			);
			await expect(fig.locator('table tbody tr').first()).toBeAttached();
		}
		// Fokus at stadsdelsområde level: the note says Hagsätra-Rågsved is only exact at stadsdel level.
		await expect(page.getByText(/Hagsätra och Rågsved ligger i Enskede-Årsta-Vantör/)).toBeVisible();
		// The quotable sentence, from counts: (sum of numerators) / (sum of the city's).
		await expect(page.getByTestId('targeting-sentences')).toContainText(
			/Stadsdelslyftet \(motion KS 2025\/652\) omfattar cirka \d+\u00a0% av stadens invånare med låg ekonomisk standard och cirka \d+\u00a0% av stadens befolkning \(2024\)\./
		);
		await expect(page.locator('[data-chart="concentration"] [data-band="fokus2025"]')).toHaveCount(1);
		await expect(page.locator('[data-chart="ranking"] [data-group="stadsdelslyftet"] circle')).toHaveCount(13);
	});

	test('the whole city is computed like the groupings, the official figure named beside it, every definition linked', async ({ page }) => {
		await page.goto('/jamfor');
		const dot = page.locator('figure[data-figure="dotplot"]');
		const cityRow = (name: string) => dot.locator('table tbody tr').filter({ hasText: name }).filter({ hasText: 'Hela staden' });
		// Turnout 2022: 80,3 % over the areas; the city's official 84,0 % also counts votes not tied to a district.
		await expect(cityRow('Valdeltagande, riksdagsvalet')).toContainText('80,3');
		await expect(cityRow('Valdeltagande, riksdagsvalet')).toContainText('officiell siffra för hela staden: 84,0');
		await expect(dot.locator('p.source')).toContainText('röster som inte knutits till ett valdistrikt');
		// The 2016 household median has no city figure in the source: nothing is called official.
		await expect(cityRow('Disponibel inkomst per hushåll, median')).not.toContainText('officiell');
		// Its Fokus value rests on two of the four districts: the chart's row says how much of the population has no
		// data, as the table's columns do, beside the approximate mark.
		await expect(dot.locator('[data-row="disponibel_inkomst_hushall_median"] g[role="img"]')).toHaveAttribute(
			'aria-label',
			/Fokusområden 2025 ≈ 360,9\stkr \(uppgift saknas för 52\s% av befolkningen\);/
		);
		const definitions = page.getByTestId('compare-definitions');
		await definitions.locator('summary').click();
		await expect(definitions.getByRole('link', { name: 'Låg ekonomisk standard', exact: true })).toHaveAttribute('href', '/kallor#lag_ekonomisk_standard_andel');
		await expect(definitions).toContainText('TAB6685');
	});
});

test('a custom grouping of three areas updates every chart and the URL, and a reload restores it', async ({ page }) => {
	await page.goto('/jamfor');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	const search = page.locator('#custom-search');
	for (const [q, name] of [
		['Farsta', 'Farsta'],
		['skärh', 'Skärholmen'],
		['brom', 'Bromma']
	] as const) {
		await search.fill(q);
		await page.getByRole('checkbox', { name, exact: true }).check();
	}
	await expect(page.getByTestId('custom-count')).toHaveText('3 områden valda');
	await expect(page).toHaveURL(/egen=stadsdelsomrade:farsta,skarholmen,bromma/);
	await expect(page).toHaveURL(/grupper=[^&]*egen/);
	await page.locator('#custom-name').fill('Mina tre');
	await page.locator('#custom-name').press('Tab');
	await expect(page).toHaveURL(/egennamn=Mina\+tre/);

	const check = async () => {
		await expect(page.locator('[data-chart="dotplot"] [data-row="lag_ekonomisk_standard_andel"] path[data-key="egen"]')).toHaveCount(1, { timeout: 45_000 });
		await expect(page.locator('[data-chart="timeseries"] path[data-key="egen"]').first()).toBeAttached();
		await expect(page.locator('[data-chart="ranking"] [data-group="egen"] circle[data-member="true"]')).toHaveCount(3);
		await expect(page.locator('[data-chart="targeting"] [data-bars="egen"]')).toHaveCount(1);
		await expect(page.locator('[data-chart="concentration"] [data-band="egen"] rect')).toHaveCount(4);
		// (8 015,64 + 8 851,62 + 5 545,57) / (62 138 + 38 270 + 83 607) = 12,18 % from the counts.
		await expect(page.locator('figure[data-figure="dotplot"] table')).toContainText('Mina tre');
		await expect(page.locator('[data-chart="dotplot"] [data-row="lag_ekonomisk_standard_andel"] g[role="img"]')).toHaveAttribute('aria-label', /Mina tre ≈ 12,2\u00a0%/);
		await expect(page.getByTestId('targeting-sentences')).toContainText('Mina tre omfattar cirka');
	};
	await check();
	const url = page.url();
	await page.reload();
	await check();
	await expect(page.getByRole('checkbox', { name: 'Bromma', exact: true })).toBeChecked();
	await expect(page.locator('#custom-name')).toHaveValue('Mina tre');
	expect(page.url()).toBe(url);
});

test('a name typed before any area is chosen is kept and names the grouping made by the first area', async ({ page }) => {
	// The name field comes first in the form: a user who fills it in first must not see it emptied on leaving it.
	await page.goto('/jamfor');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	await page.locator('#custom-name').fill('Söderort');
	await page.locator('#custom-name').press('Tab');
	await expect(page.locator('#custom-name')).toHaveValue('Söderort');
	await page.getByRole('checkbox', { name: 'Farsta', exact: true }).check();
	await expect(page).toHaveURL(/egen=stadsdelsomrade:farsta&egennamn=S%C3%B6derort(&|$)/);
	await expect(page.locator('#custom-name')).toHaveValue('Söderort');
	await expect(page.locator('input[name="grupper"][value="egen"]')).toHaveAccessibleName('Söderort');
});

test('recomputing every indicator for a changed grouping after DuckDB is ready stays fast', async ({ page }) => {
	await page.goto('/jamfor');
	await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
	await page.waitForFunction(() => performance.getEntriesByName('compare:warm').length > 0, undefined, { timeout: 45_000 });
	const boxes = ['utsatta2023', 'ovriga_fokus2025', 'utsatta2025'];
	for (let i = 0; i < 12; i++) {
		await page.locator(`input[name="grupper"][value="${boxes[i % 3]}"]`).click();
		await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
	}
	const times = await page.evaluate(() => performance.getEntriesByName('compare').map((e) => e.duration));
	times.sort((a, b) => a - b);
	const p95 = times[Math.min(times.length - 1, Math.ceil(0.95 * times.length) - 1)]!;
	console.log(`compare recompute ms: n=${times.length} median=${times[times.length >> 1]!.toFixed(1)} p95=${p95.toFixed(1)}`);
	expect(times.length).toBeGreaterThanOrEqual(12);
});

test('a time series across area vintages breaks instead of joining', async ({ page }) => {
	await page.goto('/jamfor?indikator=hyresratt_andel');
	const ts = page.locator('[data-chart="timeseries"]').first();
	await expect(ts.locator('[data-break]')).toHaveCount(1, { timeout: 45_000 });
	// Two segments (RegSO 2020: 2020–2023, DeSO 2025: 2024–2025), each with its own line per grouping.
	await expect(ts.locator('[data-segment]')).toHaveCount(2);
	await expect(ts.locator('[data-segment="hyresratt_andel"] path[data-key="stadsdelslyftet"]')).toHaveCount(1);
	await expect(ts.locator('[data-segment="hyresratt_andel_deso2025"] path[data-key="stadsdelslyftet"]')).toHaveCount(1);
	await expect(page.locator('[data-reading="timeseries"]')).toContainText('Serien bryts mellan 2023 och 2024');
});

test('a hostile link is refused visibly: unknown codes listed and dropped, the name stays text', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await page.goto('/jamfor?egen=stadsdelsomrade:farsta,atlantis,%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&egennamn=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E');
	await expect(page.getByTestId('compare-notice').filter({ hasText: 'atlantis' })).toBeVisible();
	await expect(page.locator('#custom-name')).toHaveValue('<img src=x onerror=alert(1)>');
	await expect(page.locator('main img')).toHaveCount(0);
	await expect(page).toHaveURL(/egen=stadsdelsomrade:farsta(&|$)/, { timeout: 45_000 });
	expect(dialogs).toBe(0);
});

test('a link asking for an indicator the level has no figures for shows the default one and says so', async ({ page }) => {
	// Foreign-born shares are published per RegSO, not per DeSO.
	await page.goto('/jamfor?niva=deso&indikator=utrikes_fodda_andel');
	await expect(page.getByTestId('compare-notice')).toContainText('standardval: indikator');
	await expect(page.locator('#compare-level')).toHaveValue('deso');
	await expect(page.locator('#compare-indicator')).toHaveValue('lag_ekonomisk_standard_andel');
	await expect(page).toHaveURL(/indikator=lag_ekonomisk_standard_andel/);
	await expect(page.locator('figure[data-figure="ranking"] h3')).toContainText(/Låg ekonomisk standard \d{4}/);
});

test('has no serious or critical accessibility violations', async ({ page }) => {
	// A cold start of the engine (the own grouping needs it) and then axe over ~4 500 elements: 24–26 s on a quiet
	// run, 48 s with one core kept busy, too close to the one-minute default for a test that does both.
	test.slow();
	await page.goto('/jamfor?egen=stadsdelsomrade:farsta,bromma');
	await expect(page.locator('[data-chart="ranking"] [data-group="egen"]')).toHaveCount(1, { timeout: 45_000 });
	expect(await seriousViolations(page)).toEqual([]);
});

test('a regrouped result is announced politely: the status line names the groupings and level now shown', async ({ page }) => {
	await page.goto('/jamfor');
	const status = page.getByTestId('compare-status');
	await expect(status).toHaveAttribute('aria-live', 'polite');
	await expect(status).toHaveText('');
	await page.locator('#compare-level').selectOption('stadsdel');
	await expect(status).toHaveText(/^Visar .+ – Stadsdel\.$/, { timeout: 45_000 });
	await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false');
});
