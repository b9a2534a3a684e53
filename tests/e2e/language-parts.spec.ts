// Language of parts (WCAG 3.1.2), which axe cannot check: a source's Swedish words on an English page (a table's
// title, a quote, a police notice) sit in an element with lang="sv", an English title on a Swedish page in one with
// lang="en", and the page's own words around them keep the page's language.
import type { Locator } from '@playwright/test';
import { test, expect } from './fixtures';

/** The language a screen reader reads the element in: that of its nearest ancestor with a lang attribute. */
function langOf(el: Locator): Promise<string | null> {
	return el.evaluate((e) => e.closest('[lang]')?.getAttribute('lang') ?? null);
}

const SV_TABLE = 'Folkmängd efter region (DeSO/RegSO), födelseregion och kön (trolig tabell BE0101Y)';
const EN_TABLE = 'Population as at 31 Dec 2000-2021. Stockholm (Källa: SCB/Sweco; prognosis by Stockholm Office of Research and Statistics)';

test("/en/kallor: a Swedish table's title is marked Swedish, the page's words around it stay English", async ({ page }) => {
	await page.goto('/en/kallor');
	const title = page.getByText(SV_TABLE, { exact: true }).first();
	await expect(title).toBeVisible();
	expect(await langOf(title)).toBe('sv');
	expect(await title.evaluate((e) => e.tagName)).toBe('SPAN');
	// Its "Source" heading is the page's.
	expect(await langOf(page.getByText('Source', { exact: true }).first())).toBe('en');
	// A grouping's citation, in Swedish.
	expect(await langOf(page.getByText(/^Motion av Jan Jönsson \(L\)/).first())).toBe('sv');
});

test('/kallor: an English table title is marked English, a Swedish one needs no mark', async ({ page }) => {
	await page.goto('/kallor');
	expect(await langOf(page.getByText(EN_TABLE, { exact: true }).first())).toBe('en');
	const sv = page.locator('dd', { hasText: SV_TABLE }).first();
	await expect(sv).toBeVisible();
	expect(await sv.locator('[lang]').count()).toBe(0);
	expect(await langOf(sv)).toBe('sv');
});

test("/en/trygghet: a survey figure's Swedish quote and its source's Swedish title are marked Swedish, the police notices' Swedish text too, the links' own words not", async ({ page }) => {
	await page.goto('/en/trygghet');
	const quote = page.locator('q', { hasText: 'tio procent av Brommaborna' }).first();
	expect(await langOf(quote)).toBe('sv');
	const title = page.getByText('Otryggheten minskar bland Brommaborna', { exact: true }).first();
	expect(await langOf(title)).toBe('sv');
	// The link around the title names the publisher in the page's language.
	expect(await langOf(title.locator('xpath=..'))).toBe('en');
	const notice = page.locator('tr[data-notice]').first();
	expect(await langOf(notice.locator('td').nth(0))).toBe('sv');
	expect(await langOf(notice.locator('td').nth(1).locator('span'))).toBe('sv');
	const link = notice.locator('a[href^="https://polisen.se/"]');
	await expect(link).toHaveText('Police notice');
	expect(await langOf(link)).toBe('en');
	// Its accessible name is read in English: no Swedish category inside it, and it says where it leads.
	await notice.locator('xpath=ancestor::details[1]/summary').click();
	await expect(link).toHaveAccessibleName(/^Police notice of \d{4}-\d{2}-\d{2}, in Swedish$/);
});

test('/trygghet: the same Swedish quote on the Swedish page carries no extra mark', async ({ page }) => {
	await page.goto('/trygghet');
	const quote = page.locator('q', { hasText: 'tio procent av Brommaborna' }).first();
	expect(await quote.getAttribute('lang')).toBeNull();
	expect(await langOf(quote)).toBe('sv');
});

test("/en/jamfor: a chart's source line marks the Swedish table's title in it, the rest of the line stays English", async ({ page }) => {
	const query = 'grupper=fokus2025,stadsdelslyftet,hela_staden&niva=stadsdelsomrade&indikator=utrikes_fodda_andel&behov=lag_ekonomisk_standard_andel';
	await page.goto(`/en/jamfor?${query}`);
	await expect(page.locator(`.results[data-state="${query}"]`)).toHaveCount(1, { timeout: 45_000 });
	await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
	const line = page.locator('figure[data-figure="ranking"] p.source');
	await expect(line).toContainText(`Source: SCB (Statistiska centralbyrån), ${SV_TABLE}`);
	const title = line.locator('span[lang="sv"]');
	await expect(title).toHaveText(SV_TABLE);
	expect(await langOf(line)).toBe('en');
});

test("/en/samband: the source line under the scatter marks both Swedish table titles in it, the rest stays English", async ({ page }) => {
	await page.goto('/en/samband');
	const line = page.getByTestId('samband-sources');
	await expect(line).toContainText(`Sources: SCB (Statistiska centralbyrån): ${SV_TABLE}; Valmyndigheten: Slutligt valresultat per valdistrikt`);
	const titles = line.locator('span[lang="sv"]');
	await expect(titles).toHaveCount(2);
	await expect(titles.first()).toHaveText(SV_TABLE);
	await expect(titles.nth(1)).toHaveText(/^Slutligt valresultat per valdistrikt/);
	expect(await langOf(line)).toBe('en');
});
