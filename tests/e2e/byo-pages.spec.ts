// The user's own table on the pages built ahead of time: the script-free area pages (through their small island)
// and the grouping factsheets show the figures from this browser, named "egen data: <file>"; without a table,
// nothing is added.
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';
import { BYO_NAME, uploadOwnTable } from './byoUpload';
import { A4_CONTENT_PX } from './print';
import type { IndicatorFile } from '../../src/lib/types/dataset';

// The synthetic fixture's values for the six Stadsdelslyftet districts.
const LYFTET: Record<string, number> = {
	'rinkeby-kista': 10.5,
	'spanga-tensta': 11.5,
	skarholmen: 22.5,
	'enskede-arsta-vantor': 18.5,
	'hasselby-vallingby': 12.5,
	'hagersten-alvsjo': 21.5
};

test('an area page shows the own value, interval, n and file; low n is labelled; nothing without a table', async ({ page }) => {
	await page.goto('/omrade/stadsdelsomrade/farsta');
	await expect(page.locator('h1')).toHaveText('Farsta');
	await expect(page.getByTestId('area-own-data')).toHaveCount(0);

	await page.goto('/');
	await uploadOwnTable(page);

	await page.goto('/omrade/stadsdelsomrade/farsta');
	const own = page.getByTestId('area-own-data');
	await expect(own.locator('h2')).toHaveText('Egen data');
	await expect(own).toContainText(`egen data: ${BYO_NAME}`);
	await expect(own).toContainText('finns inte i sidans adress');
	const row = own.locator('tbody tr', { hasText: 'Syntetisk andel (testdata)' });
	await expect(row.locator('[data-cell="value"]')).toHaveText(/^20,5\s%$/);
	await expect(row).toContainText(/18,0\s% – 23,0\s%/);
	await expect(row).toContainText('35');
	expect(await seriousViolations(page)).toEqual([]);

	await page.goto('/omrade/stadsdelsomrade/ostermalm');
	await expect(page.getByTestId('area-own-data').locator('tbody tr')).toContainText('färre än 30 svar (n = 12)');

	await page.goto('/en/omrade/stadsdelsomrade/farsta');
	await expect(page.getByTestId('area-own-data').locator('h2')).toHaveText('Your own data');
	await expect(page.getByTestId('area-own-data')).toContainText(/20\.5\s?%/);

	// The table is at stadsdelsområde level: a stadsdel's page gets nothing invented from it.
	await page.goto('/omrade/stadsdel/farsta');
	await expect(page.locator('h1')).toBeVisible();
	await expect(page.getByTestId('area-own-data')).toHaveCount(0);
});

test('a grouping factsheet adds the own indicator as a population-weighted mean flagged approximate, with its file as source', async ({ page }) => {
	await page.goto('/faktablad/stadsdelslyftet');
	await expect(page.getByTestId('factsheet-own-data')).toHaveCount(0);
	await page.goto('/');
	await uploadOwnTable(page);

	await page.goto('/faktablad/stadsdelslyftet');
	const own = page.getByTestId('factsheet-own-data');
	const row = own.locator('tbody tr', { hasText: 'Syntetisk andel (testdata)' });
	await expect(row).toContainText(`egen data: ${BYO_NAME}`);
	await expect(row).toContainText('Stadsdelsområde');
	await expect(row).toContainText('ungefärligt');
	await expect(own.locator('dl')).toContainText(`egen data: ${BYO_NAME}`);

	// Hand check: Σ value × population / Σ population over the six districts, population from the nearest year.
	const year = Number(await row.locator('td').first().textContent());
	const pop = (await (await page.request.get('/data/ind/folkmangd.json')).json()) as IndicatorFile;
	const years = [...new Set(pop.rows.filter((r) => r[0] === 'stadsdelsomrade').map((r) => r[2]))];
	const popYear = years.sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b)[0];
	let wsum = 0;
	let vsum = 0;
	for (const [code, v] of Object.entries(LYFTET)) {
		const p = pop.rows.find((r) => r[0] === 'stadsdelsomrade' && r[1] === code && r[2] === popYear)![3]!;
		wsum += p;
		vsum += v * p;
	}
	const expected = (vsum / wsum).toFixed(1).replace('.', ',');
	await expect(row.locator('[data-cell="grouping"]')).toHaveText(new RegExp(`^${expected}\\s%$`));

	// It prints with the sheet, within the A4 width.
	await page.setViewportSize({ width: A4_CONTENT_PX, height: 1100 });
	await page.emulateMedia({ media: 'print' });
	await expect(own.locator('table')).toBeVisible();
	expect(await own.locator('table').evaluate((t) => t.getBoundingClientRect().right)).toBeLessThanOrEqual(A4_CONTENT_PX + 1);
	await page.emulateMedia({ media: 'screen' });

	// Fokusområden at stadsdelsområde level: the same figure the comparison page gives (compare-share.spec.ts:
	// Farsta, Rinkeby-Kista, Skärholmen, Spånga-Tensta weighted by folkmängd 2023 → 16,2654 %).
	await page.goto('/faktablad/fokus2025');
	await expect(page.getByTestId('factsheet-own-data').locator('tbody tr [data-cell="grouping"]')).toHaveText(/^16,3\s%$/);

	// Utsatta områden 2023 are not delimited at stadsdelsområde level: said, not computed.
	await page.goto('/faktablad/utsatta2023');
	await expect(page.getByTestId('factsheet-own-data')).toContainText('Syntetisk andel (testdata) (synthetic-byo-stadsdelsomraden.csv) kan inte räknas');
	await expect(page.getByTestId('factsheet-own-data').locator('tbody tr')).toHaveCount(0);
	expect(await seriousViolations(page)).toEqual([]);
});

test('the scatter offers the own column: r and n stated, low-n areas named, the file as source, and a reload keeps it', async ({ page }) => {
	await page.goto('/');
	await uploadOwnTable(page);
	await page.goto('/samband');
	await page.locator('#samband-x').selectOption({ label: 'Syntetisk andel (testdata)' });
	await expect(page).toHaveURL(/x=egen_syntetisk_andel_testdata/);
	await expect(page).toHaveURL(/niva=stadsdelsomrade&/);
	await expect(page.locator('svg[data-chart="scatter"] .pt')).toHaveCount(13);
	await expect(page.getByTestId('samband-r')).toContainText(/Pearsons r = −?0,\d\d, n = 13/);
	await expect(page.getByTestId('samband-low-n')).toContainText('Färre än 30 svar');
	await expect(page.getByTestId('samband-low-n')).toContainText('Östermalm');
	await expect(page.getByTestId('samband-low-n')).toContainText('Skärholmen');
	await expect(page.getByTestId('samband-low-n')).not.toContainText('Farsta');
	// In the chart: the low-n points are grey and dashed, and say why.
	await expect(page.locator('svg[data-chart="scatter"] .pt.uncertain')).toHaveCount(2);
	await expect(page.locator('svg[data-chart="scatter"] .pt.uncertain title').first()).toContainText('färre än 30 svar – osäkert');
	await expect(page.locator('svg[data-chart="scatter"] [data-code="farsta"]')).not.toHaveClass(/uncertain/);
	await expect(page.getByText(`Källor: egen data: ${BYO_NAME}`)).toBeVisible();
	await page.locator('figure details summary').first().click();
	await expect(page.locator('figure details table tbody tr', { hasText: 'Farsta' })).toContainText(/20,5\s%/);
	await page.getByTestId('share-menu').locator('summary').click();
	await expect(page.getByTestId('share-menu')).toContainText('Din egna data finns inte i länken');
	expect(await seriousViolations(page)).toEqual([]);

	await page.reload();
	await expect(page.locator('#samband-x')).toHaveValue('egen_syntetisk_andel_testdata');
	await expect(page.getByTestId('samband-r')).toContainText('n = 13');
});
