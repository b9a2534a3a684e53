// Sharing beyond the map: a segregation chart, a Brå chart, the notice counts and the samband scatter export PNG, SVG
// and both CSV variants from their share menus; area pages (no script) carry a permalink, a citation and a level CSV.
import { readFileSync } from 'node:fs';
import { dsvFormat } from 'd3-dsv';
import { test, expect } from './fixtures';
import { inkShare } from './exportChecks';
import { seriousViolations } from './axe';
import type { Locator, Page } from '@playwright/test';
import type { TrygghetData } from '../../src/lib/types/trygghet';

const BUILD = process.env.BUILD_DIR ?? 'build';

/** The number in a cell as the page writes it ("29,5 %", "1 234 tkr", "−0,12"). */
const toNumber = (s: string) => Number(s.replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-').match(/-?\d+(,\d+)?/)![0].replace(',', '.'));

/** Opens a share menu and waits until the page has hydrated (the link then carries the origin). */
async function openMenu(scope: Locator) {
	const menu = scope.getByTestId('share-menu');
	await menu.locator('summary').click();
	await expect(menu.getByTestId('share-link')).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\//);
	return menu;
}

async function download(page: Page, menu: Locator, id: string): Promise<{ name: string; data: Buffer }> {
	const [dl] = await Promise.all([page.waitForEvent('download'), menu.getByTestId(id).click()]);
	return { name: dl.suggestedFilename(), data: readFileSync((await dl.path())!) };
}

async function checkPng(page: Page, png: Buffer, width: number, minInk: number) {
	expect(png.subarray(1, 4).toString()).toBe('PNG');
	expect(png.readUInt32BE(16)).toBe(width);
	const inked = await inkShare(page, png, { top: 0.3, height: 0.4 });
	expect(inked).toBeGreaterThan(minInk);
}

async function svgText(page: Page, svg: string): Promise<{ error: number; title: string; text: string }> {
	return page.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.getElementsByTagName('parsererror').length,
			title: doc.querySelector('title')?.textContent ?? '',
			text: Array.from(doc.querySelectorAll('text'), (t) => t.textContent).join(' ')
		};
	}, svg);
}

/** Both CSV variants: meta lines (returned) and rows of cells (header first). */
async function bothCsv(page: Page, menu: Locator): Promise<{ meta: string; rows: string[][]; dec: string }[]> {
	const out = [];
	for (const [id, sep, dec] of [
		['share-csv-sv', ';', ','],
		['share-csv', ',', '.']
	] as const) {
		const text = (await download(page, menu, id)).data.toString('utf8');
		if (id === 'share-csv-sv') expect(text.charCodeAt(0)).toBe(0xfeff);
		const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).filter(Boolean);
		const isMeta = (l: string) => l.replace(/^"/, '').startsWith('# ');
		out.push({ meta: lines.filter(isMeta).join('\n'), rows: dsvFormat(sep).parseRows(lines.filter((l) => !isMeta(l)).join('\n')), dec });
	}
	return out;
}

test('segregation: the D-by-level chart exports PNG, SVG and CSV with its table figures', async ({ page }) => {
	await page.goto('/segregation');
	const fig = page.locator('#seg-foreign_born-levels');
	const menu = await openMenu(fig);
	expect(await menu.getByTestId('share-link').inputValue()).toMatch(/\/segregation#seg-foreign_born-levels$/);

	const png = await download(page, menu, 'share-png');
	expect(png.name).toBe('seg-foreign-born-levels.png');
	await checkPng(page, png.data, 1280, 0.01);

	const svg = await svgText(page, (await download(page, menu, 'share-svg')).data.toString('utf8'));
	expect(svg.error).toBe(0);
	expect(svg.title).toContain('Olikhetsindex D');
	expect(svg.text).toContain('Stadsdelsområde');
	expect(svg.text).toMatch(/; 20\d\d(–20\d\d)?/);
	expect(svg.text).toContain('Källa: SCB');
	expect(svg.text).toMatch(/CC0/);
	expect(svg.text).toMatch(/Data byggda \d+ \p{L}+ \d{4}/u);

	// The chart's table: a row per year, a column per level.
	const headers = await fig.locator('table thead th').allTextContents();
	const shown = await fig.locator('table tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent!.trim())));
	expect(shown.length).toBeGreaterThan(1);
	for (const { meta, rows, dec } of await bothCsv(page, menu)) {
		expect(meta).toContain('# Källa: SCB');
		expect(rows[0]).toEqual(headers.map((h) => h.trim()));
		expect(rows).toHaveLength(shown.length + 1);
		for (const [i, row] of shown.entries()) {
			const csv = rows[i + 1]!;
			expect(csv[0]).toBe(row[0]);
			for (let j = 1; j < row.length; j++) {
				if (!/\d/.test(row[j]!)) continue;
				expect(Number(csv[j]!.replace(dec, '.')).toFixed(3)).toBe(toNumber(row[j]!).toFixed(3));
			}
		}
	}
	const alt = await menu.locator('textarea').nth(0).inputValue();
	expect(alt).toMatch(/D är/);
	await expect(menu.getByTestId('share-cite')).toHaveValue(/Stadsdelskollen \(data byggda \d{4}-\d\d-\d\d\)\. http:\/\/127\.0\.0\.1:\d+\/segregation#seg-foreign_born-levels/);
});

test('trygghet: a Brå chart keeps the reporting caveat in its source line; CSV matches its table', async ({ page }) => {
	await page.goto('/trygghet');
	const chart = page.locator('.chart', { has: page.locator('#crime-total-title') });
	const menu = await openMenu(chart);

	await checkPng(page, (await download(page, menu, 'share-png')).data, 1280, 0.005);
	const svg = await svgText(page, (await download(page, menu, 'share-svg')).data.toString('utf8'));
	expect(svg.error).toBe(0);
	expect(svg.title).toMatch(/anmälda per 100 000 invånare/);
	expect(svg.text).toContain('Källa: Brå');
	expect(svg.text).toContain('Anmälda brott speglar hur många som anmäler och hur mycket polisen arbetar');

	await chart.locator('figure details summary').click();
	const header = await chart.locator('figure table thead th').allTextContents();
	const shown = await chart.locator('figure table tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent!.trim())));
	expect(shown.length).toBeGreaterThan(5);
	// Every series of the table is a column of the CSV (per 100 000 in its header), then the status on every row.
	const series = header.slice(1).filter((h) => h !== 'Status');
	expect(series.length).toBeGreaterThan(0);
	for (const { meta, rows, dec } of await bothCsv(page, menu)) {
		expect(meta).toContain('polisen arbetar');
		expect(rows[0]).toEqual([header[0], ...series.map((s) => `${s} (anmälda per 100 000 invånare)`), 'Status']);
		expect(rows).toHaveLength(shown.length + 1);
		for (const [i, row] of shown.entries()) {
			const csv = rows[i + 1]!;
			expect(csv[0]).toBe(row[0]);
			for (const j of series.keys()) expect(Math.round(Number(csv[j + 1]!.replace(dec, '.')))).toBe(toNumber(row[j + 1]!));
			expect(csv[series.length + 1]).toBe(header.length > series.length + 1 ? row[series.length + 1] : 'publicerad uppgift');
		}
	}
});

test('trygghet: the notice counts export as "a selection of press notices – not statistics"', async ({ page }) => {
	await page.goto('/trygghet');
	const section = page.locator('section[aria-labelledby="notices-heading"]');
	const menu = await openMenu(section);
	const label = 'Ett urval av pressnotiser – inte statistik';

	const svgFile = (await download(page, menu, 'share-svg')).data.toString('utf8');
	const svg = await svgText(page, svgFile);
	expect(svg.error).toBe(0);
	expect(svg.title).toContain(label);
	expect(svg.text).toContain('Järva');
	const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svgFile)![1]);
	await checkPng(page, (await download(page, menu, 'share-png')).data, 2 * width, 0.02);

	const shown = await section.locator('table[data-chart="notice-counts"] tbody tr').evaluateAll((rows) =>
		rows.map((r) => Array.from(r.children, (c) => c.textContent!.trim()))
	);
	for (const { meta, rows } of await bothCsv(page, menu)) {
		expect(meta.split('\n')[0]).toContain(label);
		expect(meta).toContain(`# ${label}`);
		// Each note is said once: the badge in the title and on its own line, nothing else twice.
		expect(meta.split('En notis som nämner två områden räknas i båda')).toHaveLength(2);
		expect(meta.split(label)).toHaveLength(3);
		expect(rows).toHaveLength(shown.length + 1);
		for (const [i, row] of shown.entries()) expect(rows[i + 1]).toEqual(row);
	}
});

test('trygghet: the motion table has the same share menu, its CSV cell for cell the table, the incomplete year marked', async ({ page }) => {
	await page.goto('/trygghet');
	const section = page.locator('section[aria-labelledby="motion-heading"]');
	const menu = await openMenu(section);
	expect(await menu.getByTestId('share-link').inputValue()).toMatch(/\/trygghet#motion-notices$/);

	const svgFile = (await download(page, menu, 'share-svg')).data.toString('utf8');
	const svg = await svgText(page, svgFile);
	expect(svg.error).toBe(0);
	expect(svg.title).toContain('Ett urval av pressnotiser – inte statistik');
	expect(svg.text).toContain('Övriga Västerort');
	expect(svg.text).toContain('2025†');
	const width = Number(/^<svg[^>]* width="(\d+)"/.exec(svgFile)![1]);
	await checkPng(page, (await download(page, menu, 'share-png')).data, 2 * width, 0.01);

	const table = section.locator('table#motion-notices');
	const shown = await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent!.trim())));
	expect(shown.map((r) => r[0])).toContain('Övriga Västerort');
	for (const { meta, rows } of await bothCsv(page, menu)) {
		expect(meta).toContain('Ofullständigt år (†): 2025');
		expect(meta.split('En notis som nämner områden i två delar av staden räknas i båda')).toHaveLength(2);
		expect(rows[0]).toEqual(['Del av staden', '2024', '2025 †']);
		expect(rows).toHaveLength(shown.length + 1);
		for (const [i, row] of shown.entries()) expect(rows[i + 1]).toEqual(row);
	}
});

test('trygghet: a quoted series traces every year to its source, URL and sentence; its link keeps the page\'s filter', async ({ page }) => {
	const data = JSON.parse(readFileSync(`${BUILD}/data/trygghet.json`, 'utf8')) as TrygghetData;
	await page.goto('/trygghet?omrade=stockholm');
	const charts = page.locator('section[data-district="stockholm"] .chart');

	// Each CSV row is one quoted figure: its year, value, source URL and sentence are those of a row of the data.
	const traced = async (chart: Locator, menu: Locator) => {
		const { rows } = (await bothCsv(page, menu)).find((b) => b.dec === '.')!;
		const head = rows[0]!;
		expect(head).toEqual(expect.arrayContaining(['Källa', 'Källans adress', 'Citerad mening']));
		const col = (name: string) => head.indexOf(name);
		const urls = new Set<string>();
		for (const r of rows.slice(1)) {
			const match = data.evidence.filter((e) => e.url === r[col('Källans adress')] && String(e.year) === r[0] && e.value === Number(r[1]));
			expect(match.length, r.join(' | ')).toBeGreaterThan(0);
			expect(match.map((e) => e.quote ?? '')).toContain(r[col('Citerad mening')]);
			expect(r[col('Källa')]).not.toBe('');
			urls.add(r[col('Källans adress')]!);
		}
		await chart.locator('figure details summary').click();
		await expect(chart.locator('figure table tbody tr')).toHaveCount(rows.length - 1);
		return urls;
	};

	// The city's 'ofta' series: its years come from two pages, and the CSV says which year came from which.
	const ofta = charts.filter({ hasText: 'Ofta orolig för att utsättas för brott (senaste 12 månaderna)' }).first();
	const menu = await openMenu(ofta);
	expect(await menu.getByTestId('share-link').inputValue()).toMatch(/\/trygghet\?omrade=stockholm#series-stockholm-\d+-title$/);
	await expect(menu.getByTestId('share-cite')).toHaveValue(/\/trygghet\?omrade=stockholm#series-stockholm-\d+-title/);
	expect((await traced(ofta, menu)).size).toBe(2);

	// Manne Gerell's table: the publisher once, in Swedish, in the export's source line.
	const gerell = charts.filter({ hasText: 'Anmälda våldsbrott per 100 000 invånare' }).first();
	const gMenu = await openMenu(gerell);
	const svg = await svgText(page, (await download(page, gMenu, 'share-svg')).data.toString('utf8'));
	expect(svg.text).toContain('Manne Gerell (blogg), "Vilken svensk storstad är egentligen farligast"');
	expect(svg.text).toContain('(Sekundär källa; 2008–2012)');
	expect(svg.text.match(/Manne Gerell/g)).toHaveLength(1);
	expect(svg.text).not.toContain('(blog)');
	expect(await traced(gerell, gMenu)).toEqual(new Set(['https://mgerell.blogspot.com/2013/12/viklen-svensk-storstad-ar-egentligen.html']));
});

test('samband: the scatter exports with r and n in the subtitle and the ecological caution in the CSV', async ({ page }) => {
	await page.goto('/samband');
	const menu = await openMenu(page.locator('main'));
	expect(await menu.getByTestId('share-link').inputValue()).toMatch(/\/samband\?.+#samband-title$/);

	await checkPng(page, (await download(page, menu, 'share-png')).data, 1280, 0.01);
	const svg = await svgText(page, (await download(page, menu, 'share-svg')).data.toString('utf8'));
	expect(svg.error).toBe(0);
	expect(svg.text).toMatch(/Pearsons r = −?\d,\d\d, n = \d+ områden/);
	expect(svg.text).toContain('Källa:');

	await page.locator('figure.scatter details summary').click();
	const shown = await page.locator('figure.scatter table tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.children, (c) => c.textContent!.trim())));
	expect(shown.length).toBeGreaterThan(5);
	for (const { meta, rows, dec } of await bothCsv(page, menu)) {
		expect(meta).toContain('En korrelation mellan områden säger ingenting om enskilda människor');
		expect(meta).toMatch(/Pearsons r = /);
		expect(rows).toHaveLength(shown.length + 1);
		for (const [i, row] of shown.entries()) {
			const csv = rows[i + 1]!;
			expect(csv[0]).toBe(row[0]);
			for (const k of [1, 2]) {
				if (!/\d/.test(row[k]!)) expect(csv[k + 1]).toBe('');
				else expect(Number(csv[k + 1]!.replace(dec, '.'))).toBeCloseTo(toNumber(row[k]!), 5);
			}
		}
	}
});

test('axe stays clean with the share menus open', async ({ page }) => {
	test.setTimeout(180_000);
	for (const path of ['/segregation', '/samband', '/trygghet']) {
		await page.goto(path);
		await expect(page.getByTestId('share-link').first()).toHaveValue(/^http/);
		// The trygghet page's quoted figures are collapsed per district: open them so their charts' menus can open.
		await page.locator('section.district > details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
		for (const s of await page.locator('[data-testid="share-menu"] > summary').all()) await s.click();
		expect(await seriousViolations(page), path).toEqual([]);
	}
});

test.describe('area pages without script', () => {
	test.use({ javaScriptEnabled: false });

	test('show permalink and citation, and the level CSV parses with the page value', async ({ page }) => {
		await page.goto('/omrade/stadsdelsomrade/rinkeby-kista');
		await expect(page.getByTestId('area-permalink')).toHaveText('/omrade/stadsdelsomrade/rinkeby-kista');
		await expect(page.getByTestId('area-citation')).toContainText('Rinkeby-Kista (Stadsdelsområde)');
		await expect(page.getByTestId('area-citation')).toContainText(/Bearbetning: Stadsdelskollen \(data byggda \d{4}-\d\d-\d\d\)\. \/omrade\/stadsdelsomrade\/rinkeby-kista/);
		const shown = (await page.locator('tr[data-indicator="lag_ekonomisk_standard_andel"] [data-cell="value"]').textContent())!.trim();
		expect(shown).toMatch(/^29,5/);

		const link = page.getByTestId('area-level-csv');
		await expect(link).toHaveText('Ladda ned siffrorna för alla områden på nivån som CSV');
		const [dl] = await Promise.all([page.waitForEvent('download'), link.click()]);
		expect(dl.suggestedFilename()).toBe('data.csv');
		const text = readFileSync((await dl.path())!, 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		const lines = text.slice(1).split('\r\n').filter(Boolean);
		const meta = lines.filter((l) => l.replace(/^"/, '').startsWith('# '));
		expect(meta.join('\n')).toMatch(/# Källor: SCB/);
		const rows = dsvFormat(';').parseRows(lines.slice(meta.length).join('\n'));
		const col = rows[0]!.findIndex((h) => h.endsWith('[lag_ekonomisk_standard_andel]'));
		expect(col).toBeGreaterThan(1);
		expect(rows[0]![col]).toContain('2024');
		const rk = rows.find((r) => r[1] === 'rinkeby-kista')!;
		expect(rk[0]).toBe('Rinkeby-Kista');
		expect(rk[col]).toMatch(/^29,5\d*$/);
		expect(toNumber(rk[col]!).toFixed(1)).toBe(toNumber(shown).toFixed(1));
		expect(rows).toHaveLength(14); // header + 13 stadsdelsområden
	});

	test('in English the level CSV has English labels, commas and decimal points', async ({ page }) => {
		await page.goto('/en/omrade/stadsdelsomrade/rinkeby-kista');
		const link = page.getByTestId('area-level-csv');
		await expect(link).toHaveAttribute('href', /\/en\/omrade\/stadsdelsomrade\/data\.csv$/);
		const [dl] = await Promise.all([page.waitForEvent('download'), link.click()]);
		const text = readFileSync((await dl.path())!, 'utf8');
		const lines = text.split('\n').filter(Boolean);
		const meta = lines.filter((l) => l.replace(/^"/, '').startsWith('# '));
		expect(meta.join('\n')).toMatch(/# Sources: SCB/);
		const rows = dsvFormat(',').parseRows(lines.slice(meta.length).join('\n'));
		expect(rows[0]!.slice(0, 2)).toEqual(['Area', 'code']);
		const col = rows[0]!.findIndex((h) => h.endsWith('[lag_ekonomisk_standard_andel]'));
		expect(rows[0]![col]).toMatch(/^Low economic standard/);
		expect(rows.find((r) => r[1] === 'rinkeby-kista')![col]).toMatch(/^29\.5\d*$/);
	});
});

test('with script, the area page completes its address to a full URL in permalink and citation, and passes axe', async ({ page }) => {
	await page.goto('/omrade/stadsdelsomrade/rinkeby-kista');
	const full = new URL('/omrade/stadsdelsomrade/rinkeby-kista', page.url()).href;
	await expect(page.getByTestId('area-permalink')).toHaveText(full);
	await expect(page.getByTestId('area-citation')).toContainText(new RegExp(`\\. ${full.replace(/[.]/g, '\\.')}$`));
	await page.goto('/en/omrade/stadsdelsomrade/rinkeby-kista');
	await expect(page.getByTestId('area-permalink')).toHaveText(new URL('/en/omrade/stadsdelsomrade/rinkeby-kista', page.url()).href);
	expect(await seriousViolations(page)).toEqual([]);
});
