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
		await expect(page.getByTestId('param-notice')).toBeVisible();
		await expect(page.locator('svg[data-chart="choropleth"] .areas path').first()).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
		expect(dialogs).toEqual([]);
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
	});
}
