// The English site reads as English: counts of one in the singular (and in Swedish too), the segregation page's
// wording for the low-economic-standard comparison group, and the Underlag's hint naming the share button as it reads.
import { test, expect } from './fixtures';

test('the map says "1 area has no data." (and "1 område saknar uppgift."), not "1 areas"', async ({ page }) => {
	// Living in multi-dwelling buildings, RegSO 2020, 2025: one RegSO has no figure.
	const query = 'indikator=flerbostadshus_andel&ar=2025&niva=regso';
	await page.goto(`/en?${query}`);
	const summary = page.getByTestId('map-summary');
	await expect(summary).toContainText('Living in multi-dwelling buildings, 2025 – RegSO 2020');
	await expect(summary).toContainText('1 area has no data.');
	await expect(summary).not.toContainText('1 areas');
	await page.goto(`/?${query}`);
	await expect(page.getByTestId('map-summary')).toContainText('1 område saknar uppgift.');
});

test('/en/jamfor: picking areas for a custom grouping says "1 area selected", then "2 areas selected"', async ({ page }) => {
	await page.goto('/en/jamfor');
	const count = page.getByTestId('custom-count');
	await expect(count).toHaveText('0 areas selected');
	await page.getByRole('checkbox', { name: 'Farsta', exact: true }).check();
	await expect(count).toHaveText('1 area selected');
	await page.getByRole('checkbox', { name: 'Bromma', exact: true }).check();
	await expect(count).toHaveText('2 areas selected');
	await page.goto('/jamfor');
	await page.getByRole('checkbox', { name: 'Farsta', exact: true }).check();
	await expect(page.getByTestId('custom-count')).toHaveText('1 område valt');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test("/en/segregation: the low-economic-standard map compares with the city's other residents, not 'its everyone else'", async ({ page }) => {
		await page.goto('/en/segregation');
		const map = page.locator('#seg-low_econ-map');
		await expect(map.locator('p').first()).toContainText(
			"Purple: the area holds a larger share of the city's people with low economic standard than of its other residents."
		);
		await expect(map.locator('table thead')).toContainText("Share of the city's other residents");
		await expect(page.locator('main')).not.toContainText('its everyone else');
		await expect(page.locator('main')).not.toContainText("city's everyone else");
	});
});

test('/en/underlag: the empty document names the share button by the word it starts with on English pages', async ({ page }) => {
	await page.goto('/en/underlag');
	await expect(page.getByText('The document is empty.')).toHaveText(
		"The document is empty. Open a figure's share menu (\u201cShare\u201d) and choose \u201cAdd to document\u201d."
	);
	await page.goto('/en');
	await expect(page.getByTestId('share-menu').first().locator('summary')).toHaveText(/^Share \//);
	await page.goto('/underlag');
	await expect(page.getByText('Underlaget är tomt.')).toContainText('(\u201dDela\u201d)');
});
