// What the deployment tests visit: one address per route family of the build, in both languages, read from the
// built files themselves (so a new page family is covered without editing this list).
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const BUILD = process.env.BUILD_DIR ?? 'build';

const firstPage = (dir: string): string | null => {
	const f = existsSync(path.join(BUILD, dir)) ? readdirSync(path.join(BUILD, dir)).sort().find((x) => x.endsWith('.html')) : undefined;
	return f ? `/${dir}/${f.slice(0, -'.html'.length)}` : null;
};

/** Swedish addresses of every page family: top-level pages, an area page per level, every factsheet and embed. */
export function pageFamilies(): string[] {
	const out = new Set<string>(['/']);
	for (const f of readdirSync(BUILD)) if (f.endsWith('.html') && !['index.html', 'en.html', '404.html'].includes(f)) out.add(`/${f.slice(0, -5)}`);
	for (const level of readdirSync(path.join(BUILD, 'omrade'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
		const page = firstPage(`omrade/${level}`);
		if (page) out.add(page);
	}
	for (const f of readdirSync(path.join(BUILD, 'faktablad')).sort()) if (f.endsWith('.html')) out.add(`/faktablad/${f.slice(0, -5)}`);
	for (const f of readdirSync(path.join(BUILD, 'embed')).sort()) if (f.endsWith('.html')) out.add(`/embed/${f.slice(0, -5)}`);
	return [...out];
}

/** The English twin of a Swedish address. */
export const english = (p: string): string => (p === '/' ? '/en' : `/en${p}`);

/** Both languages. */
export function allPages(): string[] {
	return pageFamilies().flatMap((p) => [p, english(p)]);
}

/** The title of the app's own 404 page, in either language. */
export const NOT_FOUND_TITLE = /Sidan finns inte|Page not found/;

/** The heading of the static page for malformed or too long addresses (400, 414), in both languages at once. */
export const BAD_ADDRESS_TITLE = /Adressen går inte att läsa · The address cannot be read/;
