// Headless Debian Chromium via playwright-core, and a cold page per load: a fresh context (empty HTTP cache, no
// compiled-code cache), cache disabled over CDP, the in-page helpers injected, and every request's size and timing logged.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Request } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FLAGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	// Guard: nothing but loopback can even be resolved.
	'--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'
];

const INPAGE = fs.readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'inpage.js'), 'utf8');

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS, timeout: 30_000 });
}

export interface Logged {
	url: string;
	type: string;
	/** Epoch ms (browser clock) the request started, from CDP wallTime. */
	start: number | null;
	/** Epoch ms the response finished. */
	end: number | null;
	/** Encoded body + response headers, as on the wire. */
	bytes: number;
	body: number;
	failed: boolean;
}

export interface ColdPage {
	context: BrowserContext;
	page: Page;
	/** Every request of the page and its workers, once finished (waits at most timeoutMs for sizes). */
	requests(timeoutMs?: number): Promise<Logged[]>;
	/** Waits until no request has been in flight for quietMs (at most maxMs). */
	networkQuiet(quietMs?: number, maxMs?: number): Promise<void>;
	offHost: string[];
	close(): Promise<void>;
}

/** `init`: script text run in each document before the in-page helpers (and before the page's own scripts). */
export async function coldPage(browser: Browser, init = ''): Promise<ColdPage> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
	await context.addInitScript({ content: init + '\n' + INPAGE });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });

	const pending: Promise<Logged>[] = [];
	const offHost: string[] = [];
	let inFlight = 0;
	let lastActivity = Date.now();
	const settle = () => {
		inFlight--;
		lastActivity = Date.now();
	};
	const record = async (req: Request, failed: boolean): Promise<Logged> => {
		const t = req.timing();
		let bytes = 0;
		let body = 0;
		if (!failed) {
			try {
				const s = await req.sizes();
				body = s.responseBodySize;
				bytes = s.responseBodySize + s.responseHeadersSize;
			} catch {
				/* a request of a closed page */
			}
		}
		const start = t.startTime > 0 ? t.startTime : null;
		return { url: req.url(), type: req.resourceType(), start, end: start !== null && t.responseEnd >= 0 ? start + t.responseEnd : null, bytes, body, failed };
	};
	context.on('request', (req) => {
		inFlight++;
		lastActivity = Date.now();
		const u = new URL(req.url());
		if (u.protocol !== 'data:' && u.protocol !== 'blob:' && u.hostname !== '127.0.0.1') offHost.push(req.url());
	});
	context.on('requestfinished', (req) => {
		settle();
		pending.push(record(req, false));
	});
	context.on('requestfailed', (req) => {
		settle();
		pending.push(record(req, true));
	});

	return {
		context,
		page,
		offHost,
		async requests(timeoutMs = 5_000) {
			const timeout = new Promise<null>((r) => setTimeout(() => r(null), timeoutMs));
			const all = await Promise.race([Promise.all(pending), timeout]);
			return all ?? [];
		},
		async networkQuiet(quietMs = 500, maxMs = 5_000) {
			const t0 = Date.now();
			while (Date.now() - t0 < maxMs) {
				if (inFlight <= 0 && Date.now() - lastActivity >= quietMs) return;
				await new Promise((r) => setTimeout(r, 50));
			}
		},
		async close() {
			await context.close().catch(() => {});
		}
	};
}
