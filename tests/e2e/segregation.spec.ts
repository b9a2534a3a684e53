// The segregation page: readable without JavaScript, every index named with its level and year, accessible.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';

/** D for foreign-born vs Swedish-born over RegSO 2023, by a plain loop over the built counts (not the app's code). */
function expectedD(): number {
	const file = path.resolve('static/data/ind/utrikes_fodda_andel.json');
	const rows = (JSON.parse(readFileSync(file, 'utf8')) as { rows: [string, string, number, number, number, number, string][] }).rows.filter(
		(r) => r[0] === 'regso' && r[2] === 2023
	);
	const A = rows.reduce((s, r) => s + r[4], 0);
	const B = rows.reduce((s, r) => s + (r[5] - r[4]), 0);
	return rows.reduce((s, r) => s + Math.abs(r[4] / A - (r[5] - r[4]) / B), 0) / 2;
}

const d = expectedD();
const sv = (x: number, dec: number) => new Intl.NumberFormat('sv-SE', { minimumFractionDigits: dec, maximumFractionDigits: dec }).format(x);
const en = (x: number, dec: number) => new Intl.NumberFormat('en-GB', { minimumFractionDigits: dec, maximumFractionDigits: dec }).format(x);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows D for RegSO 2023 with its level, year and plain-language reading', async ({ page }) => {
		await page.goto('/segregation');
		await expect(page.locator('h1')).toHaveText('Segregationsindex');
		const item = page.locator('#seg-foreign_born [data-readings="d"] li[data-level="regso"][data-year="2023"]');
		await expect(item).toHaveText(
			`RegSO 2020, år 2023: D = ${sv(d, 3)}. ${sv(100 * d, 1)}\u00a0% av utrikes födda skulle behöva flytta till ett annat område för att gruppen skulle vara jämnt fördelad över stadens områden på den här nivån.`
		);
		const row = page.locator('#seg-foreign_born-table tbody tr[data-level="regso"][data-year="2023"]');
		await expect(row.locator('th')).toHaveText('RegSO 2020, år 2023');
		await expect(row.locator('td[data-index="d"]')).toHaveText(sv(d, 3));
		await expect(page.getByText('Värdet beror på hur staden delas in').first()).toBeVisible();
		// Foreign background is labelled as such, not as foreign-born.
		await expect(page.locator('#seg-foreign_background h2')).toHaveText('Utländsk och svensk bakgrund');
		await expect(page.locator('#seg-foreign_background [data-readings="d"] li[data-level="deso2025"][data-year="2025"]')).toContainText(
			'DeSO 2025, år 2025: D = '
		);
		await expect(page.locator('#seg-foreign_born-map svg[data-chart="choropleth"] .areas path')).toHaveCount(127);
		await expect(page.locator('#segregationsindex')).toContainText('Duncan');
	});

	test('reads in English at /en/segregation', async ({ page }) => {
		await page.goto('/en/segregation');
		await expect(page.locator('#seg-foreign_born [data-readings="d"] li[data-level="regso"][data-year="2023"]')).toHaveText(
			`RegSO 2020, year 2023: D = ${en(d, 3)}. ${en(100 * d, 1)}% of foreign-born residents would need to move to another area for the group to be evenly distributed across the city's areas at this level.`
		);
	});
});

test('has no serious accessibility violations, with the area tables open', async ({ page }) => {
	test.setTimeout(120_000); // three maps and ~400 table rows make axe slow
	await page.goto('/segregation');
	for (const s of await page.locator('details > summary').all()) await s.click();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the data page carries the formulas with their references', async ({ page }) => {
	await page.goto('/kallor');
	await expect(page.locator('#segregationsindex')).toContainText('Massey & Denton');
	await expect(page.locator('#segregationsindex')).toContainText('Reardon & Firebaugh');
});
