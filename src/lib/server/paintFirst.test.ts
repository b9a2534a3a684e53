import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { paintFirst, paintFirstSwap } from './paintFirst';

// A synthetic page shaped like SvelteKit 2's prerendered output: modulepreload links in <head>, the start-up script at
// the end of <body>, and the script's hash in the page's content-security-policy.
const START = `
				{
					__sveltekit_test = {
						base: ""
					};

					const element = document.currentScript.parentElement;

					Promise.all([
						import("/_app/immutable/entry/start.AAA.js"),
						import("/_app/immutable/entry/app.BBB.js")
					]).then(([kit, app]) => {
						kit.start(app, element, {
							node_ids: [0, 2],
							data: [null,{type:"data",data:{label:"a \\u003C/script> b"},uses:{}}],
							form: null,
							error: null
						});
					});
				}
			`;
const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const MODULES = ['/_app/immutable/entry/start.AAA.js', '/_app/immutable/chunks/C1.js', '/_app/immutable/entry/app.BBB.js'];
const page = (script = START, csp = `script-src 'self' ${hash(START)}; style-src 'self'`) => `<!doctype html>
<html lang="sv">
	<head>
		<meta charset="utf-8" />
		<meta http-equiv="content-security-policy" content="default-src 'self'; ${csp}">
${MODULES.map((m) => `		<link href="${m}" rel="modulepreload">`).join('\n')}
		<title>Karta</title>
	</head>
	<body>
		<div style="display: contents"><main>Folkmängd 214 196</main>
			<script>${script}</script>
		</div>
	</body>
</html>`;

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

/** Runs a start-up script with the browser stubbed; import() is recorded instead of loading anything. */
function run(script: string) {
	const imported: string[] = [];
	const preloaded: string[] = [];
	let paint: (() => void) | undefined;
	const started: unknown[] = [];
	const kit = { start: (...args: unknown[]) => started.push(args) };
	const document = {
		visibilityState: 'visible',
		currentScript: { parentElement: 'element' },
		createElement: () => ({ rel: '', href: '' }),
		head: { appendChild: (l: { rel: string; href: string }) => preloaded.push(`${l.rel} ${l.href}`) }
	};
	class PerformanceObserver {
		static supportedEntryTypes = ['paint'];
		constructor(private cb: (l: { getEntriesByName(n: string): unknown[] }) => void) {}
		observe() {
			paint = () => this.cb({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) });
		}
		disconnect() {}
	}
	const body = script.replace(/\bimport\(/g, '__import(').replace('__sveltekit_test =', 'globalThis.__sveltekit_test =');
	const __import = (url: string) => {
		imported.push(url);
		return Promise.resolve(url.includes('start') ? kit : { app: true });
	};
	new Function('document', 'PerformanceObserver', '__import', 'setTimeout', 'clearTimeout', body)(document, PerformanceObserver, __import, setTimeout, clearTimeout);
	return { imported, preloaded, started, paint: () => paint!() };
}

describe('paintFirst', () => {
	it('takes the module links out of <head> and leaves the rest of the page as it was', () => {
		const out = paintFirst(page());
		expect(out).not.toContain('rel="modulepreload"');
		expect(out).toContain('<main>Folkmängd 214 196</main>');
		expect(out).toContain('<title>Karta</title>');
	});

	it('replaces the start-up script’s hash in the page’s policy with the new script’s', () => {
		const out = paintFirst(page());
		const script = scriptOf(out);
		expect(script).not.toBe(START);
		expect(out).not.toContain(hash(START));
		expect(out).toContain(`script-src 'self' ${hash(script)};`);
	});

	it('the new script loads nothing before the first paint, then the modules and the app, which starts with its data', async () => {
		vi.useFakeTimers();
		try {
			const r = run(scriptOf(paintFirst(page())));
			await vi.advanceTimersByTimeAsync(0);
			expect(r.imported).toEqual([]);
			expect(r.preloaded).toEqual([]);
			r.paint();
			await vi.advanceTimersByTimeAsync(0);
			expect(r.preloaded).toEqual(MODULES.map((m) => `modulepreload ${m}`));
			expect(r.imported).toEqual(['/_app/immutable/entry/start.AAA.js', '/_app/immutable/entry/app.BBB.js']);
			expect(r.started).toHaveLength(1);
			expect(JSON.stringify(r.started[0])).toContain('"label":"a </script> b"');
		} finally {
			vi.useRealTimers();
		}
	});

	it('leaves a page without a start-up script untouched', () => {
		const plain = '<!doctype html><html><head><title>Område</title></head><body><script type="module" src="/_app/islands/omrade.js"></script></body></html>';
		expect(paintFirst(plain)).toBe(plain);
	});

	it('fails the build with the reason when SvelteKit’s script or policy is not the shape it rewrites', () => {
		expect(() => paintFirst(page(START.replace('Promise.all([', 'Promise.allSettled([')))).toThrow(/start-up script no longer contains/);
		expect(() => paintFirst(page(START, `script-src 'self' 'sha256-other='`))).toThrow(/does not list its start-up script's hash/);
	});

	it('works on a page served without a policy in <meta> (the dev server), naming the hash its header must swap', () => {
		const dev = page().replace(/\s*<meta http-equiv[^>]*>/, '');
		const { html: out, swap } = paintFirstSwap(dev);
		expect(out).not.toContain('rel="modulepreload"');
		expect(scriptOf(out)).toContain(JSON.stringify(MODULES));
		expect(swap).toEqual([hash(START), hash(scriptOf(out))]);
	});
});
