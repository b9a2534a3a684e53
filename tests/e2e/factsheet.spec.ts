// Grouping factsheets: prerendered, printable on A4 without anything cut across the page width.
import { test, expect } from './fixtures';
import { A4_CONTENT_PX, brokenWords } from './print';

for (const id of ['fokus2025', 'stadsdelslyftet']) {
	test(`factsheet ${id}: key figures without JavaScript and an A4 print layout that fits the width`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: A4_CONTENT_PX, height: 1100 } });
		const page = await context.newPage();
		await page.goto(`/faktablad/${id}`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Faktablad:');
		await expect(page.locator('table tbody tr', { hasText: 'Låg ekonomisk standard' })).toHaveCount(1);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('header.site-header')).toBeHidden();
		const overflow = await page.evaluate((limit) => {
			const out: string[] = [];
			if (document.documentElement.scrollWidth > limit) out.push(`page ${document.documentElement.scrollWidth}px`);
			for (const el of document.querySelectorAll('article.factsheet table, article.factsheet svg, article.factsheet p, article.factsheet li, article.factsheet dd')) {
				const r = el.getBoundingClientRect();
				if (r.right > limit + 1) out.push(`${el.tagName} ends at ${Math.round(r.right)}px`);
			}
			return out;
		}, A4_CONTENT_PX);
		expect(overflow).toEqual([]);
		// Charts stay vectors in print, each with its figures printed under it; no figure or word is cut in two.
		expect(await page.locator('article.factsheet svg[data-chart="sparkline"]').count()).toBeGreaterThan(0);
		await expect(page.locator('.trends li').filter({ has: page.getByText('Utrikes födda', { exact: true }) }).locator('.print-only')).toContainText(/^20\d\d \d+,\d\s%\s\(Hela staden \d+,\d\s%\), 20\d\d/);
		expect(await page.evaluate(brokenWords, { selector: 'article.factsheet th, article.factsheet td', maxLength: 14 })).toEqual([]);
		await context.close();
	});
}

test('the Stadsdelslyftet factsheet states the motion it comes from and lists its six districts', async ({ page }) => {
	await page.goto('/faktablad/stadsdelslyftet');
	await expect(page.getByText(/KS 2025\/652/).first()).toBeVisible();
	await expect(page.locator('ul.members li')).toHaveCount(6);
});

test('an area page is its printable factsheet: A4 print layout without overflow', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: A4_CONTENT_PX, height: 1100 } });
	const page = await context.newPage();
	await page.goto('/omrade/stadsdelsomrade/skarholmen');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('header.site-header')).toBeHidden();
	const width = await page.evaluate(() => document.documentElement.scrollWidth);
	expect(width).toBeLessThanOrEqual(A4_CONTENT_PX);
	// On paper nothing scrolls: every column of every table is on the page, not cut off inside a scrolling box.
	const cut = await page.evaluate(
		(limit) => [...document.querySelectorAll('main table')].map((t) => Math.round(t.getBoundingClientRect().right)).filter((right) => right > limit + 1),
		A4_CONTENT_PX
	);
	expect(cut).toEqual([]);
	// Folded definitions and the trends' figures are printed, and no word of a table is cut in two.
	const row = page.locator('tr[data-indicator="utrikes_fodda_andel"]');
	await expect(row.getByText('Definition: Andel av befolkningen den 31 december som är född utomlands')).toBeVisible();
	await expect(row.locator('.print-only.small')).toContainText(/^20\d\d \d+,\d\s%, 20\d\d/);
	expect(await page.evaluate(brokenWords, { selector: 'main th, main td', maxLength: 14 })).toEqual([]);
	await context.close();
});

test('Fokus 2025: population counted in full (stadsdelar without a RegSO of their own are not "missing")', async ({ page }) => {
	await page.goto('/faktablad/fokus2025');
	const row = page.locator('table tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Folkmängd', exact: true }) });
	await expect(row.locator('td').nth(0)).toHaveText('2023');
	await expect(row.locator('td').nth(1)).toHaveText(/^214\s196\spers\.$/);
	await expect(row.locator('td').nth(4)).not.toContainText('saknar');
});

test('Fokus 2025: figures computed from the RegSO and DeSO the stadsdelar are made of are not "approximate"; a mean of medians still is', async ({ page }) => {
	await page.goto('/faktablad/fokus2025');
	const row = (name: string) => page.locator('table tbody tr').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
	await expect(row('Folkmängd').locator('td').nth(1)).toHaveText(/^214\s196\spers\.$/);
	await expect(row('Folkmängd').locator('td').nth(4)).not.toContainText('ungefärligt');
	await expect(row('Utrikes födda').locator('td').nth(1)).toHaveText(/^45,1\s%$/);
	await expect(row('Utrikes födda').locator('td').nth(4)).not.toContainText('ungefärligt');
	// DeSO-based: counts of dwellings are exact; shares the source derived from rounded figures keep their flag.
	await expect(row('Lägenheter, hyresrätt').locator('td').nth(4)).toHaveText('');
	await expect(row('Låg ekonomisk standard').locator('td').nth(4)).toContainText('ungefärligt');
	await expect(row('Disponibel inkomst, median').locator('td').nth(4)).toContainText('ungefärligt');
	// Turnout is carried from valdistrikt by shares of land: still approximate. No source area is cut.
	await expect(row('Valdeltagande, riksdagsvalet').locator('td').nth(4)).toContainText('ungefärligt');
	await expect(page.getByTestId('fact-split-note')).toHaveCount(0);
});

test('Stadsdelslyftet (stadsdelsområden): a figure stays approximate where the boundary cuts a RegSO, and says which', async ({ page }) => {
	await page.goto('/faktablad/stadsdelslyftet');
	const row = page.locator('table tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Utrikes födda', exact: true }) });
	await expect(row.locator('td').nth(4)).toContainText('ungefärligt: grupperingens gräns delar områden');
	await expect(page.getByTestId('fact-split-note')).toContainText('RegSO Blackeberg, RegSO Hammarbyhöjden, RegSO Högdalen, RegSO Årsta');
});

/** "12,3 %" → 12.3; null for anything else. */
const percent = (s: string) => (/^-?[\d\s]+(,\d+)?\s%$/.test(s.trim()) ? Number(s.replace(/\s|%/g, '').replace(',', '.')) : null);

for (const id of ['fokus2025', 'stadsdelslyftet', 'utsatta2023', 'utsatta2025']) {
	test(`factsheet ${id}: for every share, the whole city lies between the grouping and the rest of the city`, async ({ page }) => {
		await page.goto(`/faktablad/${id}`);
		const rows = await page.locator('table').first().locator('tbody tr').evaluateAll((trs) =>
			trs.map((tr) => [tr.querySelector('th')!.textContent!, ...[...tr.querySelectorAll('td')].map((td) => td.textContent!)])
		);
		let checked = 0;
		const outside: string[] = [];
		for (const [name, , g, r, city] of rows) {
			const [a, b, c] = [percent(g!), percent(r!), percent(city!)];
			if (a === null || b === null || c === null) continue;
			checked++;
			if (c < Math.min(a, b) || c > Math.max(a, b)) outside.push(`${name}: ${g} / ${r} / ${city}`);
		}
		expect(outside).toEqual([]);
		expect(checked).toBeGreaterThan(5);
		// Turnout: the official city figure (with votes not assigned to any district) is named beside it.
		if (id === 'fokus2025') {
			const turnout = page.locator('table tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Valdeltagande, riksdagsvalet', exact: true }) });
			await expect(turnout).toContainText('80,3');
			await expect(turnout).toContainText('officiell siffra för hela staden: 84,0');
			await expect(page.getByTestId('fact-city-note')).toContainText('röster som inte knutits till ett valdistrikt');
		}
		// The 2016 household median has no city figure in the source (the build estimates one): none is called official.
		if (id === 'stadsdelslyftet') {
			const median = page.locator('table tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Disponibel inkomst per hushåll, median', exact: true }) });
			await expect(median).toContainText('tkr');
			await expect(median).not.toContainText('officiell');
			// The rest of the city and the whole city lack other parts of the population than the grouping: each says so.
			await expect(median.locator('td').last()).toHaveText(
				/^ungefärligt; uppgift saknas för 38\s% av befolkningen\. Övriga staden: ungefärligt; uppgift saknas för 11\s% av befolkningen\. Hela staden: ungefärligt; uppgift saknas för 23\s% av befolkningen$/
			);
		}
	});
}
