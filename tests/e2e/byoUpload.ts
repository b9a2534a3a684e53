// Uploads the synthetic 13-stadsdelsområden table through the map's "Lägg till egen data" panel.
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export const BYO_FIXTURE = path.resolve('tests/fixtures/synthetic-byo-stadsdelsomraden.csv');
export const BYO_NAME = 'synthetic-byo-stadsdelsomraden.csv';

export async function uploadOwnTable(page: Page) {
	await page.getByTestId('byo-panel').locator('summary').click();
	await expect(page.getByTestId('byo-privacy')).toContainText('Inget skickas någonstans');
	await page.getByTestId('byo-file').setInputFiles(BYO_FIXTURE);
	await expect(page.getByTestId('byo-report')).toContainText('13 av 14 rader kan användas på nivån Stadsdelsområde');
	await page.getByTestId('byo-add').click();
	await expect(page.getByTestId('byo-status')).toContainText(`${BYO_NAME} är tillagd`);
}
