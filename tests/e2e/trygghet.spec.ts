// The trygghet page: evidence with sources readable without JavaScript, notices labelled as a selection (never a
// rate) with counts matching a hand count, filters in the URL, and no serious accessibility violations.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';
import type { TrygghetData } from '../../src/lib/types/trygghet';

const BUILD = process.env.BUILD_DIR ?? 'build';
const data = JSON.parse(readFileSync(path.join(BUILD, 'data', 'trygghet.json'), 'utf8')) as TrygghetData;

/** Counted here by hand-written filtering of the built notices, independent of the page's counting code. */
function handCount(sdo: string, year: number, half: 1 | 2): number {
	return data.notices.filter((n) => {
		const d = n.date ?? n.publishedAt.slice(0, 10);
		const month = Number(d.slice(5, 7));
		return Number(d.slice(0, 4)) === year && (half === 1 ? month <= 6 : month > 6) && n.sdoCodes.includes(sdo);
	}).length;
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('lists every quoted figure with its quote, source type and link', async ({ page }) => {
		await page.goto('/trygghet');
		await expect(page.locator('h1')).toHaveText('Trygghet och brott');
		await expect(page.locator('table[data-table="evidence"] tbody tr')).toHaveCount(data.evidence.length);
		const source = data.evidence.find((e) => e.code === 'rinkeby-kista' && e.year === 2020 && e.measure === 'oro_for_brott_ofta_senaste_12_man')!;
		const rk = page.locator(`section[data-district="rinkeby-kista"] tr[data-evidence="${source.id}"]`);
		await expect(rk).toContainText('Ofta orolig för att utsättas för brott (senaste 12 månaderna)');
		// The transcriber's note, in the page's language.
		await expect(rk).toContainText('redovisat per stadsdelsförvaltning');
		await expect(rk).not.toContainText('reported per');
		await expect(rk).toContainText('11 %');
		await expect(rk).toContainText('2020');
		await expect(rk).toContainText('Stadsdelsområde');
		await expect(rk.locator(`a[href="${source.url}"]`)).toHaveCount(1);
		await expect(rk.locator('q')).toContainText(source.quote!.slice(0, 30));
		// Every row names its source type and links its source.
		// (Each district's table is in a collapsed <details>: in the page, not necessarily on screen.)
		for (const label of ['Nyhetsartikel', 'Officiellt pressmeddelande', 'Officiell tabell', 'Sekundär källa'])
			await expect(page.locator('table[data-table="evidence"] td', { hasText: label }).first()).toBeAttached();
		await expect(page.locator('table[data-table="evidence"] tbody tr:not(:has(a[href^="https://"]))')).toHaveCount(0);
	});

	test('charts only comparable series and keeps different wordings apart', async ({ page }) => {
		await page.goto('/trygghet');
		// Rinkeby-Kista's 2017 and 2020 figures are at two SDO vintages (two levels): no chart joins them.
		const titles = await page.locator('section[data-district="rinkeby-kista"] figure .title').allTextContents();
		expect(titles.some((t) => /Ofta orolig för att utsättas för brott/.test(t))).toBe(false);
		// The city's 'ofta' series has three years and is charted.
		await expect(page.locator('section[data-district="stockholm"] figure', { hasText: 'Ofta orolig för att utsättas för brott (senaste 12 månaderna)' })).toHaveCount(1);
	});

	test('opens with all 13 stadsdelsområden, then the motion, then the quoted figures; no ASCII measure key anywhere', async ({ page }) => {
		await page.goto('/trygghet');
		const headings = await page.locator('main h2').allTextContents();
		expect(headings.slice(0, 3)).toEqual([
			'Översikt: alla 13 stadsdelsområden',
			'Motionens fråga: har våldet spridit sig från Järva till Söderort och Västerort?',
			'Citerade siffror, grupperade per område'
		]);
		const overview = page.locator('table[data-table="overview"]');
		await expect(overview.locator('tbody tr')).toHaveCount(13);
		// Bromma: the latest 'varje dag eller någon dag i veckan' figure, by its Swedish name, with year and survey.
		const bromma = data.evidence.filter((e) => e.code === 'bromma' && e.measure === 'oro_for_brott_varje_dag_eller_nagon_dag_i_veckan_senaste_12_man').sort((a, b) => (b.year ?? 0) - (a.year ?? 0))[0]!;
		await expect(overview.locator('tr[data-row="bromma"] td[data-col="measures"]')).toContainText(
			`Orolig för brott varje dag eller någon dag i veckan (senaste 12 månaderna): ${bromma.value}\u00a0% (${bromma.year})`
		);
		// A figure for one stadsdel within the district names it, set apart from the measure by a space.
		await expect(overview.locator('tr[data-row="bromma"] td[data-col="measures"]')).toContainText('(senaste 12 månaderna) (stadsdelen Ålsten): ');
		await expect(overview.locator('tr[data-row="kungsholmen"] td[data-col="measures"]')).toHaveText('Inga citerade enkätsiffror');
		// Notices naming Rinkeby-Kista in 2025, counted here by hand.
		const rk2025 = data.notices.filter((n) => (n.date ?? n.publishedAt).startsWith('2025') && n.sdoCodes.includes('rinkeby-kista')).length;
		await expect(overview.locator('tr[data-row="rinkeby-kista"] td[data-col="notices"]')).toHaveText(String(rk2025));
		// Without fetched files, the page says which series appear once fetched, and how.
		await expect(overview.locator('tr[data-row="farsta"] td[data-col="bra"]')).toHaveText('Inte hämtat');
		await expect(page.getByTestId('bra-status')).toContainText('npm run data:fetch');
		await expect(page.getByTestId('motion-bra-missing')).toContainText('inte hämtad');
		const text = (await page.locator('main').textContent()) ?? '';
		// (A source's file name, "data/external/bra_crime_quarterly.csv", is a citation, not a measure key.)
		expect(text).not.toMatch(/Oro for brott|\b[a-z]+_[a-z]+_[a-z]+\b(?!\.csv)|\b12 man\b/);
	});

	test('the motion section counts notices per part of the city and year, Västerort without Järva as in the notices section', async ({ page }) => {
		await page.goto('/trygghet');
		const jarva = (c: string) => c === 'rinkeby-kista' || c === 'spanga-tensta';
		const restOfVasterort = (c: string) => c === 'bromma' || c === 'hasselby-vallingby';
		const dated = (n: (typeof data.notices)[number]) => n.date ?? n.publishedAt.slice(0, 10);
		const naming = (from: string, to: string, part: (c: string) => boolean) =>
			data.notices.filter((n) => dated(n) >= from && dated(n) <= to && n.sdoCodes.some(part)).length;
		const table = page.locator('table#motion-notices');
		await expect(table.locator('tbody th')).toHaveText(['Järva', 'Övriga Västerort', 'Söderort', 'Innerstaden', 'Nämner inget område', 'Alla notiser']);
		for (const y of [2024, 2025]) {
			await expect(table.locator(`tr[data-row="jarva"] td[data-period="${y}"]`)).toHaveText(String(naming(`${y}-01-01`, `${y}-12-31`, jarva)));
			await expect(table.locator(`tr[data-row="vasterortOther"] td[data-period="${y}"]`)).toHaveText(String(naming(`${y}-01-01`, `${y}-12-31`, restOfVasterort)));
		}
		// The notices section's sentence counts the rest of Västerort by the same rule, over its whole coverage.
		await expect(page.getByTestId('notices-answer')).toContainText(`${naming('2023-03-20', '2026-08-22', restOfVasterort)} övriga Västerort`);
		await expect(page.getByTestId('motion-verdict')).toContainText('räcker alltså inte för att bekräfta eller avfärda');
	});

	test('the motion table shows the notices per part recounted from the raw file; the page says what the counts cannot show, in both languages', async ({ page }) => {
		// Golden figures, counted from the raw mirror by a separate script (each named stadsdel to its stadsdelsområde by
		// the crosswalk; Hässelby, Spånga, Vasastan and Globen to the one district each lies in).
		const golden = { jarva: ['11', '12'], vasterortOther: ['12', '11'], soderort: ['26', '26'], innerstaden: ['8', '10'], none: ['14', '14'], all: ['71', '73'] };
		for (const [route, texts] of [
			['/trygghet', { population: 'antalen är inte räknade per invånare', places: 'en stadsdel i det, eller Hässelby, Spånga, Vasastan eller Globen', verdict: 'om anmälda brott mot person har ökat', scope: 'Brott mot person är dessutom mer än våld' }],
			['/en/trygghet', { population: 'the counts are not per resident', places: 'a stadsdel in it, or Hässelby, Spånga, Vasastan or Globen', verdict: 'whether reported offences against the person have risen', scope: 'Offences against the person are also more than violence' }]
		] as const) {
			await page.goto(route);
			const table = page.locator('table#motion-notices');
			for (const [row, cells] of Object.entries(golden)) await expect(table.locator(`tr[data-row="${row}"] td`)).toHaveText(cells);
			await expect(page.getByTestId('motion-notices-population')).toContainText(texts.population);
			await expect(page.getByTestId('motion-notices-places')).toContainText(texts.places);
			await expect(page.getByTestId('notices-places')).toContainText(texts.places);
			await expect(page.getByTestId('motion-verdict')).toContainText(texts.verdict);
			await expect(page.locator('section[aria-labelledby="motion-heading"]')).toContainText(texts.scope);
			await expect(page.getByTestId('motion-verdict')).not.toContainText(/anmält våld|reported violence/);
			// No source can show a spread (the list above says so): the Brå series is not offered as one that could.
			await expect(page.getByTestId('motion-bra-missing')).not.toContainText(/spridning|a spread/);
		}
	});

	test('the motion section marks 2025 (gap 22–23 June) incomplete, as the half-year table does, and calls no year whole', async ({ page }) => {
		await page.goto('/trygghet');
		const motion = page.locator('section[aria-labelledby="motion-heading"]');
		const head = motion.locator('table#motion-notices thead th');
		await expect(head).toHaveText(['Del av staden', '2024', '2025†']);
		await expect(page.locator('table[data-chart="notice-counts"]#notice-counts thead th', { hasText: '2025 h1' })).toHaveText('2025 h1†');
		await expect(page.getByTestId('motion-notices-incomplete')).toHaveText('Ofullständigt år (†): 2025. Insamlingen har ett avbrott under året, så notiser kan saknas.');
		await expect(motion).not.toContainText('hela år');
		await expect(motion.locator('#motion-notices-note')).toContainText('† ofullständigt år');
		// The overview's column of notices per district is that year too, and says so the same way.
		await expect(page.getByRole('columnheader', { name: 'Polisens notiser som nämner området, 2025†' })).toHaveCount(1);
		await expect(page.getByText('Ofullständigt år (†): 2025.')).toHaveCount(2);
	});

	test('leaves an incomplete period unshaded in both count tables, so a partial count never reads as a low value', async ({ page }) => {
		await page.goto('/trygghet');
		const halves = page.locator('table#notice-counts');
		// 2026 h2 ends the collection on 22 August: three notices naming Söderort, beside 16 in 2024 h2.
		await expect(halves.locator('tr[data-row="soderort"] td[data-period="2026-H2"]')).not.toHaveAttribute('style', /background/);
		await expect(halves.locator('tr[data-row="soderort"] td[data-period="2024-H2"]')).toHaveAttribute('style', /background/);
		const years = page.locator('table#motion-notices');
		await expect(years.locator('tr[data-row="soderort"] td[data-period="2025"]')).not.toHaveAttribute('style', /background/);
		await expect(years.locator('tr[data-row="soderort"] td[data-period="2024"]')).toHaveAttribute('style', /background/);
		await expect(page.locator('#notice-counts-note')).toContainText('† ofullständigt halvår, utan färg');
	});

	test('shows the city crime series with the caveat and the preliminary quarters marked', async ({ page }) => {
		await page.goto('/trygghet');
		await expect(page.getByTestId('crime-caveat')).toContainText('speglar hur många som anmäler och hur mycket polisen arbetar');
		await expect(page.locator('figure[aria-labelledby="crime-total-title"]')).toContainText('1996–2025');
		const q = page.locator('figure[aria-labelledby="crime-quarterly-title"]');
		await expect(q.locator('rect[data-preliminary="true"]')).toHaveCount(2);
		await expect(q.locator('.legend')).toContainText('preliminär uppgift');
		// The quarters come from Brå's quarterly table, a file of its own: the page names it, and the yearly file only
		// for the yearly charts; the quarterly chart's citation names it too.
		await expect(page.getByTestId('crime-quarterly-source')).toContainText('Källa: Brå (Brottsförebyggande rådet), Statistik över anmälda brott per kvartal, Statistik On-Line meny 90 (via am-dashboard-se, data/external/bra_crime_quarterly.csv).');
		const menu = page.locator('section[aria-labelledby="crime-heading"]').getByTestId('share-menu').last();
		await menu.locator('summary').click();
		await expect(menu.getByTestId('share-cite')).toHaveValue(/data\/external\/bra_crime_quarterly\.csv/);
		await expect(menu.getByTestId('share-cite')).not.toHaveValue(/bra_crime\.csv/);
	});

	test('labels the notices as a selection, not statistics, without rates, and answers the motion in one sentence', async ({ page }) => {
		await page.goto('/trygghet');
		const section = page.locator('section[aria-labelledby="notices-heading"]');
		await expect(page.getByTestId('notices-badge')).toHaveText('Ett urval av pressnotiser – inte statistik');
		await expect(section.locator('caption').first()).toContainText('inte statistik');
		await expect(page.getByTestId('notices-answer')).toContainText('kan varken visa hur vanligt våldet är eller om det har spridit sig');
		await expect(section).not.toContainText('per 100');
		await expect(section).not.toContainText('per invånare i');
	});

	test('notice counts per district and half-year match a hand count', async ({ page }) => {
		await page.goto('/trygghet');
		const table = page.locator('table[data-chart="notice-counts"]');
		for (const [sdo, year, half] of [['farsta', 2024, 2], ['rinkeby-kista', 2023, 2], ['skarholmen', 2025, 1], ['sodermalm', 2024, 1]] as const) {
			const cell = table.locator(`tr[data-row="${sdo}"] td[data-period="${year}-H${half}"]`);
			await expect(cell).toHaveText(String(handCount(sdo, year, half)));
		}
		const alla = await table.locator('tr[data-row="alla"] td').allTextContents();
		expect(alla.reduce((s, t) => s + Number(t), 0)).toBe(data.notices.length);
		await expect(page.locator('table[data-table="notices"] tbody tr')).toHaveCount(data.notices.length);
	});

	test('places utsatta områden in their districts', async ({ page }) => {
		await page.goto('/trygghet');
		await expect(page.locator('table[data-table="utsatta2023"] tr', { hasText: 'Husby' })).toContainText('Rinkeby-Kista');
		await expect(page.locator('table[data-table="utsatta2023"] tr', { hasText: 'Rinkeby / Tensta' })).toContainText('Spånga-Tensta');
		await expect(page.locator('table[data-table="utsatta2025"] tr', { hasText: 'Vårberg' })).toContainText('Skärholmen');
	});
});

test('filters by district, measure and source type, with the state in the URL', async ({ page }) => {
	await page.goto('/trygghet');
	await page.locator('#filter-omrade').selectOption('farsta');
	await expect(page).toHaveURL(/omrade=farsta/);
	await expect(page.locator('section[data-district="farsta"]')).toBeVisible();
	await expect(page.locator('section[data-district="bromma"]')).toBeHidden();
	const farsta = data.evidence.filter((e) => e.code === 'farsta' || e.code === 'hokarangen').length;
	await expect(page.getByTestId('filter-count')).toContainText(`${farsta} av ${data.evidence.length}`);
	await page.locator('#filter-kalla').selectOption('official_release');
	await expect(page).toHaveURL(/omrade=farsta&kalla=official_release/);
	await page.reload();
	await expect(page.locator('#filter-omrade')).toHaveValue('farsta');
	await expect(page.locator('#filter-kalla')).toHaveValue('official_release');
	await expect(page.locator('section[data-district="farsta"] tbody tr:visible td:nth-child(5)')).toHaveText(
		Array(data.evidence.filter((e) => (e.code === 'farsta' || e.code === 'hokarangen') && e.sourceType === 'official_release').length).fill('Officiellt pressmeddelande')
	);
	await page.getByRole('button', { name: 'Visa alla' }).click();
	await expect(page.getByTestId('filter-count')).toContainText(`${data.evidence.length} av ${data.evidence.length}`);
});

test("the measure filter never gives two surveys' differently worded questions one name", async ({ page }) => {
	await page.goto('/trygghet');
	const options = await page.locator('#filter-matt option').allTextContents();
	// The city's survey and Brå's NTU ask about those close to one: two measures, two names.
	expect(options.filter((o) => o === 'Orolig för att närstående ska utsättas för brott')).toHaveLength(1);
	expect(options.filter((o) => o === 'Mycket eller ganska stor oro för att närstående ska utsättas för brott')).toHaveLength(1);
	// Both files key burglary alike: the one option shows both wordings.
	expect(options).toContain('Mycket eller ganska stor oro för bostadsinbrott / Orolig för bostadsinbrott');
	expect(new Set(options).size).toBe(options.length);
});

test('a district with one quoted figure says "1 uppgift", not "1 uppgifter"', async ({ page }) => {
	await page.goto('/trygghet');
	const summaries = await page.locator('section[data-district] summary h3').allTextContents();
	expect(summaries.filter((t) => /: 1 uppgifter$/.test(t))).toEqual([]);
	expect(summaries.some((t) => /: 1 uppgift$/.test(t))).toBe(true);
});

test('the English page names measures and notes in English', async ({ page }) => {
	await page.goto('/en/trygghet');
	await expect(page.locator('table[data-table="overview"] tr[data-row="bromma"] td[data-col="measures"]')).toContainText('Worried about crime every day or some day a week (past 12 months)');
	await expect(page.getByTestId('bra-status')).toContainText('They are not fetched in this version');
});

for (const [route, link, dest, summary] of [
	['/trygghet', 'Lägg till egen data på kartan', '/', 'Lägg till egen data'],
	['/trygghet', 'Lägg till egen data i Jämför', '/jamfor', 'Lägg till egen data'],
	['/en/trygghet', 'Add your own data on the map', '/en', 'Add your own data']
] as const) {
	test(`${route}: "${link}" opens the own-data panel there, the next Tab on it`, async ({ page }) => {
		await page.goto(route);
		await page.getByTestId('own-tables').getByRole('link', { name: link }).click();
		await expect.poll(() => new URL(page.url()).pathname.replace(/(.)\/$/, '$1')).toBe(dest);
		const panel = page.getByTestId('byo-panel');
		await expect(panel).toHaveAttribute('open', '');
		await expect(panel.locator('summary')).toHaveText(summary);
		await page.keyboard.press('Tab');
		await expect(panel.locator('summary')).toBeFocused();
		await expect(panel.getByTestId('byo-privacy')).toBeVisible();
	});
}

test('an unknown filter in the link is reported and falls back to all', async ({ page }) => {
	await page.goto('/trygghet?omrade=atlantis&kalla=<script>');
	await expect(page.getByTestId('filter-notice')).toContainText('omrade');
	await expect(page.getByTestId('filter-count')).toContainText(`${data.evidence.length} av ${data.evidence.length}`);
});

for (const route of ['/trygghet', '/en/trygghet']) {
	test(`${route} has no serious accessibility violations (details open)`, async ({ page }) => {
		// A long page (every figure, 254 notices, one table per chart): axe needs more than the default minute.
		test.setTimeout(240_000);
		await page.goto(route);
		await page.locator('details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
		expect(await seriousViolations(page)).toEqual([]);
	});
}
