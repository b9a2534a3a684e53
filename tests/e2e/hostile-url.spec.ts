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
