// Sharing the comparison charts: per chart a permalink that reproduces the view, PNG (2×, inked) and SVG (title,
// subtitle, source, date), CSV in two variants that read back to the chart's table, and an embed in another origin's
// iframe; factsheet links; and the user's own table aggregated from its counts in the dot plot.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { inkShare } from './exportChecks';
import { seriousViolations } from './axe';
import type { Page } from '@playwright/test';
import { dsvFormat } from 'd3-dsv';
import { parseExportedCsv } from '../../src/lib/share/csv';

const QUERY = 'grupper=fokus2025,stadsdelslyftet,hela_staden&niva=stadsdelsomrade&indikator=utrikes_fodda_andel&behov=lag_ekonomisk_standard_andel';

/** diagram name in links, figure id, exported width (the chart's viewBox width, at least 640, at 2×), table columns
 *  (html index → csv index) holding figures. */
const CHARTS = [
	{ diagram: 'dotplot', figure: 'dotplot', png: 1520, numeric: [[3, 3], [4, 5], [5, 6]], text: [[0, 0], [1, 1], [2, 2]] },
	{ diagram: 'serie', figure: 'timeseries', png: 1280, numeric: [[3, 3], [4, 4]], text: [[0, 0], [1, 1], [2, 2]] },
	{ diagram: 'rangordning', figure: 'ranking', png: 1280, numeric: [[1, 2]], text: [[0, 0], [2, 3]] },
	{ diagram: 'malgrupp', figure: 'targeting', png: 1280, numeric: [[1, 1], [2, 2], [3, 3]], text: [[0, 0]] },
	{ diagram: 'koncentration', figure: 'concentration', png: 1280, numeric: [[1, 2], [2, 3], [3, 4]], text: [[0, 0], [4, 5]] }
] as const;

async function openView(page: Page, url = `/jamfor?${QUERY}`, state = QUERY) {
	await page.goto(url);
	await expect(page.locator(`.results[data-state="${state}"]`)).toHaveCount(1, { timeout: 45_000 });
	await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
}

function menu(page: Page, figure: string) {
	return page.locator(`figure[data-figure="${figure}"] [data-testid="share-menu"]`);
}

async function openMenu(page: Page, figure: string) {
	await menu(page, figure).locator('summary').click();
	return menu(page, figure);
}

/** The number in a formatted cell ("≈ 21,1 %", "+3,4", "245 000"), with its decimals; null when there is none. */
function shown(text: string): { value: number; decimals: number } | null {
	const m = /[-−]?\d[\d\s\u00a0\u202f]*(?:,(\d+))?/.exec(text);
	if (!m) return null;
	return { value: Number(m[0].replace(/[\s\u00a0\u202f]/g, '').replace('−', '-').replace(',', '.')), decimals: m[1]?.length ?? 0 };
}

for (const c of CHARTS) {
	test(`${c.diagram}: the permalink reproduces the view`, async ({ page, context }) => {
		await openView(page);
		const m = await openMenu(page, c.figure);
		const link = await m.getByTestId('share-link').inputValue();
		// The link holds the view at the latest year shown, so it shows the same figures after newer years arrive.
		const held = new RegExp(`^${new URL(page.url()).origin}/jamfor\\?${QUERY}&tom=(20\\d\\d)#${c.figure}-title$`).exec(link);
		expect(held, link).not.toBeNull();
		const other = await context.newPage();
		await openView(other, link, `${QUERY}&tom=${held![1]}`);
		await expect(other.getByTestId('compare-until')).toContainText(`till och med ${held![1]}`);
		await expect(other.locator(`figure[data-figure="${c.figure}"] svg[data-chart="${c.figure}"]`)).toHaveCount(1);
		expect(await other.locator(`figure[data-figure="${c.figure}"] h3`).textContent()).toBe(await page.locator(`figure[data-figure="${c.figure}"] h3`).textContent());
	});

	test(`${c.diagram}: PNG is a 2× image with ink in the chart area, SVG is valid XML with title, subtitle, source and date`, async ({ page }) => {
		await openView(page);
		const m = await openMenu(page, c.figure);
		const [dl] = await Promise.all([page.waitForEvent('download'), m.getByTestId('share-png').click()]);
		expect(dl.suggestedFilename()).toMatch(new RegExp(`^jamfor-${c.diagram}-.*stadsdelsomrade\\.png$`));
		const png = readFileSync((await dl.path())!);
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		expect(png.readUInt32BE(16)).toBe(c.png);
		// The middle band, below title and subtitle and above the source lines.
		const inked = await inkShare(page, png, { top: 0.35, height: 0.3 }, 200);
		expect(inked).toBeGreaterThan(0.01);

		const [sdl] = await Promise.all([page.waitForEvent('download'), m.getByTestId('share-svg').click()]);
		const svg = readFileSync((await sdl.path())!, 'utf8');
		const check = await page.evaluate((text) => {
			const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
			return { error: doc.getElementsByTagName('parsererror').length, text: Array.from(doc.querySelectorAll('text'), (t) => t.textContent).join(' | ') };
		}, svg);
		expect(check.error).toBe(0);
		const title = (await page.locator(`figure[data-figure="${c.figure}"] h3`).textContent())!;
		expect(check.text).toContain(title.slice(0, 30));
		expect(check.text).toContain('Stadsdelsområde');
		expect(check.text).toContain('Källa:');
		expect(check.text).toContain('Bearbetning: Stadsdelskollen');
		expect(check.text).toMatch(/Data byggda \d+ \p{L}+ \d{4}/u);
		expect(svg).toContain(`data-chart="${c.figure}"`);
	});

	test(`${c.diagram}: both CSV variants read back to the figures in the chart's table`, async ({ page }) => {
		await openView(page);
		const cells = await page.locator(`figure[data-figure="${c.figure}"] table tbody tr`).evaluateAll((rows) =>
			rows.map((r) => Array.from(r.children, (td) => td.textContent!.trim()))
		);
		expect(cells.length).toBeGreaterThan(0);
		const m = await openMenu(page, c.figure);
		for (const [id, variant] of [
			['share-csv-sv', 'excel-sv'],
			['share-csv', 'plain']
		] as const) {
			const [dl] = await Promise.all([page.waitForEvent('download'), m.getByTestId(id).click()]);
			const text = readFileSync((await dl.path())!, 'utf8');
			expect(text).toContain('Källa:');
			const [, ...rows] = parseExportedCsv(text, variant);
			expect(rows).toHaveLength(cells.length);
			for (const [i, html] of cells.entries()) {
				const csv = rows[i]!;
				for (const [h, k] of c.text) expect(csv[k]).toBe(html[h]);
				for (const [h, k] of c.numeric) {
					const want = shown(html[h]!);
					const raw = csv[k]!;
					if (want === null) {
						expect(raw, `${c.diagram} row ${i} column ${h}: "${html[h]}"`).toBe('');
						continue;
					}
					const got = Number(variant === 'excel-sv' ? raw.replace(',', '.') : raw);
					expect(Math.abs(got - want.value), `${c.diagram} row ${i} column ${h}: "${html[h]}" vs ${raw}`).toBeLessThanOrEqual(0.5 * 10 ** -want.decimals + 1e-9);
				}
			}
		}
	});
}

test("the time series' exported key tells the groupings apart by marker and line, as on the screen, not by colour alone", async ({ page }) => {
	await openView(page);
	const m = await openMenu(page, 'timeseries');
	const [sdl] = await Promise.all([page.waitForEvent('download'), m.getByTestId('share-svg').click()]);
	const svg = readFileSync((await sdl.path())!, 'utf8');
	// The key is drawn after the chart's own <svg>: each item a symbol, then its label.
	const key = await page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const chart = doc.querySelector('svg[data-chart="timeseries"]')!;
		const items: { label: string; shape: string | null; dash: string | null; rect: boolean }[] = [];
		let symbol: Element[] = [];
		for (let el = chart.nextElementSibling; el; el = el.nextElementSibling) {
			if (el.tagName !== 'text') symbol.push(el);
			else if (symbol.length) {
				items.push({
					label: el.textContent!,
					shape: symbol.find((s) => s.tagName === 'path')?.getAttribute('data-shape') ?? null,
					dash: symbol.find((s) => s.tagName === 'line')?.getAttribute('stroke-dasharray') ?? null,
					rect: symbol.some((s) => s.tagName === 'rect')
				});
				symbol = [];
			}
		}
		return items;
	}, svg);
	const screen = await page.getByTestId('timeseries-key').locator('li').allTextContents();
	expect(key.map((k) => k.label)).toEqual(screen);
	expect(key.some((k) => k.rect)).toBe(false);
	// Fokusområden: a filled circle on a solid line; Stadsdelslyftet: a filled square on a solid line; the city: its dashed reference line.
	expect(key.map((k) => [k.shape, k.dash])).toEqual([
		['circle', null],
		['square', null],
		[null, '4 3']
	]);
});

test("the dot plot's CSV names each value's unit, definition and the population's year; a single indicator's CSV gives its definition", async ({ page }) => {
	await openView(page);
	const dot = await openMenu(page, 'dotplot');
	const [dl] = await Promise.all([page.waitForEvent('download'), dot.getByTestId('share-csv-sv').click()]);
	const [header, ...rows] = parseExportedCsv(readFileSync((await dl.path())!, 'utf8'), 'excel-sv');
	expect(header).toEqual(['Indikator', 'År', 'Gruppering', 'Värde', 'Enhet', 'Avstånd till staden', 'Befolkning i områden med uppgift', 'Befolkningens år', 'Områden utan uppgift', 'Antal områden', 'Anmärkning', 'Definition']);
	const row = (indicator: string) => rows.find((r) => r[0] === indicator && r[2] === 'Fokusområden 2025')!;
	expect(row('Utrikes födda')[4]).toBe('%');
	expect(row('Utrikes födda')[11]).toMatch(/^Andel av befolkningen den 31 december som är född utomlands/);
	expect(row('Löneinkomst, medelvärde')[4]).toBe('tkr');
	// A figure of one year with the population of another says which.
	// (The DeSO 2025 figures are of 2024–2025, the level's population of 2023 at the latest.)
	const shifted = rows.find((r) => r[6] !== '' && r[7] !== '' && r[7] !== r[1]);
	expect(shifted, 'a figure whose population is of another year').toBeDefined();
	await expect(page.locator('figure[data-figure="dotplot"] table tbody tr', { hasText: shifted![0]! }).first()).toContainText(`(${shifted![7]})`);
	for (const r of rows) if (r[6] !== '') expect(r[7], `${r[0]} ${r[2]}`).toMatch(/^\d{4}$/);
	// Whole people, as the table on the page shows them (a population shared out by land area has a fraction).
	for (const r of rows) if (r[6] !== '') expect(r[6], `${r[0]} ${r[2]}`).toMatch(/^\d+$/);
	// A figure carried from DeSO 2025 with DeSO areas lacking data reports their coverage: the DeSO population of its
	// own year, never more than the grouping's DeSO population, and never labelled with the level's 2023.
	const flats = row('Boende i flerbostadshus');
	const desoPop = row('Folkmängd (DeSO 2025)');
	expect(Number(flats[8]), 'DeSO areas without the figure').toBeGreaterThan(0);
	expect(flats[7]).toBe(flats[1]);
	expect(Number(flats[6]!.replace(',', '.'))).toBeLessThan(Number(desoPop[3]!.replace(',', '.')));
	// The sentence to quote never passes the sum of the areas off as the city's official figure.
	await expect(page.locator('[data-reading="dotplot"]')).toContainText(/mot stadens 1,3\u00a0%, räknat på samma sätt som grupperingen \(stadens officiella siffra är 2,0\u00a0%\)/);

	const rank = await openMenu(page, 'ranking');
	const [rdl] = await Promise.all([page.waitForEvent('download'), rank.getByTestId('share-csv-sv').click()]);
	expect(readFileSync((await rdl.path())!, 'utf8')).toMatch(/# Definition: Andel av befolkningen den 31 december som är född utomlands/);
});

test('a grouping named like a formula in a link stays text: no cell of either CSV starts a formula, each meta line stays one cell; the page, the SVG and the embed snippet show the name as text', async ({ page }) => {
	const name = 'Min grupp,=HYPERLINK("http://x","klick") <b>fet</b>';
	await page.goto(`/jamfor?egen=stadsdelsomrade:rinkeby-kista,farsta&egennamn=${encodeURIComponent(name)}`);
	await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
	const dot = await openMenu(page, 'dotplot');
	await expect(dot.getByTestId('share-link')).toHaveValue(/egennamn=/);
	await expect(page.getByText(name).first()).toBeVisible();
	await expect(page.locator('b', { hasText: 'fet' })).toHaveCount(0);
	await expect(page).toHaveTitle('Jämför grupperingar – Stadsdelskollen');
	// The snippet is one iframe element and the resizing script: the name stays inside the iframe's src, encoded.
	const [frameTag, script, ...more] = (await dot.getByTestId('share-embed').inputValue()).split('\n');
	expect(frameTag).toMatch(/^<iframe src="[^"<>]*egennamn=[^"<>]*" title="[^"<>]*" [^<>]*><\/iframe>$/);
	expect(script).toMatch(/^<script>addEventListener\("message",/);
	expect(script).not.toMatch(/egennamn|HYPERLINK|klick/i);
	expect(more).toEqual([]);
	for (const [id, variant] of [
		['share-csv-sv', 'excel-sv'],
		['share-csv', 'plain']
	] as const) {
		const [dl] = await Promise.all([page.waitForEvent('download'), dot.getByTestId(id).click()]);
		const text = readFileSync((await dl.path())!, 'utf8').replace(/^\ufeff/, '');
		// Split as Excel splits it in the variant's locale (by semicolons in Swedish, commas in English), and each meta
		// line (the grouping's name is in one) split by either: no cell starts a formula.
		for (const cell of dsvFormat(variant === 'plain' ? ',' : ';').parseRows(text).flat())
			if (!/^-?\d+([.,]\d+)?$/.test(cell)) expect(cell, id).not.toMatch(/^(?:[\t\r]|[ \u00a0]*[=+\-@])/);
		for (const sep of [';', ','])
			for (const line of text.split(/\r?\n/).filter((l) => l.replace(/^"/, '').startsWith('# '))) expect(dsvFormat(sep).parseRows(line)[0], line).toHaveLength(1);
		const [, ...rows] = parseExportedCsv(text, variant);
		expect(rows.filter((r) => r[2] === name).length, 'rows of the named grouping').toBeGreaterThan(0);
	}
	const [svgDl] = await Promise.all([page.waitForEvent('download'), dot.getByTestId('share-svg').click()]);
	const svg = readFileSync((await svgDl.path())!, 'utf8');
	expect(svg).toContain('&lt;b&gt;fet&lt;/b&gt;');
	expect(svg).not.toContain('<b>');
});

test("a chart's CSV and image say what the page says about the groupings at its level (which areas Fokusområden holds there)", async ({ page }) => {
	await openView(page);
	await expect(page.locator('.notes')).toContainText('Hagsätra och Rågsved ligger i Enskede-Årsta-Vantör');
	const dot = await openMenu(page, 'dotplot');
	const [dl] = await Promise.all([page.waitForEvent('download'), dot.getByTestId('share-csv-sv').click()]);
	expect(readFileSync((await dl.path())!, 'utf8')).toMatch(/# Fokusområden 2025: .*bara de fyra hela stadsdelsområdena \(Rinkeby-Kista, Spånga-Tensta, Skärholmen, Farsta\)/);
	const [svg] = await Promise.all([page.waitForEvent('download'), dot.getByTestId('share-svg').click()]);
	const text = readFileSync((await svg.path())!, 'utf8').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
	expect(text).toContain('Hagsätra och Rågsved ligger i Enskede-Årsta-Vantör');
});

test("a shared link's year holds every figure at it until the reader asks for the latest", async ({ page }) => {
	// The need indicator (low economic standard) has 2024 only: this link asks for the foreign-born share as the need.
	const query = QUERY.replace('behov=lag_ekonomisk_standard_andel', 'behov=utrikes_fodda_andel');
	await openView(page, `/jamfor?${query}&tom=2021`, `${query}&tom=2021`);
	await expect(page.getByTestId('compare-until')).toContainText('Länken visar uppgifterna till och med 2021');
	await expect(page.locator('figure[data-figure="ranking"] h3')).toContainText('2021');
	const years = await page.locator('figure[data-figure="dotplot"] table tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.children[1]!.textContent)));
	expect(years.length).toBeGreaterThan(0);
	expect(Math.max(...years)).toBeLessThanOrEqual(2021);
	await page.getByTestId('compare-until').getByRole('button', { name: 'Visa senaste uppgifterna' }).click();
	await expect(page.locator(`.results[data-state="${query}"]`)).toHaveCount(1);
	await expect(page).toHaveURL(new RegExp(`\\?${query}$`));
	await expect(page.getByTestId('compare-until')).toHaveCount(0);
	await expect(page.locator('figure[data-figure="ranking"] h3')).not.toContainText('2021');
});

test('the embed snippet shows one chart inside an iframe on another origin, with reading, source, date and a link back', async ({ page, baseURL }) => {
	await openView(page);
	const m = await openMenu(page, 'ranking');
	const snippet = await m.getByTestId('share-embed').inputValue();
	expect(snippet).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/jamfor\?diagram=rangordning&amp;grupper=/);
	const title = (await page.locator('figure[data-figure="ranking"] h3').textContent())!;
	const host = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><title>Intranät</title>${snippet}`));
	await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
	try {
		const port = (host.address() as { port: number }).port;
		expect(`http://127.0.0.1:${port}`).not.toBe(baseURL);
		await page.goto(`http://127.0.0.1:${port}/`);
		const frame = page.frameLocator('iframe');
		await expect(frame.locator('h1')).toHaveText(title, { timeout: 45_000 });
		await expect(frame.locator('svg[data-chart="ranking"] [data-group="fokus2025"] circle')).toHaveCount(13);
		await expect(frame.locator('[data-chart="dotplot"]')).toHaveCount(0);
		await expect(frame.locator('[data-reading="ranking"]')).not.toBeEmpty();
		await expect(frame.getByText(/^Källa: /).first()).toBeVisible();
		await expect(frame.getByTestId('embed-dated')).toHaveText(/Data byggda/);
		const back = frame.getByRole('link', { name: 'Öppna hela vyn i Stadsdelskollen' });
		await expect(back).toHaveAttribute('target', '_top');
		await expect(back).toHaveAttribute('href', /\/jamfor\?grupper=fokus2025,stadsdelslyftet,hela_staden&niva=stadsdelsomrade&indikator=utrikes_fodda_andel/);
		await expect(frame.locator('#compare-level')).toHaveCount(0);
		await expect(frame.getByTestId('share-menu')).toHaveCount(0);
	} finally {
		host.close();
	}
});

test('in English the permalink and the embed stay in English', async ({ page }) => {
	await page.goto(`/en/jamfor?${QUERY}`);
	await expect(page.locator(`.results[data-state="${QUERY}"]`)).toHaveCount(1, { timeout: 45_000 });
	const m = await openMenu(page, 'timeseries');
	await expect(m.locator('summary')).toHaveText('Share / Dela');
	await expect(m.locator('summary span[lang="sv"]')).toHaveText('Dela');
	expect(await m.getByTestId('share-link').inputValue()).toMatch(/\/en\/jamfor\?grupper=.*#timeseries-title$/);
	expect(await m.getByTestId('share-embed').inputValue()).toMatch(/\/en\/embed\/jamfor\?diagram=serie&amp;grupper=/);
	// Downloads are named in English too.
	const [dl] = await Promise.all([page.waitForEvent('download'), m.getByTestId('share-csv').click()]);
	expect(dl.suggestedFilename()).toMatch(/^compare-timeseries-.*-comma\.csv$/);
	await page.goto(`/en/embed/jamfor?diagram=serie&${QUERY}`);
	await expect(page.locator('h1')).toContainText('Foreign-born', { timeout: 45_000 });
	await expect(page.getByRole('link', { name: /Stadsdelskollen/ })).toHaveAttribute('href', /^\/en\/jamfor\?/);
});

test('a dot plot row is picked from the keyboard', async ({ page }) => {
	await openView(page);
	const pick = page.locator('svg[data-chart="dotplot"] [data-row="arbetsloshet_andel"] [role="button"]');
	await pick.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/indikator=arbetsloshet_andel/, { timeout: 45_000 });
	await expect(pick).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('figure[data-figure="ranking"] h3')).toContainText('Arbetslöshet');
});

test('an embedded chart has no serious accessibility violations', async ({ page }) => {
	await page.goto(`/embed/jamfor?diagram=serie&${QUERY}`);
	await expect(page.locator('h1')).toContainText('Utrikes födda', { timeout: 45_000 });
	await expect(page.locator('.compare-embed')).toHaveAttribute('aria-busy', 'false');
	await expect(page.getByTestId('timeseries-key')).toContainText('Hela staden');
	expect(await seriousViolations(page)).toEqual([]);
	// The source line's link to the indicator's entry opens in the whole window: the data page is not framed.
	const about = page.getByTestId('timeseries-about');
	await expect(about).toHaveAttribute('href', '/kallor#utrikes_fodda_andel');
	await expect(about).toHaveAttribute('target', '_top');
});

test('an unknown chart in an embed link is named and the dot plot shown', async ({ page }) => {
	await page.goto('/embed/jamfor?diagram=paj&niva=stadsdel');
	await expect(page.getByTestId('compare-notice')).toHaveText(/okänt diagram/);
	await expect(page.locator('h1')).toHaveText(/Stadsdel, senaste år/, { timeout: 45_000 });
	await expect(page.locator('svg[data-chart="dotplot"]')).toHaveCount(1);
});

test('a repeated chart in an embed link is named, the first used, and the address keeps one', async ({ page }) => {
	await page.goto('/embed/jamfor?diagram=serie&diagram=rangordning');
	await expect(page.getByTestId('compare-notice')).toHaveText(
		'Några delar av länken kunde inte användas och visas med standardval: diagram (angiven flera gånger – den första används).'
	);
	await expect(page).toHaveURL((u) => u.pathname === '/embed/jamfor' && u.search === '?diagram=serie');
	await expect(page.locator('svg[data-chart="timeseries"]')).toHaveCount(1);
	await page.goto('/en/embed/jamfor?diagram=rangordning&niva=stadsdel&diagram=serie');
	await expect(page.getByTestId('compare-notice')).toHaveText('Some parts of the link could not be used and show defaults instead: diagram (given more than once – the first is used).');
	await expect(page).toHaveURL((u) => u.searchParams.getAll('diagram').join() === 'rangordning' && u.searchParams.get('niva') === 'stadsdel');
	await expect(page.locator('svg[data-chart="ranking"]')).toHaveCount(1);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the default embed (dot plot) is prerendered, with source, date and link back', async ({ page }) => {
		await page.goto('/embed/jamfor');
		await expect(page.locator('h1')).toHaveText(/Grupperingarnas värden/);
		await expect(page.locator('svg[data-chart="dotplot"] [data-row="lag_ekonomisk_standard_andel"] path[data-key="fokus2025"]')).toHaveCount(1);
		await expect(page.getByTestId('embed-dated')).toHaveText(/Data byggda/);
		await expect(page.locator('nav')).toHaveCount(0);
	});
	test('the comparison links to the printable factsheets', async ({ page }) => {
		await page.goto('/jamfor');
		const links = page.getByTestId('compare-factsheets').getByRole('link');
		await expect(links).toHaveCount(4);
		for (const id of ['fokus2025', 'stadsdelslyftet', 'utsatta2023', 'utsatta2025']) await expect(page.getByTestId('compare-factsheets').locator(`a[href="/faktablad/${id}"]`)).toHaveCount(1);
		await page.goto('/en/jamfor');
		await expect(page.getByTestId('compare-factsheets').locator('a[href="/en/faktablad/fokus2025"]')).toHaveCount(1);
	});
});

test.describe('the user own table', () => {
	// SYNTHETIC own table with counts (see the first test for the figures it gives).
	const COUNTS_CSV = [
		'Stadsdelsområde;Egen andel (testdata);täljare;nämnare',
		'Rinkeby-Kista;10 %;10;100',
		'Spånga-Tensta;30 %;60;200',
		'Farsta;5 %;5;100',
		'Skärholmen;50 %;50;100',
		'Bromma;20 %;20;100'
	].join('\n');

	async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }, report: RegExp) {
		await page.goto('/jamfor');
		await expect(page.locator('[data-db-status]')).toHaveAttribute('data-db-status', 'ready', { timeout: 45_000 });
		await page.getByTestId('byo-panel').locator('summary').click();
		await page.getByTestId('byo-file').setInputFiles(file);
		await expect(page.getByTestId('byo-report')).toContainText(report);
		await page.getByTestId('byo-add').click();
		await expect(page).toHaveURL(/indikator=egen_/, { timeout: 45_000 });
		await expect(page.locator('.results')).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
	}

	test('a table with counts is aggregated as Σ numerator / Σ denominator in the dot plot and table; exports name it', async ({ page }) => {
		// SYNTHETIC. Fokusområden 2025 at stadsdelsområde: Farsta, Rinkeby-Kista, Skärholmen, Spånga-Tensta →
		// (5 + 10 + 50 + 60) / (100 + 100 + 100 + 200) = 125 / 500 = 25 % (the mean of the four shares would be 23,75 %).
		// Stadsdelslyftet (with data: Rinkeby-Kista, Skärholmen, Spånga-Tensta) → 120 / 400 = 30 %; the city 145 / 600.
		await upload(page, { name: 'synthetic-counts.csv', mimeType: 'text/csv', buffer: Buffer.from(COUNTS_CSV, 'utf8') }, /5 av 5 rader/);
		const row = page.locator('svg[data-chart="dotplot"] [data-row^="egen_"]');
		await expect(row).toHaveCount(1);
		// Every Fokus district has a row; Stadsdelslyftet and the city say how much of their population has none.
		await expect(row.locator('g[role="img"]')).toHaveAttribute(
			'aria-label',
			/Fokusområden 2025 25,0\u00a0%; Stadsdelslyftet \(motion KS 2025\/652\) 30,0\u00a0% \(uppgift saknas för 70\s% av befolkningen\);.*Hela staden 24,2\u00a0% \(uppgift saknas för 72\s% av befolkningen\)$/
		);
		const tableRow = page.locator('figure[data-figure="dotplot"] table tbody tr', { hasText: 'Egen andel (testdata)' }).filter({ hasText: 'Fokusområden 2025' });
		await expect(tableRow).toContainText('25,0\u00a0%');
		await expect(tableRow).not.toContainText('≈');
		// The series and ranking show it too; the share menu says own data is not in the link and exports carry it.
		await expect(page.locator('figure[data-figure="ranking"] h3')).toContainText('Egen andel (testdata)');
		const m = await openMenu(page, 'ranking');
		await expect(m).toContainText('Din egna data finns inte i länken');
		const [dl] = await Promise.all([page.waitForEvent('download'), m.getByTestId('share-csv').click()]);
		expect(readFileSync((await dl.path())!, 'utf8')).toContain('egen data: synthetic-counts.csv');
		expect(await seriousViolations(page)).toEqual([]);
	});

	test('the link names the own indicator, and in the same browser a reload finds the stored table again', async ({ page }) => {
		// SYNTHETIC, as above: Fokusområden 2025 → 125 / 500 = 25 %.
		await upload(page, { name: 'synthetic-counts.csv', mimeType: 'text/csv', buffer: Buffer.from(COUNTS_CSV, 'utf8') }, /5 av 5 rader/);
		await page.reload();
		await expect(page.locator('svg[data-chart="dotplot"] [data-row^="egen_"] g[role="img"]')).toHaveAttribute('aria-label', /Fokusområden 2025 25,0\u00a0%/, { timeout: 45_000 });
		await expect(page.locator('#compare-indicator')).toHaveValue(/^egen_/);
	});

	test('the fixture without counts is a population-weighted mean flagged approximate', async ({ page }) => {
		await upload(page, path.resolve('tests/fixtures/synthetic-byo-stadsdelsomraden.csv'), /13 av 14 rader/);
		const row = page.locator('svg[data-chart="dotplot"] [data-row="egen_syntetisk_andel_testdata"]');
		await expect(row).toHaveCount(1);
		// No counts: weighted by the population (folkmängd, the nearest year to the table's, 2023, from the built data):
		// Farsta 20,5 % · 61 859, Rinkeby-Kista 10,5 % · 53 037, Skärholmen 22,5 % · 37 605, Spånga-Tensta 11,5 % · 40 002
		// → 3 131 133,5 / 192 503 = 16,2654 %, flagged approximate (the plain mean of the four would be 16,25 %).
		const tableRow = page.locator('figure[data-figure="dotplot"] table tbody tr', { hasText: 'Syntetisk andel (testdata)' }).filter({ hasText: 'Fokusområden 2025' });
		await expect(tableRow.locator('th, td').nth(3)).toHaveText('≈ 16,3\u00a0%');
		const m = await openMenu(page, 'dotplot');
		const [dl] = await Promise.all([page.waitForEvent('download'), m.getByTestId('share-csv').click()]);
		const csv = parseExportedCsv(readFileSync((await dl.path())!, 'utf8'), 'plain');
		const cell = csv.find((r) => r[0] === 'Syntetisk andel (testdata)' && r[2] === 'Fokusområden 2025')!;
		expect(Number(cell[3])).toBeCloseTo(3131133.5 / 192503, 6);
		expect(cell[10]).toContain('ungefärligt');
		await expect(page.locator('figure[data-figure="dotplot"] p.source')).toContainText('egen data: synthetic-byo-stadsdelsomraden.csv');
		expect(await seriousViolations(page)).toEqual([]);
	});
});
