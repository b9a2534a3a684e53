// The samband page: a prerendered scatter with r and n and the caution, changed by its controls and URL.
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the default scatter with r, n, the caution and a data table', async ({ page }) => {
		await page.goto('/samband');
		// The default compares the same year on both axes.
		await expect(page.locator('figcaption')).toContainText('Valdeltagande');
		await expect(page.locator('figcaption')).toContainText('2022');
		await expect(page.locator('figcaption')).not.toContainText('olika år');
		await expect(page.locator('svg[data-chart="scatter"] .pt')).toHaveCount(13);
		await expect(page.locator('svg[data-chart="scatter"] path.pt.in')).toHaveCount(6); // Stadsdelslyftet: Järva's two districts and four more
		await expect(page.getByTestId('samband-r')).toContainText(/Pearsons r = −?0,\d\d, n = 13/);
		await expect(page.getByTestId('samband-caution')).toContainText('säger ingenting om enskilda människor');
		await expect(page.locator('figure details table tbody tr')).toHaveCount(13);
	});
});

test('changing level, year and grouping updates the chart and the URL', async ({ page }) => {
	await page.goto('/samband');
	await page.locator('#samband-niva').selectOption('regso');
	await expect(page).toHaveURL(/niva=regso/);
	await expect(page.getByTestId('samband-r')).toContainText('n = 127');
	await expect(page.locator('svg[data-chart="scatter"] .pt')).toHaveCount(127);
	await page.locator('#samband-arx').selectOption('2021');
	await expect(page).toHaveURL(/arx=2021/);
	await page.locator('#samband-grupp').selectOption('utsatta2025');
	await expect(page.locator('svg[data-chart="scatter"] path.pt.in')).toHaveCount(8);
	const url = page.url();
	await page.reload();
	await expect(page.locator('#samband-niva')).toHaveValue('regso');
	await expect(page.locator('#samband-arx')).toHaveValue('2021');
	await expect(page.locator('#samband-grupp')).toHaveValue('utsatta2025');
	expect(page.url()).toBe(url);
});

test('a hostile or unknown parameter is reported and the default is shown', async ({ page }) => {
	await page.goto('/samband?x=%3Cimg%20src%3Dx%3E&niva=atlantis');
	await expect(page.getByTestId('samband-notice')).toContainText('x');
	await expect(page.locator('svg[data-chart="scatter"] .pt')).toHaveCount(13);
});

for (const route of ['/samband', '/en/samband']) {
	test(`${route} has no serious accessibility violations`, async ({ page }) => {
		await page.goto(route);
		await page.locator('details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
		expect(await seriousViolations(page)).toEqual([]);
	});
}

test('the summary is a polite live region that follows the chosen level', async ({ page }) => {
	await page.goto('/samband');
	const summary = page.locator('#samband-summary');
	await expect(summary).toHaveAttribute('aria-live', 'polite');
	await expect(summary).toContainText('n = 13');
	await page.locator('#samband-niva').selectOption('regso');
	await expect(summary).toContainText('n = 127');
	await expect(summary).toHaveAttribute('aria-live', 'polite');
});
