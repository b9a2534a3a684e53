// Every prerendered route, in both languages: loads, declares its language, and has no serious/critical axe violation.
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './fixtures';
import { seriousViolations } from './axe';

const BUILD = process.env.BUILD_DIR ?? 'build';

/** Top-level pages from the build (one sample per dynamic family, e.g. one area page). */
function routes(): string[] {
	const out = new Set<string>(['/', '/en']);
	for (const prefix of ['', 'en/']) {
		const dir = path.join(BUILD, prefix);
		if (!existsSync(dir)) continue;
		for (const f of readdirSync(dir)) if (f.endsWith('.html') && f !== 'index.html' && f !== 'en.html') out.add(`/${prefix}${f.slice(0, -5)}`);
	}
	for (const sample of ['/omrade/stadsdelsomrade/rinkeby-kista', '/en/omrade/stadsdelsomrade/rinkeby-kista', '/omrade/valdistrikt2022', '/en/omrade/valdistrikt2022'])
		if (existsSync(path.join(BUILD, `${sample.slice(1)}.html`))) out.add(sample);
	return [...out].sort();
}

for (const route of routes()) {
	test(`${route}: lang attribute and no serious accessibility violations`, async ({ page }) => {
		await page.goto(route);
		await expect(page.locator('html')).toHaveAttribute('lang', route.startsWith('/en') ? 'en' : 'sv');
		await expect(page.locator('h1').first()).toBeVisible();
		expect(await seriousViolations(page)).toEqual([]);
	});
}
