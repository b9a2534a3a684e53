// An XLSX workbook (written here, SYNTHETIC values) read by the browser's XLSX reader under the site's CSP.
import writeXlsxFile from 'write-excel-file/node';
import { test, expect } from './fixtures';

test('an XLSX file for the 13 stadsdelsområden is read in the browser and shown on the map', async ({ page }) => {
	const names = ['Rinkeby-Kista', 'Spånga-Tensta', 'Hässelby-Vällingby', 'Bromma', 'Kungsholmen', 'Norrmalm', 'Östermalm', 'Södermalm', 'Enskede-Årsta-Vantör', 'Skarpnäck', 'Farsta', 'Skärholmen', 'Hägersten-Älvsjö'];
	const buf = await writeXlsxFile([
		[{ value: 'Område' }, { value: 'Syntetiskt mått (testdata)' }],
		...names.map((n, i) => [{ value: n }, { value: 40 + i }])
	]).toBuffer();
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	await page.goto('/');
	await page.getByTestId('byo-panel').locator('summary').click();
	await page.getByTestId('byo-file').setInputFiles({ name: 'syntetisk.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(buf) });
	await expect(page.getByTestId('byo-report')).toContainText('13 av 13 rader');
	await page.getByTestId('byo-add').click();
	await expect(page.locator('h2.chart-title')).toHaveText(/Syntetiskt mått \(testdata\)/);
	const table = page.locator('table', { has: page.locator('caption', { hasText: 'Syntetiskt mått' }) });
	await expect(table.locator('tbody tr', { hasText: 'Skärholmen' })).toContainText('51');
	expect(errors.filter((e) => /Content Security Policy|Refused/.test(e))).toEqual([]);
});
