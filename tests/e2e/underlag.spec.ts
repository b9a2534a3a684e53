// The Underlag: figures collected from the share menus of three pages, reordered by keyboard, kept across a reload,
// downloaded as Word (captions, source lines, tables equal to the charts' CSV, images with alt text, opened by
// LibreOffice without error) and printed on A4 with the same numbering; cleared; in English too.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';
import { readDocx } from '../docxRead';
import { BYO_NAME, uploadOwnTable } from './byoUpload';
import { parseExportedCsv, type CsvVariant } from '../../src/lib/share/csv';
import type { Locator, Page } from '@playwright/test';

const MAP_QUERY = 'indikator=utrikes_fodda_andel&ar=2022&niva=stadsdelsomrade&grupper=fokus2025&jmf=0';
const MAP = `/?${MAP_QUERY}`;
const COMPARE_QUERY = 'grupper=fokus2025,stadsdelslyftet,hela_staden&niva=stadsdelsomrade&indikator=utrikes_fodda_andel&behov=lag_ekonomisk_standard_andel';

interface Collected {
	permalink: string;
	alt: string;
	/** The chart's CSV (header first) in the variant the document's language uses. */
	csv: string[][];
}

async function openMenu(menu: Locator): Promise<Locator> {
	await menu.locator('summary').click();
	// Hydrated: the link carries the origin.
	await expect(menu.getByTestId('share-link')).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\//);
	return menu;
}

/** Adds the chart behind `menu` to the Underlag and returns what its share menu says about it. */
async function collect(page: Page, menu: Locator, position: number, variant: CsvVariant = 'excel-sv'): Promise<Collected> {
	await openMenu(menu);
	const [dl] = await Promise.all([page.waitForEvent('download'), menu.getByTestId(variant === 'excel-sv' ? 'share-csv-sv' : 'share-csv').click()]);
	const csv = parseExportedCsv(readFileSync((await dl.path())!, 'utf8'), variant);
	await menu.getByTestId('share-underlag').click();
	await expect(menu.getByRole('status')).toHaveText(new RegExp(`(figur|figure) ${position}\\.$`));
	return { permalink: await menu.getByTestId('share-link').inputValue(), alt: await menu.getByRole('textbox', { name: /alternativtext|alt text/i }).inputValue(), csv };
}

async function collectThree(page: Page): Promise<[Collected, Collected, Collected]> {
	await page.goto(MAP);
	await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2022/);
	const map = await collect(page, page.getByTestId('share-menu'), 1);

	await page.goto('/segregation');
	const seg = await collect(page, page.locator('#seg-foreign_born-levels').getByTestId('share-menu'), 2);

	await page.goto(`/jamfor?${COMPARE_QUERY}`);
	// The view of the link, not the prerendered default, and done loading. A cold page: the link's view waits for the
	// engine's start, which gets the same allowance as in every other spec (compare-share's openView).
	await expect(page.locator(`.results[data-state="${COMPARE_QUERY}"]`)).toHaveCount(1, { timeout: 45_000 });
	await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
	const dot = await collect(page, page.locator('figure[data-figure="dotplot"] [data-testid="share-menu"]'), 3);
	return [map, seg, dot];
}

const captions = (page: Page) => page.getByTestId('underlag-caption').allTextContents();

/** Pages in a PDF (each page object is "/Type /Page", the tree "/Type /Pages"). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

test('three figures from three pages: reordered by keyboard, kept across a reload, downloaded as Word that LibreOffice opens, printed on A4', async ({ page }) => {
	test.slow(); // three pages with DuckDB, a Word file and a LibreOffice conversion
	const [map, seg, dot] = await collectThree(page);

	await page.goto('/underlag');
	await expect(page.getByTestId('underlag-figure')).toHaveCount(3);
	const initial = await captions(page);
	expect(initial[0]).toBe('Figur 1. Utrikes födda, 2022 – Stadsdelsområde');
	expect(initial[1]).toMatch(/^Figur 2\. Olikhetsindex D/);
	expect(initial[2]).toMatch(/^Figur 3\. /);

	// Move the comparison chart up with the keyboard; focus stays with it.
	const up3 = page.getByRole('button', { name: /^Flytta upp: figur 3,/ });
	await up3.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByTestId('underlag-caption').nth(1)).toHaveText(initial[2]!.replace('Figur 3.', 'Figur 2.'));
	await expect(page.getByRole('button', { name: /^Flytta upp: figur 2,/ })).toBeFocused();
	await expect(page.getByTestId('underlag-status')).toContainText('är nu figur 2.');
	const order = [map, dot, seg];

	await page.getByTestId('underlag-title').fill('Svar på motion om segregation');
	await page.getByTestId('underlag-title').press('Tab');
	await page.getByTestId('underlag-note').nth(0).fill('Fokusområdena är markerade.');
	await page.getByTestId('underlag-note').nth(0).press('Tab');
	await expect(page.getByTestId('underlag-status')).toHaveText('Anteckningen är sparad.');

	// A reload reads the same collection back.
	await page.reload();
	await expect(page.getByTestId('underlag-figure')).toHaveCount(3);
	const shown = await captions(page);
	expect(shown).toEqual([initial[0], initial[2]!.replace('Figur 3.', 'Figur 2.'), initial[1]!.replace('Figur 2.', 'Figur 3.')]);
	await expect(page.getByTestId('underlag-title')).toHaveValue('Svar på motion om segregation');
	await expect(page.getByTestId('underlag-note').nth(0)).toHaveValue('Fokusområdena är markerade.');
	const sources = await page.getByTestId('underlag-source').allTextContents();
	expect(await seriousViolations(page)).toEqual([]);

	// Word.
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('underlag-docx').click()]);
	expect(dl.suggestedFilename()).toBe('svar-pa-motion-om-segregation.docx');
	const file = readFileSync((await dl.path())!);
	const docx = readDocx(file);
	const p = docx.paragraphs.filter(Boolean);
	expect(p[0]).toBe('Svar på motion om segregation');
	for (const [i, caption] of shown.entries()) {
		const at = p.indexOf(caption);
		expect(at, caption).toBeGreaterThan(0);
		// The source line: source, data date, retrieval date and the permalink the share menu gave.
		const source = p[at + 1]!;
		expect(source).toBe(sources[i]!.trim());
		expect(source).toMatch(/^Källa: .+ Bearbetning: Stadsdelskollen\. Data byggda \d+ \p{L}+ \d{4}, hämtad \d+ \p{L}+ \d{4}\. Länk: /u);
		expect(source.endsWith(order[i]!.permalink)).toBe(true);
	}
	expect(p).toContain('Fokusområdena är markerade.');
	expect(p.slice(p.indexOf('Källor') + 1).join('\n')).toMatch(/SCB.+Används i figur/);
	// One image per figure, each with the chart's alt text, rendered at print resolution (≥ 290 dpi as placed).
	expect(docx.images.map((i) => i.descr)).toEqual(order.map((c) => c.alt));
	expect(docx.media.size).toBe(3);
	const extents = Array.from(docx.xml.matchAll(/<wp:extent cx="(\d+)"/g), (x) => Number(x[1]) / 914400);
	for (const [i, png] of [...docx.media.values()].entries()) {
		expect(Buffer.from(png.subarray(1, 4)).toString()).toBe('PNG');
		expect(Buffer.from(png).readUInt32BE(16) / extents[i]!).toBeGreaterThan(290);
	}
	// Each table is the chart's CSV, cell for cell.
	expect(docx.tables).toEqual(order.map((c) => c.csv));

	// LibreOffice opens it and makes a PDF of at least a page per figure.
	const dir = mkdtempSync(path.join(tmpdir(), 'underlag-'));
	const docxPath = path.join(dir, 'underlag.docx');
	writeFileSync(docxPath, file);
	const { stdout, stderr } = await promisify(execFile)('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docxPath]);
	expect(stderr).not.toMatch(/error/i);
	expect(stdout).toContain('underlag.pdf');
	expect(readdirSync(dir)).toContain('underlag.pdf');
	expect(pdfPages(readFileSync(path.join(dir, 'underlag.pdf')))).toBeGreaterThanOrEqual(3);

	// Print: the controls go, the numbered captions stay, and each figure starts an A4 page.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Ladda ned som Word (.docx)' })).toBeHidden();
	await expect(page.getByTestId('underlag-caption').nth(2)).toBeVisible();
	await expect(page.getByText('Svar på motion om segregation', { exact: true }).first()).toBeVisible();
	const pdf = await page.pdf({ format: 'A4' });
	expect(pdfPages(pdf)).toBeGreaterThanOrEqual(3);
});

test('clearing empties the Underlag, also after a reload; the empty page passes axe', async ({ page }) => {
	await page.goto(MAP);
	await collect(page, page.getByTestId('share-menu'), 1);
	// The same chart again is not added twice.
	await page.getByTestId('share-menu').getByTestId('share-underlag').click();
	await expect(page.getByTestId('share-menu').getByRole('status')).toHaveText('Finns redan i underlaget som figur 1.');
	await page.getByTestId('share-open-underlag').click();
	await expect(page).toHaveURL(/\/underlag$/);
	await expect(page.getByTestId('underlag-figure')).toHaveCount(1);
	await page.getByTestId('underlag-clear').click();
	await page.getByTestId('underlag-clear-yes').click();
	await expect(page.getByTestId('underlag-empty')).toBeVisible();
	await expect(page.getByTestId('underlag-figure')).toHaveCount(0);
	await page.reload();
	await expect(page.getByTestId('underlag-empty')).toBeVisible();
	await expect(page.getByTestId('underlag-figure')).toHaveCount(0);
	expect(await seriousViolations(page)).toEqual([]);
});

test("a chart of the user's own table is named as such, with the warning that the link does not carry it", async ({ page }) => {
	await page.goto('/');
	await uploadOwnTable(page);
	await expect(page.getByTestId('map-source')).toContainText(`Källa: egen data: ${BYO_NAME}`);
	await collect(page, page.getByTestId('share-menu'), 1);
	await page.goto('/underlag');
	const figure = page.getByTestId('underlag-figure');
	await expect(figure.getByTestId('underlag-caption')).toHaveText(/^Figur 1\. Syntetisk andel \(testdata\), \d{4} – Stadsdelsområde$/);
	await expect(figure.getByTestId('underlag-source')).toContainText(`Källa: egen data: ${BYO_NAME}.`);
	await expect(figure).toContainText('Din egna data finns inte i länken');
});

test('in English: "Figure 1.", English source line and link label, the table as the plain CSV', async ({ page }) => {
	await page.goto(`/en?${MAP_QUERY}`);
	const chart = await collect(page, page.getByTestId('share-menu'), 1, 'plain');
	await page.getByRole('navigation').getByRole('link', { name: 'Document' }).click();
	await expect(page).toHaveURL(/\/en\/underlag$/);
	await expect(page.getByTestId('underlag-caption')).toHaveText(/^Figure 1\. /);
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('underlag-docx').click()]);
	const docx = readDocx(readFileSync((await dl.path())!));
	const p = docx.paragraphs.filter(Boolean);
	expect(p[0]).toBe('Figures from Stadsdelskollen');
	const at = p.findIndex((s) => s.startsWith('Figure 1. '));
	expect(p[at + 1]).toMatch(/^Source: SCB.+ Processed by Stadsdelskollen\. Data built \d+ \p{L}+ \d{4}, retrieved \d+ \p{L}+ \d{4}\. Link: http:\/\/127\.0\.0\.1:\d+\/en\/?\?/u);
	expect(p[at + 1]!.endsWith(chart.permalink)).toBe(true);
	expect(p).toContain('Sources');
	expect(docx.tables).toEqual([chart.csv]);
	expect(docx.tables[0]!.flat().some((c) => /^\d+\.\d+$/.test(c))).toBe(true);

	// The Swedish document keeps the figure's English words, marks them as English and says why.
	await page.goto('/underlag');
	await expect(page.getByTestId('underlag-caption')).toHaveText(/^Figur 1\. /);
	await expect(page.getByTestId('underlag-caption').locator('span[lang="en"]')).toHaveText(/^Foreign-born/);
	await expect(page.getByTestId('underlag-lang-note')).toHaveText('Figur 1 lades till på en engelsk sida, så dess texter är på engelska.');
	await expect(page.getByTestId('underlag-table').locator('thead')).toHaveAttribute('lang', 'en');
});
