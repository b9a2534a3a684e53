// The compressed size of the prerendered pages as nginx sends them (the build's .br twins, written by
// scripts/precompress.ts for brotli_static): the landing page, and every area page and factsheet, in both languages.
import fs from 'node:fs';
import path from 'node:path';

export type PageKind = 'landing' | 'area' | 'factsheet';

/** Which of the page kinds a built HTML file is (path relative to build/, forward slashes), or null. */
export function pageKind(rel: string): PageKind | null {
	if (rel === 'index.html' || rel === 'en.html') return 'landing';
	if (/^(en\/)?omrade\/[^/]+\/[^/]+\.html$/.test(rel)) return 'area';
	if (/^(en\/)?faktablad\/[^/]+\.html$/.test(rel)) return 'factsheet';
	return null;
}

export interface Sized {
	rel: string;
	/** Bytes of the .br twin, or null when the build wrote none. */
	br: number | null;
}

export interface SizeCheck {
	n: number;
	max: number | null;
	worst: string | null;
	over: number;
	limit: number;
	/** Pages with no .br twin (not measured). */
	missing: string[];
}

/** Largest compressed page of a set, and how many exceed the limit. */
export function checkSizes(pages: Sized[], limit: number): SizeCheck {
	let max: number | null = null;
	let worst: string | null = null;
	let over = 0;
	const missing: string[] = [];
	for (const p of pages) {
		if (p.br === null) {
			missing.push(p.rel);
			continue;
		}
		if (p.br > limit) over++;
		if (max === null || p.br > max) {
			max = p.br;
			worst = p.rel;
		}
	}
	return { n: pages.length - missing.length, max, worst, over, limit, missing };
}

export const PAGE_LIMITS = { landing: 60_000, area: 40_000, factsheet: 40_000 } as const;

export type PageSizes = Record<PageKind, SizeCheck>;

function* htmlFiles(dir: string, root = dir): Generator<string> {
	for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
		const full = path.join(dir, e.name);
		if (e.isDirectory()) {
			if (e.name !== '_app' && e.name !== 'data') yield* htmlFiles(full, root);
		} else if (e.name.endsWith('.html')) yield path.relative(root, full).split(path.sep).join('/');
	}
}

/** Reads the build: the landing page, every area page and every factsheet, each in Swedish and English. */
export function measurePageSizes(buildDir: string): PageSizes {
	const byKind: Record<PageKind, Sized[]> = { landing: [], area: [], factsheet: [] };
	for (const rel of htmlFiles(buildDir)) {
		const kind = pageKind(rel);
		if (!kind) continue;
		const br = path.join(buildDir, rel + '.br');
		byKind[kind].push({ rel, br: fs.existsSync(br) ? fs.statSync(br).size : null });
	}
	return {
		landing: checkSizes(byKind.landing, PAGE_LIMITS.landing),
		area: checkSizes(byKind.area, PAGE_LIMITS.area),
		factsheet: checkSizes(byKind.factsheet, PAGE_LIMITS.factsheet)
	};
}
