// Bring your own table: a synthetic file for the 13 stadsdelsområden is read in the browser, shown on the map, in
// the legend and table, kept over a reload (IndexedDB) and cleared on removal; nothing about it leaves the page.
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';
import { BYO_FIXTURE, BYO_NAME, uploadOwnTable } from './byoUpload';
import type { Page, Request } from '@playwright/test';

const FIXTURE = BYO_FIXTURE;
const NAME = BYO_NAME;
const areaPaths = (page: Page) => page.locator('svg[data-chart="choropleth"] .areas path');
const mapTable = (page: Page) => page.locator('table', { has: page.locator('caption', { hasText: 'Syntetisk andel' }) });

const upload = uploadOwnTable;

test('an uploaded table updates map, legend and table, survives a reload and is cleared on removal', async ({ page }) => {
	const requests: Request[] = [];
	await page.goto('/');
	await expect(areaPaths(page)).toHaveCount(13);
	page.on('request', (r) => requests.push(r));
	await upload(page);

	// Map, legend, table and source now show the user's indicator.
	await expect(page).toHaveURL(/indikator=egen_syntetisk_andel_testdata/);
	await expect(page.locator('h2.chart-title')).toHaveText(/Syntetisk andel \(testdata\), \d{4} – Stadsdelsområde/);
	await expect(page.locator('#indicator optgroup[label="Egen data"] option')).toHaveText(['Syntetisk andel (testdata)']);
	const table = mapTable(page);
	await expect(table.locator('tbody tr')).toHaveCount(13);
	await expect(table.locator('tbody tr', { hasText: 'Rinkeby-Kista' })).toContainText('10,5 %');
	await expect(table.locator('tbody tr', { hasText: 'Skärholmen' })).toContainText('22,5 %');
	// Östermalm (n = 12) and Skärholmen (n = 25) fall under the default 30: grey and labelled, in map and table.
	await expect(table.locator('tbody tr', { hasText: 'Östermalm' })).toContainText('färre än 30 svar (n = 12)');
	await expect(page.locator('path[data-code="ostermalm"]')).toHaveAttribute('fill', '#c9c9cf');
	await expect(page.locator('path[data-code="farsta"]')).not.toHaveAttribute('fill', '#c9c9cf');
	await expect(page.locator('path[data-code="ostermalm"]')).toHaveAttribute('aria-label', /färre än 30 svar.*Osäkerhetsintervall: 7,0\s% – 26,0\s%/);
	await expect(page.getByTestId('byo-low-n-legend')).toContainText('Färre än 30 svar');
	await expect(page.getByText(/22,5\s%/).first()).toBeVisible(); // legend upper limit
	await expect(page.getByTestId('map-source')).toContainText(`Källa: egen data: ${NAME}`);

	// No request carried the file: none to another host (fixture), none with a body, none naming the file.
	const content = readFileSync(FIXTURE, 'utf8');
	for (const r of requests) {
		expect(new URL(r.url()).hostname).toBe('127.0.0.1');
		expect(r.postData() ?? '', `request body of ${r.url()}`).toBe('');
		expect(r.url()).not.toContain('Syntetisk');
		expect(content).not.toContain(decodeURIComponent(new URL(r.url()).search).slice(1) || '\u0000');
	}
	expect(requests.filter((r) => r.method() !== 'GET')).toEqual([]);

	// Share: the link is honest about own data; the CSV carries the source line.
	await page.getByTestId('share-menu').locator('summary').click();
	await expect(page.getByTestId('share-menu')).toContainText('Din egna data finns inte i länken');
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-csv-sv').click()]);
	const csv = readFileSync((await dl.path())!, 'utf8');
	expect(csv).toContain(`egen data: ${NAME}`);
	const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-svg').click()]);
	expect(readFileSync((await svg.path())!, 'utf8')).toContain(`egen data: ${NAME}`);

	// A reload keeps it (IndexedDB), with the URL pointing at it.
	await page.reload();
	await expect(page.locator('h2.chart-title')).toHaveText(/Syntetisk andel \(testdata\)/);
	await expect(mapTable(page).locator('tbody tr', { hasText: 'Rinkeby-Kista' })).toContainText('10,5 %');

	// Removing it clears it: back to a built indicator, gone from the list, gone after another reload.
	await page.getByTestId('byo-panel').locator('summary').click();
	await page.getByTestId('byo-remove').click();
	await expect(page.getByTestId('byo-status')).toContainText(`${NAME} är borttagen`);
	await expect(page).not.toHaveURL(/egen_/);
	await expect(page.locator('h2.chart-title')).not.toHaveText(/Syntetisk/);
	await expect(page.locator('#indicator optgroup[label="Egen data"]')).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('byo-datasets')).toHaveCount(0);
	await expect(page.locator('#indicator option', { hasText: 'Syntetisk' })).toHaveCount(0);
});

test('the threshold is the user\'s: raising it greys more areas', async ({ page }) => {
	await page.goto('/');
	await upload(page);
	await expect(page.locator('path[data-code="farsta"]')).not.toHaveAttribute('fill', '#c9c9cf');
	await page.getByTestId('byo-datasets').locator('input[type="number"]').fill('40');
	await page.getByTestId('byo-datasets').locator('input[type="number"]').dispatchEvent('change');
	await expect(page.locator('path[data-code="farsta"]')).toHaveAttribute('fill', '#c9c9cf'); // n = 35
	await expect(page.locator('path[data-code="skarpnack"]')).not.toHaveAttribute('fill', '#c9c9cf'); // n = 40
});

test('markup in a pasted table is shown as text and the report lists problems by row', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('byo-panel').locator('summary').click();
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs++;
		void d.dismiss();
	});
	await page.getByTestId('byo-paste').fill('område\tvärde\n<img src=x onerror=alert(1)>\t1\nBromma\t=1+2\nFarsta\t3\nfarsta\t4\nSkarholmn\t5');
	await page.getByRole('button', { name: 'Läs in inklistrad tabell' }).click();
	const report = page.getByTestId('byo-report');
	await expect(report.locator('tr[data-kind="unmatched"]').first()).toContainText('<img src=x onerror=alert(1)>');
	await expect(report.locator('img')).toHaveCount(0);
	await expect(report.locator('tr[data-kind="not-a-number"]')).toContainText('=1+2');
	await expect(report.locator('tr[data-kind="duplicate"]')).toContainText('Området finns redan på rad 4');
	await expect(report.locator('tr', { hasText: 'Skarholmn' })).toContainText('Skärholmen');
	expect(dialogs).toBe(0);
});

test('two pasted tables are told apart: the second is numbered in the list, its remove button and its source', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('byo-panel').locator('summary').click();
	for (const [column, value] of [['Syntetiskt värde A (testdata)', '1'], ['Syntetiskt värde B (testdata)', '2']] as const) {
		await page.getByTestId('byo-paste').fill(`område\t${column}\nBromma\t${value}\nFarsta\t3`);
		await page.getByRole('button', { name: 'Läs in inklistrad tabell' }).click();
		await page.getByTestId('byo-year').fill('2024');
		await page.getByTestId('byo-add').click();
		await expect(page.locator('h2.chart-title')).toHaveText(new RegExp(`^${column.replace(/[()]/g, '\\$&')}, 2024`));
	}
	await expect(page.getByRole('button', { name: 'Ta bort inklistrad tabell', exact: true })).toHaveCount(1);
	await expect(page.getByRole('button', { name: 'Ta bort inklistrad tabell (2)', exact: true })).toHaveCount(1);
	await expect(page.getByTestId('map-source')).toContainText('Källa: egen data: inklistrad tabell (2)');
});

test('axe finds no serious violations with the panel open and a report shown', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('byo-panel').locator('summary').click();
	await page.getByTestId('byo-file').setInputFiles(FIXTURE);
	await expect(page.getByTestId('byo-report')).toBeVisible();
	expect(await seriousViolations(page)).toEqual([]);
});

test('the template for a level is generated in the browser', async ({ page }) => {
	await page.goto('/');
	await page.getByTestId('byo-panel').locator('summary').click();
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('byo-template').click()]);
	expect(dl.suggestedFilename()).toBe('mall-stadsdelsomrade.csv');
	const text = readFileSync((await dl.path())!, 'utf8');
	expect(text.split('\r\n')[0]).toBe('\ufeffkod;namn;år;värde;täljare;nämnare;n;felmarginal');
	expect(text.trim().split('\r\n')).toHaveLength(14);
});

test("the selected area's panel lists the user's own value with its file as the source", async ({ page }) => {
	await page.goto('/');
	await upload(page);
	await page.locator('path[data-code="rinkeby-kista"]').click();
	const row = page.getByTestId('panel-own-row');
	await expect(row).toContainText('Syntetisk andel (testdata)');
	await expect(row).toContainText(`egen data: ${NAME}`);
	await expect(row).toContainText('10,5 %');
});
