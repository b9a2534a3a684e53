// One's own grouping on the map: made on the comparison page, carried in the link, outlined, listed and summarised
// like the predefined groupings at its level, and a link back to compare it over time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';

const BUILD = process.env.BUILD_DIR ?? 'build';
type Row = [string, string, number, number | null, number | null, number | null, string];
const rows = (JSON.parse(readFileSync(path.join(BUILD, 'data', 'ind', 'lag_ekonomisk_standard_andel.json'), 'utf8')) as { rows: Row[] }).rows;

/** Σ numerators / Σ denominators over the areas, in the latest year at stadsdelsområde level, written as the page writes it. */
function expectedShare(codes: string[]): string {
	const sdo = rows.filter((r) => r[0] === 'stadsdelsomrade');
	const year = Math.max(...sdo.map((r) => r[2]));
	const mine = sdo.filter((r) => r[2] === year && codes.includes(r[1]));
	expect(mine).toHaveLength(codes.length);
	const share = (100 * mine.reduce((s, r) => s + r[4]!, 0)) / mine.reduce((s, r) => s + r[5]!, 0);
	return `${share.toFixed(1).replace('.', ',')} %`;
}

const LINK = '/?egen=stadsdelsomrade:farsta,skarholmen&egennamn=S%C3%B6der%20om%20stan';

test('a link with an own grouping outlines it, names it in the key and the controls, and gives its figure from counts', async ({ page }) => {
	await page.goto(LINK);
	await expect(page.locator('svg[data-chart="choropleth"] path[data-outline="egen"]')).toHaveCount(1);
	// Named as the user's own wherever it is shown: a link can give it any name.
	await expect(page.locator('.outline-legend')).toContainText('Söder om stan (egen gruppering)');
	await expect(page.getByRole('checkbox', { name: 'Söder om stan (egen gruppering)' })).toBeChecked();
	const summary = page.getByTestId('map-summary').locator('li', { hasText: 'Söder om stan' });
	await expect(summary).toContainText(expectedShare(['farsta', 'skarholmen']));
	// The table says which areas are in it.
	const farsta = page.locator('table tbody tr', { hasText: 'Farsta' }).first();
	await expect(farsta).toContainText('Söder om stan (egen gruppering)');
	// Unticked, it leaves the map and the link, but the grouping stays in the link to be ticked again.
	await page.getByRole('checkbox', { name: 'Söder om stan' }).uncheck();
	await expect(page.locator('path[data-outline="egen"]')).toHaveCount(0);
	await expect.poll(() => new URL(page.url()).searchParams.get('grupper')).toBe('fokus2025,stadsdelslyftet');
	expect(new URL(page.url()).searchParams.get('egen')).toBe('stadsdelsomrade:farsta,skarholmen');
});

test('at another level the map says where the grouping is shown and goes there', async ({ page }) => {
	await page.goto('/?niva=deso&egen=stadsdelsomrade:farsta&egennamn=Farsta%20ensam');
	const note = page.getByTestId('map-custom');
	await expect(note).toContainText('Farsta ensam är gjord på nivån Stadsdelsområde och visas på kartan när den visar den nivån.');
	await expect(page.locator('path[data-outline="egen"]')).toHaveCount(0);
	await note.getByRole('button', { name: 'Visa nivån Stadsdelsområde' }).click();
	await expect(page.locator('path[data-outline="egen"]')).toHaveCount(1);
	await expect(note).not.toContainText('är gjord på nivån');
	await expect.poll(() => new URL(page.url()).searchParams.get('niva')).toBe('stadsdelsomrade');
});

test('areas in the link that do not exist are named and dropped; the rest is shown', async ({ page }) => {
	await page.goto('/?egen=stadsdelsomrade:farsta,atlantis');
	await expect(page.getByTestId('param-notice')).toContainText('Några områden i länken finns inte och togs bort: atlantis.');
	await expect(page.locator('path[data-outline="egen"]')).toHaveCount(1);
	await expect.poll(() => new URL(page.url()).searchParams.get('egen')).toBe('stadsdelsomrade:farsta');
});

test('from the map to the comparison over time, and back', async ({ page }) => {
	await page.goto(LINK);
	await page.getByRole('link', { name: 'Jämför Söder om stan med resten av staden över tid' }).click();
	await expect(page.locator('h1')).toHaveText(/Jämför/);
	await expect(page.getByTestId('custom-count')).toHaveText('2 områden valda');
	await expect(page.locator('#custom-name')).toHaveValue('Söder om stan');
	await page.getByTestId('custom-on-map').click();
	await expect(page.locator('path[data-outline="egen"]')).toHaveCount(1);
	await expect(page.getByRole('checkbox', { name: 'Söder om stan' })).toBeChecked();
});

test('the map offers to make an own grouping on the comparison page, at its level', async ({ page }) => {
	await page.goto('/?niva=deso');
	await expect(page.locator('svg[data-chart="choropleth"] .areas path').first()).toBeVisible();
	await page.getByTestId('map-make-own').click();
	await expect(page.locator('#custom-heading')).toBeInViewport();
	await expect(page.locator('#custom-search')).toBeEnabled();
	await expect.poll(() => new URL(page.url()).searchParams.get('niva')).toBe('deso');
});

test('the embedded map outlines the grouping too', async ({ page }) => {
	await page.goto(`/embed/karta${LINK.slice(1)}`);
	await expect(page.locator('path[data-outline="egen"]')).toHaveCount(1);
	await expect(page.locator('.outline-legend')).toContainText('Söder om stan');
});
