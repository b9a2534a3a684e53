// After DuckDB is ready: view changes on the map at every level it offers (a level change into the level, then an
// indicator and a year change at it), and regroups on /jamfor (a grouping toggled on or off). Each is timed in the
// page (inpage.js) until the DOM shows the new view. Which indicators to use at each level is planned from the build's
// catalogue, so every map level is visited whatever the default view is.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Change } from './measure.ts';

export interface CatalogLite {
	geoLevels: string[];
	indicators: { id: string; levels: string[]; years: number[] }[];
}

export interface LevelPlan {
	level: string;
	/** Indicators mapped at this level, those with two years or more first (a year change needs two). */
	indicators: string[];
	/** Of those, how many have two years or more. */
	multiYear: number;
}

/** Levels the map offers (those with geometry, never the whole city), in the catalogue's order, each with its indicators. */
export function levelPlan(c: CatalogLite): LevelPlan[] {
	return c.geoLevels
		.filter((l) => l !== 'kommun')
		.map((level) => {
			const at = c.indicators.filter((i) => i.levels.includes(level));
			const multi = at.filter((i) => i.years.length >= 2);
			return { level, indicators: [...multi, ...at.filter((i) => i.years.length < 2)].map((i) => i.id), multiYear: multi.length };
		})
		.filter((p) => p.indicators.length > 0);
}

export function readPlan(buildDir: string): LevelPlan[] {
	return levelPlan(JSON.parse(fs.readFileSync(path.join(buildDir, 'data', 'catalog.json'), 'utf8')) as CatalogLite);
}

/** The indicator to change to at a level in a round: cycles through those with two years or more when there are two. */
export function indicatorFor(p: LevelPlan, round: number, current: string): string | null {
	const pool = p.multiYear >= 2 ? p.indicators.slice(0, p.multiYear) : p.indicators;
	const others = pool.filter((id) => id !== current);
	return others.length ? others[round % others.length]! : null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const PAUSE_MS = 100;

async function shown(page: Page): Promise<{ indicator: string | null; level: string | null }> {
	return (await page.evaluate(`({ indicator: document.getElementById('indicator')?.value ?? null, level: document.getElementById('level')?.value ?? null })`)) as {
		indicator: string | null;
		level: string | null;
	};
}

async function change(page: Page, kind: string, value: string | undefined, timeoutMs: number, as = kind): Promise<Change> {
	const arg = value === undefined ? 'undefined' : JSON.stringify(value);
	const r = (await page.evaluate(`window.__bench.change('${kind}', ${timeoutMs}, ${arg})`)) as Change;
	await sleep(PAUSE_MS);
	return { ...r, kind: as };
}

/**
 * Rounds over every planned level: (setup: an indicator that has the level, untimed in the summary), a level change
 * into it, an indicator change at it and a year change at it. Skipped changes are kept with their reason.
 */
export async function mapChangesAtEveryLevel(page: Page, plan: LevelPlan[], rounds: number, timeoutMs: number, deadline: number): Promise<Change[]> {
	const out: Change[] = [];
	const catalog = new Map(plan.map((p) => [p.level, p]));
	for (let round = 0; round < rounds; round++) {
		for (const p of plan) {
			if (Date.now() > deadline) return [...out, { kind: 'level', level: p.level, ms: null, skipped: true, reason: 'load deadline passed' }];
			let now = await shown(page);
			if (!now.indicator || !p.indicators.includes(now.indicator)) {
				// Prefer an indicator that also has the level shown now, so the level change below is a change of level only.
				const stay = p.indicators.find((id) => catalog.get(now.level ?? '')?.indicators.includes(id));
				out.push(await change(page, 'indicator', stay ?? p.indicators[0]!, timeoutMs, 'setup'));
				now = await shown(page);
			}
			// The setup may have landed on the level itself (the indicator's first level): step away first, untimed.
			if (now.level === p.level) out.push(await change(page, 'level', undefined, timeoutMs, 'setup'));
			out.push(await change(page, 'level', p.level, timeoutMs));
			const next = indicatorFor(p, round, now.indicator ?? '');
			out.push(next ? await change(page, 'indicator', next, timeoutMs) : { kind: 'indicator', level: p.level, ms: null, skipped: true, reason: `only one indicator at ${p.level}` });
			const year = await change(page, 'year', undefined, timeoutMs);
			out.push(year.skipped ? { ...year, level: p.level, reason: `one year only (${next ?? now.indicator})` } : year);
		}
	}
	return out;
}

/** Toggles the comparison's groupings one after another (each on/off toggle reverted by the next regroup). */
export async function regroups(page: Page, n: number, timeoutMs: number, deadline: number): Promise<Change[]> {
	const out: Change[] = [];
	for (let i = 0; out.filter((c) => !c.skipped).length < n && i < 4 * n && Date.now() < deadline; i++) {
		// The same box twice in a row (toggle, then toggle back), then the next box.
		out.push((await page.evaluate(`window.__bench.regroup(${Math.floor(i / 2)}, ${timeoutMs})`)) as Change);
		await sleep(PAUSE_MS);
	}
	return out;
}
