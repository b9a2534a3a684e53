// Hostile or unusable own tables (all SYNTHETIC, written here): a typed year that is no year, an ambiguous "1,234",
// numbers too large to show, a pipe-separated file (read), files with no area or value column, a file cut at 200 columns. Each is explained in
// the panel and nothing unusable reaches the map.
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const SDO = ['Rinkeby-Kista', 'Spånga-Tensta', 'Hässelby-Vällingby', 'Bromma', 'Kungsholmen', 'Norrmalm', 'Östermalm', 'Södermalm', 'Enskede-Årsta-Vantör', 'Skarpnäck', 'Farsta', 'Skärholmen', 'Hägersten-Älvsjö'];

async function uploadText(page: Page, name: string, text: string) {
	await page.getByTestId('byo-panel').locator('summary').click();
	await page.getByTestId('byo-file').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
}

test('a typed year that is no year keeps the Add button disabled and says why next to the field', async ({ page }) => {
	await page.goto('/');
	await uploadText(page, 'syntetisk-ar.csv', ['område;Syntetiskt värde (testdata)', ...SDO.map((n, i) => `${n};${i + 1}`)].join('\n'));
	await expect(page.getByTestId('byo-report')).toContainText('13 av 13 rader');
	const year = page.getByTestId('byo-year');
	const problem = page.getByTestId('byo-year-problem');
	const add = page.getByTestId('byo-add');
	for (const [typed, says] of [
		['', 'Ange ett år'],
		['-5', 'mellan 1900 och 2100, inte -5'],
		['99999', 'mellan 1900 och 2100, inte 99999'],
		['2024.7', 'helt årtal']
	] as const) {
		await year.fill(typed);
		await expect(problem).toContainText(says);
		await expect(year).toHaveAttribute('aria-invalid', 'true');
		await expect(add).toBeDisabled();
	}
	await year.fill('2024');
	await expect(problem).toHaveCount(0);
	await expect(add).toBeEnabled();
	await add.click();
	await expect(page.locator('h2.chart-title')).toHaveText(/Syntetiskt värde \(testdata\), 2024/);
});

test('English page: a quoted "1,234" and numbers too large to show are refused by row, with reasons', async ({ page }) => {
	await page.goto('/en');
	const rows = SDO.map((n, i) => `${n},${i === 0 ? '"1,234"' : i === 1 ? '1e308' : i === 2 ? '99999999999999999999999' : String(10 + i)}`);
	await uploadText(page, 'synthetic-en.csv', ['area,Synthetic value (test data)', ...rows].join('\n'));
	const report = page.getByTestId('byo-report');
	await expect(report).toContainText('10 of 13 rows');
	await expect(report.locator('tr[data-kind="ambiguous-number"]')).toContainText('thousands or three decimals');
	await expect(report.locator('tr[data-kind="ambiguous-number"]')).toContainText('1,234');
	await expect(report.locator('tr[data-kind="too-large"]')).toHaveCount(2);
	await expect(report.locator('tr[data-kind="too-large"]').first()).toContainText('at most ±1,000,000,000,000');
});

test('a pipe-separated file is read, decimal commas and all', async ({ page }) => {
	await page.goto('/');
	await uploadText(page, 'syntetisk-pipe.csv', ['område|Syntetiskt värde (testdata)', ...SDO.map((n, i) => `${n}|${i + 1},5`)].join('\n'));
	await expect(page.getByTestId('byo-report')).toContainText('13 av 13 rader');
	await expect(page.getByTestId('byo-table-notes')).toHaveCount(0);
	await page.getByTestId('byo-year').fill('2024');
	await page.getByTestId('byo-add').click();
	await expect(page.locator('h2.chart-title')).toHaveText(/Syntetiskt värde \(testdata\), 2024/);
	// Rinkeby-Kista's 1,5 is on the map's table as 1,5 (not 15, not a column of text); Bromma's 4,5.
	const table = page.locator('table', { has: page.locator('caption', { hasText: 'Syntetiskt värde' }) });
	await expect(table.locator('tbody tr')).toHaveCount(13);
	await expect(table.locator('tbody tr', { hasText: 'Rinkeby-Kista' })).toContainText('1,5');
	await expect(table.locator('tbody tr', { hasText: 'Bromma' })).toContainText('4,5');
});

test('a column that writes decimals both ways: the odd rows are refused, naming the column and a row written the usual way', async ({ page }) => {
	await page.goto('/');
	// Decimal commas, but Farsta (row 12) and Skärholmen (row 13) with a point.
	const rows = SDO.map((n, i) => `${n};${i + 1}${n === 'Farsta' || n === 'Skärholmen' ? '.' : ','}5`);
	await uploadText(page, 'syntetisk-blandad.csv', ['område;Syntetisk andel (testdata)', ...rows].join('\n'));
	const report = page.getByTestId('byo-report');
	await expect(report).toContainText('11 av 13 rader');
	const mixed = report.locator('tr[data-kind="mixed-decimal"]');
	await expect(mixed).toHaveCount(2);
	await expect(mixed.first().locator('td')).toHaveText([
		'12',
		'Decimaltecknen blandas (Syntetisk andel (testdata)): decimalpunkt här men decimalkomma på de flesta rader, t.ex. rad 2 (1,5). Skriv alla tal i kolumnen på samma sätt.',
		'11.5',
		''
	]);
	await page.goto('/en');
	await uploadText(page, 'synthetic-mixed.csv', ['area|Synthetic count (test data)', 'Bromma|1.234,5', 'Farsta|1,234.5', 'Norrmalm|12'].join('\n'));
	await expect(report).toContainText('1 of 3 rows');
	await expect(report.locator('tr[data-kind="mixed-decimal"]')).toHaveCount(2);
	await expect(report.locator('tr[data-kind="mixed-decimal"]').first()).toContainText('a decimal comma here and a decimal point as often, e.g. row 3 (1,234.5), so which is meant cannot be told');
});

test('files with no area or value column say so; a wide file says it was cut', async ({ page }) => {
	await page.goto('/');
	await uploadText(page, 'syntetisk-kolon.csv', ['område:värde', ...SDO.map((n, i) => `${n}:${i}`)].join('\n'));
	const notes = page.getByTestId('byo-table-notes');
	await expect(notes).toContainText('Hittade ingen kolumn med områdesnamn eller koder');
	await expect(notes).toContainText('Hittade ingen kolumn med siffror');
	await expect(notes).toContainText('hittade ingen avgränsare');
	await expect(page.getByTestId('byo-add')).toBeDisabled();

	const header = ['område', ...Array.from({ length: 300 }, (_, i) => `v${i + 1}`)].join(';');
	await page.getByTestId('byo-file').setInputFiles({
		name: 'syntetisk-bred.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from([header, ...SDO.map((n) => [n, ...Array.from({ length: 300 }, (_, i) => String(i))].join(';'))].join('\n'), 'utf8')
	});
	await expect(notes).toHaveText('Filen har 301 kolumner; de första 200 används.');
});

test('a table of one row says "1 rad", in words that agree with the count', async ({ page }) => {
	await page.goto('/');
	await uploadText(page, 'syntetisk-en-rad.csv', ['område;Syntetiskt värde (testdata)', 'Rinkeby-Kista;1'].join('\n'));
	await expect(page.getByText('syntetisk-en-rad.csv: 1 rad och 2 kolumner.')).toBeVisible();
});
