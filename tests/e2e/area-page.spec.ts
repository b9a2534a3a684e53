// An area's own page: prerendered, readable without JavaScript, localised, with its figures beside the city's.
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

const RINKEBY_KISTA = '/omrade/stadsdelsomrade/rinkeby-kista';
const LOW_STANDARD = 'tr[data-indicator="lag_ekonomisk_standard_andel"]';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the area, its parents, its map and every indicator beside the city', async ({ page }) => {
		const res = await page.goto(RINKEBY_KISTA);
		expect(res?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Rinkeby-Kista');
		await expect(page.getByRole('link', { name: 'Västerort' })).toHaveAttribute('href', '/omrade/innerstad_ytterstad/vasterort');
		await expect(page.getByRole('img', { name: 'Karta som visar var Rinkeby-Kista ligger i Stockholm' })).toBeVisible();

		const row = page.locator(LOW_STANDARD);
		await expect(row.getByRole('rowheader')).toHaveText('Låg ekonomisk standard');
		// 15 425 of 52 264 persons; the city 2024: 11,5 %.
		await expect(row.locator('[data-cell="value"]')).toHaveText('29,5 %');
		await expect(row.locator('[data-cell="city"]')).toContainText('11,5 %');
		await expect(row.locator('[data-cell="status"]')).toHaveText('ungefärligt');
		await expect(row.getByRole('cell').filter({ hasText: 'TAB6685' })).toContainText('Källa: SCB');

		// Områdestyp is a category per RegSO: over the district it is their population-weighted mean (types 2, 1, 3, 1
		// → 1,72), shown with a decimal so it never reads as type 2.
		const type = page.locator('tr[data-indicator="omradestyp"]');
		await expect(type.locator('[data-cell="value"]')).toHaveText('1,7');
		await expect(type.locator('[data-cell="status"]')).toHaveText('ungefärligt');
		await expect(page.getByTestId('area-approximate-legend')).toContainText(
			'där uppgift saknas för någon av dem (värdet gäller då bara de övriga, och hur stor del av befolkningen de har står vid värdet)'
		);

		// Turnout is counted per voting district; the city's official figure (84,0 %) also counts votes tied to no
		// district, so the city computed over every area (80,3 %: 584 943 of 728 089) stands under it, explained.
		const turnout = page.locator('tr[data-indicator="valdeltagande_riksdag"]');
		await expect(turnout.locator('[data-cell="city"]')).toContainText('84,0 %');
		// Turnout at this level is carried from voting districts by shares of land, so the city over the level is approximate.
		await expect(turnout.locator('[data-cell="city-like-parts"]')).toHaveText('alla områden på nivån: 80,3 % (ungefärligt)');
		await expect(page.getByText('Där hela staden har två värden är det övre stadens siffra – i källan, eller uppskattad från finare områden där det står ungefärligt').first()).toBeVisible();
		// Where the two agree, one value stands.
		await expect(row.locator('[data-cell="city-like-parts"]')).toHaveCount(0);

		// Indicators with several years draw a trend, each with a spoken series.
		await expect(page.locator('tr[data-indicator="folkmangd"] svg[data-chart="sparkline"]')).toHaveAttribute('aria-label', /Folkmängd i Rinkeby-Kista: \d{4} /);
	});

	test("the whole city over every area of the level says what it is: approximate, derived, and how much of the population it lacks", async ({ page }) => {
		// 2016 household median: no city figure in the source (the upper, 397,7 tkr, is the build's estimate), and the
		// mean of the districts' medians covers only 10 of the 14 (2007) districts: no data for 22 % of the population.
		await page.goto('/omrade/stadsdelsomrade2007/rinkeby-kista');
		const median = page.locator('tr[data-indicator="disponibel_inkomst_hushall_median"]');
		await expect(median.locator('[data-cell="city"]')).toContainText('397,7 tkr');
		await expect(median.locator('[data-cell="city"]')).toContainText('(ungefärligt)');
		await expect(median.locator('[data-cell="city-like-parts"]')).toHaveText('alla områden på nivån: 405,2 tkr (ungefärligt)');
		// How much of the population it lacks stands in the note column, which wraps (the figures' columns do not).
		await expect(median.locator('[data-cell="status"] [data-cell="city-like-parts-coverage"]')).toHaveText('alla områden på nivån: uppgift saknas för 22 % av befolkningen');
		// A population-weighted mean of shares is approximate; a ratio over counts derived from rounded shares says so.
		await expect(page.locator('tr[data-indicator="utrikes_fodda_forvarvsintensitet_20_64"] [data-cell="city-like-parts"]')).toHaveText('alla områden på nivån: 60,9 % (ungefärligt)');
		await expect(page.locator('tr[data-indicator="ekonomiskt_bistand_andel_av_befolkningen"] [data-cell="city-like-parts"]')).toHaveText(
			'alla områden på nivån: 2,1 % (beräknat från avrundade andelar)'
		);
		// A sum with every district counted needs no note.
		await expect(page.locator('tr[data-indicator="ekonomiskt_bistand_personer"] [data-cell="city-like-parts"]')).toHaveText('alla områden på nivån: 19 924 pers.');
		// The footnote does not call an estimated upper figure the source's.
		await expect(page.getByText('är det övre stadens siffra – i källan, eller uppskattad från finare områden där det står ungefärligt').first()).toBeVisible();

		await page.goto('/en/omrade/stadsdelsomrade2007/rinkeby-kista');
		await expect(page.locator('tr[data-indicator="disponibel_inkomst_hushall_median"] [data-cell="city-like-parts"]')).toHaveText(
			'every area at this level: 405.2 SEK k (approximate)'
		);
		await expect(page.locator('tr[data-indicator="disponibel_inkomst_hushall_median"] [data-cell="city-like-parts-coverage"]')).toHaveText(
			'every area at this level: no data for 22% of the population'
		);
		await expect(page.getByText("the upper is the city's figure – the source's, or estimated from finer areas where it says approximate").first()).toBeVisible();
	});

	test('a value carried from finer areas, one of them without data, says how much of the population it rests on', async ({ page }) => {
		// DeSO 2018 0180C6150 is DeSO 2025 0180C6151 (1 893 people in 2024) and 0180C6152 (1 445), which has no figure
		// for capital income: the value is 0180C6151's own (757,2 of 1 893 = 40,0 %) and rests on 1 893 / 3 338 = 57 %.
		await page.goto('/omrade/deso/0180C6150');
		const capital = page.locator('tr[data-indicator="kapitalinkomst_andel"]');
		await expect(capital.locator('[data-cell="value"]')).toHaveText('40,0 %');
		await expect(capital.locator('[data-cell="status"]')).toContainText('ungefärligt; värdet bygger på områden med 57 % av befolkningen');
		// The city's value is carried the same way, from every DeSO 2025 area: 0180C6152 is 0,15 % of the city.
		await expect(capital.locator('[data-cell="city"]')).toContainText('(ungefärligt)');
		await expect(capital.locator('[data-cell="city-coverage"]')).toHaveText('Hela staden: värdet bygger på områden med 99,9 % av befolkningen');
		// Low economic standard has both parts: approximate (a share of population-weighted parts), nothing missing.
		await expect(page.locator(LOW_STANDARD).locator('[data-cell="status"]')).toHaveText('ungefärligt');

		// The level's CSV says the same in its note column, and which counts are estimated by area weighting.
		const csv = await (await page.request.get('/omrade/deso/data.csv')).text();
		const line = csv.split('\n').find((l) => l.startsWith('0180C6150;'))!;
		expect(line).toContain('Har kapitalinkomst: värdet bygger på områden med 57\u00a0% av befolkningen');
		expect(line).toContain('Uppskattat genom areaviktning (de mindre områdenas antal fördelade efter landyta), inte räknade personer: Valdeltagande, riksdagsvalet; Röstberättigade, riksdagsvalet;');
		// The estimated count keeps its decimals (1 936,3866 eligible voters in 2022), so the share computed from it is reproducible.
		expect(line).toContain(';1936,3866;');
	});

	test("a share the source gives over a stand-in base is shown as published; only the city's sum is approximate", async ({ page }) => {
		// DeSO 2025 0180C1010: the source's 8,924 % unemployment. Its counts use the population in place of the
		// 20–64-year-olds in the labour force, so they are derived, not the share; the city, summed over such counts, is approximate.
		await page.goto('/omrade/deso2025/0180C1010');
		const unemployment = page.locator('tr[data-indicator="arbetsloshet_andel"]');
		await expect(unemployment.locator('[data-cell="value"]')).toHaveText('8,9 %');
		await expect(unemployment.locator('[data-cell="status"]')).toHaveText('beräknat från avrundade andelar');
		await expect(unemployment.locator('[data-cell="city"]')).toContainText('(ungefärligt)');
		// The data page says how such a share combines, and a share over its real base combines exactly.
		await page.goto('/kallor');
		await expect(page.locator('#arbetsloshet_andel')).toContainText('Antalen är uppskattade ur källans andelar, så en sammanvägning över flera områden är ungefärlig');
		await expect(page.locator('#utlandsk_bakgrund_andel')).toContainText('Kvot av summerade antal (summa täljare / summa nämnare).');
		await expect(page.locator('#utlandsk_bakgrund_andel')).not.toContainText('uppskattade ur källans andelar');
		// The rental share's counts are estimated in 2024 only, and the page names that year.
		await expect(page.locator('#hyresratt_andel_deso2025')).toContainText(
			'För 2024 är antalen uppskattade ur källans andelar, så en sammanvägning över flera områden är då ungefärlig'
		);
	});

	test('the data page says what each mean is weighted by, and whether the result is exact', async ({ page }) => {
		// The households' mean income is weighted by the households it is over: exact. The mean wage income is weighted
		// by the whole population although it is over those aged 20 and older: approximate. A median names its weight too.
		await page.goto('/kallor');
		await expect(page.locator('#disponibel_inkomst_hushall_medel')).toContainText(
			'Medelvärde över områdena, viktat med hushåll efter disponibel inkomst, samtliga. Exakt, eftersom vikten är just den grupp medelvärdet gäller.'
		);
		await expect(page.locator('#loneinkomst_medel')).toContainText(
			'Medelvärde över områdena, viktat med folkmängd. Ungefärligt, eftersom vikten inte är exakt den grupp medelvärdet gäller.'
		);
		await expect(page.locator('#disponibel_inkomst_hushall_median')).toContainText(
			'spann och medelvärde anges som ungefärliga, medelvärdet viktat med hushåll efter disponibel inkomst, samtliga.'
		);
		await page.goto('/en/kallor');
		await expect(page.locator('#nettoinkomst_medel')).toContainText(
			'Mean over the areas, weighted by population (DeSO 2025). Approximate, since the weight is not exactly the group the mean is over.'
		);
	});

	test('a level without geometry says so instead of drawing a map', async ({ page }) => {
		await page.goto('/omrade/valdistrikt2014/01800101');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Domkyrko 1 Gamla stan inre');
		await expect(page.getByText('Valdistrikt 2014 saknar kartgeometri')).toBeVisible();
	});

	test('the index links every level to its list of areas, and each list to the areas', async ({ page }) => {
		await page.goto('/omrade');
		await expect(page.getByRole('listitem').filter({ hasText: 'DeSO 2018' })).toHaveText('DeSO 2018 (544 områden)');
		// One area is one "område", not "1 områden".
		await expect(page.getByRole('listitem').filter({ hasText: 'Hela staden' })).toHaveText('Hela staden (1 område)');
		await page.getByRole('link', { name: 'Stadsdelsområde', exact: true }).click();
		await expect(page).toHaveURL(/\/omrade\/stadsdelsomrade$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Områden – Stadsdelsområde');
		await expect(page.getByText('13 områden')).toBeVisible();
		await page.getByRole('link', { name: 'Rinkeby-Kista' }).click();
		await expect(page).toHaveURL(/\/omrade\/stadsdelsomrade\/rinkeby-kista$/);
	});
});

test('the English page formats numbers the English way and passes axe', async ({ page }) => {
	await page.goto(`/en${RINKEBY_KISTA}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const row = page.locator(LOW_STANDARD);
	await expect(row.getByRole('rowheader')).toHaveText('Low economic standard');
	await expect(row.locator('[data-cell="value"]')).toHaveText('29.5%');
	await expect(row.locator('[data-cell="city"]')).toContainText('11.5%');
	const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	expect(violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test("the English page says how much of the population a carried value rests on", async ({ page }) => {
	await page.goto('/en/omrade/deso/0180C6150');
	const capital = page.locator('tr[data-indicator="kapitalinkomst_andel"]');
	await expect(capital.locator('[data-cell="value"]')).toHaveText('40.0%');
	await expect(capital.locator('[data-cell="status"]')).toContainText('approximate; the value is based on areas with 57% of the population');
	await expect(capital.locator('[data-cell="city-coverage"]')).toHaveText('Whole city: the value is based on areas with 99.9% of the population');
});

test('an unknown area or level is a 404', async ({ page }) => {
	expect((await page.goto('/omrade/stadsdelsomrade/atlantis'))?.status()).toBe(404);
	expect((await page.goto('/omrade/lan/01'))?.status()).toBe(404);
	expect((await page.goto('/omrade/lan'))?.status()).toBe(404);
});

test('an area page shows the survey figures the sources report for it, with their source type', async ({ page }) => {
	await page.goto('/omrade/stadsdelsomrade/rinkeby-kista');
	const block = page.getByTestId('area-evidence');
	await expect(block).toBeVisible();
	await expect(block.locator('table tbody tr').first()).toBeVisible();
	await expect(block).toContainText(/Rinkeby \/ Tensta|Husby/);
});
