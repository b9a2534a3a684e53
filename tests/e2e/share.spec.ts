// Sharing the map: permalink, embed in another origin's iframe, PNG/SVG with title and source, CSV in two variants.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { inkShare } from './exportChecks';
import type { Page } from '@playwright/test';
import { parseExportedCsv } from '../../src/lib/share/csv';

const VIEW = '/?indikator=utrikes_fodda_andel&ar=2022&niva=stadsdelsomrade&grupper=fokus2025&jmf=0';

async function openShare(page: Page) {
	await page.goto(VIEW);
	await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2022/);
	await page.getByTestId('share-menu').locator('summary').click();
}

test('the permalink reproduces the view', async ({ page, context }) => {
	await openShare(page);
	const link = await page.getByTestId('share-link').inputValue();
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?indikator=utrikes_fodda_andel&ar=2022&niva=stadsdelsomrade&grupper=fokus2025$/);
	const other = await context.newPage();
	await other.goto(link);
	await expect(other.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2022 – Stadsdelsområde/);
	await expect(other.locator('[data-outline="fokus2025"]')).toHaveCount(1);
});

test('each Copy button says what it copies, so a screen reader can tell the four apart', async ({ page }) => {
	await openShare(page);
	const menu = page.getByTestId('share-menu');
	for (const name of ['Kopiera Länk till exakt den här vyn', 'Kopiera Bädda in (iframe)', 'Kopiera Förslag på alternativtext', 'Kopiera Förslag på källhänvisning'])
		await expect(menu.getByRole('button', { name, exact: true })).toHaveText('Kopiera');
});

test('PNG export is a 2× image with the chart drawn', async ({ page }) => {
	await openShare(page);
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-png').click()]);
	expect(dl.suggestedFilename()).toBe('utrikes-fodda-2022-stadsdelsomrade.png');
	const png = readFileSync((await dl.path())!);
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	expect(width).toBe(1600); // the 800 px wide map at 2×
	expect(height).toBeGreaterThan(1000);
	// Decode it in the page and count non-white pixels in the middle band, where the map is.
	const inked = await inkShare(page, png, { top: 0.3, height: 0.3 });
	expect(inked).toBeGreaterThan(0.1);
});

test('SVG export is valid XML with title, source and date baked in', async ({ page }) => {
	await openShare(page);
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-svg').click()]);
	expect(dl.suggestedFilename()).toBe('utrikes-fodda-2022-stadsdelsomrade.svg');
	const svg = readFileSync((await dl.path())!, 'utf8');
	const check = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.getElementsByTagName('parsererror').length,
			text: Array.from(doc.querySelectorAll('text'), (t) => t.textContent).join(' | '),
			font: text.includes('@font-face')
		};
	}, svg);
	expect(check.error).toBe(0);
	expect(check.text).toContain('Utrikes födda');
	expect(check.text).toContain('2022 – Stadsdelsområde');
	expect(check.text).toContain('Källa: SCB');
	expect(check.text).toMatch(/Data byggda \d+ \p{L}+ \d{4}/u);
	expect(check.font).toBe(true);
	// What the key under the map says travels with the image: the dashed outline's name, the city, the classes.
	expect(check.text).toContain('Fokusområden 2025');
	expect(check.text).toMatch(/Hela staden: \d+,\d\s%/);
	expect(check.text).toContain('Klassindelning');
	// So do the indicator's caveats, as in the CSV: the image is often pasted into a document alone.
	expect(check.text).toContain('Förbehåll: RegSO 2020-gränser.');
	// The outline's line in its own colour (Fokus: solid, #1b1b1f), beside its name.
	expect(svg).toMatch(/<line [^>]*stroke="#1b1b1f"[^>]*\/><text [^>]*>Fokusområden 2025<\/text>/);
});

test('the exported map says it shows the difference from the city, and leaves the selected area unmarked', async ({ page }) => {
	await page.goto('/?indikator=utrikes_fodda_andel&ar=2022&niva=stadsdelsomrade&omrade=bromma&jmf=1');
	await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2022/);
	await expect(page.locator('svg[data-chart="choropleth"] .selected-ring')).toHaveCount(1);
	await page.getByTestId('share-menu').locator('summary').click();
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-svg').click()]);
	const svg = readFileSync((await dl.path())!, 'utf8');
	expect(svg).toContain('Färgen visar avvikelse från hela stadens värde.');
	expect(svg).not.toContain('selected-ring');
	expect(svg).not.toMatch(/stroke:\s*rgb\(194, 65, 12\)/);
});

test('both CSV variants parse back to the figures in the table', async ({ page }) => {
	await openShare(page);
	const shown = await page.locator('table').last().locator('tbody tr').evaluateAll((rows) =>
		rows.map((r) => [r.children[0]!.textContent!.trim(), r.children[1]!.textContent!.trim()])
	);
	const toNumber = (s: string) => Number(s.replace(/\s|%/g, '').replace(',', '.'));
	for (const [id, sep, dec] of [
		['share-csv-sv', ';', ','],
		['share-csv', ',', '.']
	] as const) {
		const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
		const text = readFileSync((await dl.path())!, 'utf8');
		if (id === 'share-csv-sv') expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text).toContain('# Källa: SCB');
		const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l && !l.replace(/^"/, '').startsWith('# '));
		const header = lines[0]!.split(sep);
		expect(header.slice(0, 4)).toEqual(['Område', 'kod', 'Värde (%)', 'Anmärkning']);
		const rows = lines.slice(1).map((l) => l.split(sep));
		expect(rows).toHaveLength(shown.length);
		for (const [name, value] of shown) {
			const row = rows.find((r) => r[0] === name)!;
			const csvValue = Number(row[2]!.replace(dec, '.'));
			expect(csvValue.toFixed(1)).toBe(toNumber(value!).toFixed(1));
		}
	}
});

test('a view with areas lacking a value: the page says "uppgift saknas", each CSV leaves the cell empty and says what that means', async ({ page }) => {
	// Statistik om Stockholm's 2016 household median: the archived page lacks Farsta, Hägersten-Älvsjö and Skärholmen.
	await page.goto('/?indikator=disponibel_inkomst_hushall_median&ar=2016&niva=stadsdelsomrade');
	await expect(page.locator('h2.chart-title')).toHaveText(/Disponibel inkomst per hushåll, median, 2016/);
	await expect(page.locator('table tbody tr', { hasText: 'Farsta' })).toContainText('uppgift saknas');
	await page.getByTestId('share-menu').locator('summary').click();
	for (const [id, variant] of [
		['share-csv-sv', 'excel-sv'],
		['share-csv', 'plain']
	] as const) {
		const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId(id).click()]);
		const text = readFileSync((await dl.path())!, 'utf8');
		expect(text).toContain('# Tom cell: uppgift saknas (inte noll).');
		const [header, ...rows] = parseExportedCsv(text, variant);
		const farsta = rows.find((r) => r[0] === 'Farsta')!;
		expect(farsta[header!.indexOf('Värde (tkr)')]).toBe('');
	}
});

test('the embed renders inside an iframe on another origin, with title, source, date and a link back', async ({ page, baseURL }) => {
	await openShare(page);
	const snippet = await page.getByTestId('share-embed').inputValue();
	expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/karta\?indikator=utrikes_fodda_andel&amp;ar=2022/);
	// A page on another origin (another port) that embeds the snippet.
	const host = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>Intranät</title>${snippet}`));
	await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
	try {
		const port = (host.address() as { port: number }).port;
		expect(`http://127.0.0.1:${port}`).not.toBe(baseURL);
		await page.goto(`http://127.0.0.1:${port}/`);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('h1.chart-title')).toHaveText(/Utrikes födda, 2022 – Stadsdelsområde/);
		await expect(frame.locator('svg[data-chart="choropleth"] .areas path')).toHaveCount(13);
		await expect(frame.getByText('Källa: SCB').first()).toBeVisible();
		await expect(frame.getByText(/Data byggda/).first()).toBeVisible();
		await expect(frame.getByRole('link', { name: 'Öppna hela vyn i Stadsdelskollen' })).toHaveAttribute('href', /indikator=utrikes_fodda_andel/);
		// The data page is not framed: its link (the caveats' source) opens in the whole window.
		await expect(frame.getByTestId('map-about-data')).toHaveAttribute('target', '_top');
		await expect(frame.getByTestId('map-caveats')).toContainText('Utrikes född är inte samma sak som utländsk bakgrund');
		await expect(frame.locator('#indicator')).toHaveCount(0);
		// The snippet's script fits the frame to its content, so nothing scrolls inside it; also when the table opens.
		const iframe = page.locator('iframe');
		const gap = async () => {
			const outer = await iframe.evaluate((f) => f.getBoundingClientRect().height);
			const inner = await frame.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
			return Math.abs(outer - inner);
		};
		await expect.poll(gap).toBeLessThanOrEqual(1);
		const before = await iframe.evaluate((f) => f.getBoundingClientRect().height);
		await frame.getByTestId('map-table').locator('summary').click();
		await expect.poll(async () => (await iframe.evaluate((f) => f.getBoundingClientRect().height)) - before).toBeGreaterThan(200);
		await expect.poll(gap).toBeLessThanOrEqual(1);
	} finally {
		host.close();
	}
});

test("the map's table and its CSV say which values are approximate (carried from finer areas)", async ({ page }) => {
	await page.goto('/?indikator=utrikes_fodda_andel&ar=2021&niva=stadsdel');
	await expect(page.locator('h2.chart-title')).toHaveText(/Utrikes födda, 2021 – Stadsdel/);
	const rinkeby = page.locator('table').last().locator('tbody tr', { has: page.locator('th, td', { hasText: /^Rinkeby$/ }) });
	await expect(rinkeby).toContainText('ungefärligt');
	await page.getByTestId('share-menu').locator('summary').click();
	const [dl] = await Promise.all([page.waitForEvent('download'), page.getByTestId('share-csv-sv').click()]);
	const row = readFileSync((await dl.path())!, 'utf8')
		.split(/\r?\n/)
		.find((l) => l.startsWith('Rinkeby;'))!;
	expect(row.split(';')[3]).toBe('ungefärligt');
});

for (const { path, show, caption } of [
	{ path: '/embed/karta', show: 'Visa siffrorna som tabell', caption: 'Utrikes födda' },
	{ path: '/en/embed/karta', show: 'Show the figures as a table', caption: 'Foreign-born' }
]) {
	test(`${path}: the map's table, collapsed, with a row for every area on the map`, async ({ page }) => {
		await page.goto(`${path}?indikator=utrikes_fodda_andel&ar=2022&niva=stadsdelsomrade`);
		await expect(page.locator('h1.chart-title')).toContainText('2022');
		const paths = page.locator('svg[data-chart="choropleth"] .areas path');
		await expect(paths).toHaveCount(13);
		const details = page.getByTestId('map-table');
		await expect(details.locator('table')).toBeHidden();
		await details.getByText(show).click();
		await expect(details.locator('table caption')).toContainText(caption);
		await expect(details.locator('table caption')).toContainText('2022');
		const rows = details.locator('tbody tr');
		await expect(rows).toHaveCount(13);
		const rowNames = await rows.evaluateAll((trs) => trs.map((tr) => tr.querySelector('th, td')!.textContent!.trim()).sort());
		const areaNames = await paths.evaluateAll((ps) => ps.map((p) => p.getAttribute('aria-label') ?? ''));
		for (const name of rowNames) expect(areaNames.filter((l) => l.startsWith(name)).length, name).toBeGreaterThan(0);
	});
}
