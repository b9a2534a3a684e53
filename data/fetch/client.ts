// The HTTP side of `npm run data:fetch`: SCB's PxWebApi v2 behind an injected `fetch` (tests pass a fake; no test
// ever reaches the network), a polite rate limit, retries with backoff on 429/5xx, and failures that name the table
// and the query.
//
// From the PxWebApi 2 OpenAPI (github.com/PxTools/PxApiSpecs, PxAPI-2.yml):
// - GET /tables/{id}/metadata?lang=… returns the table as a JSON-stat 2.0 dataset without values.
// - POST /tables/{id}/data?lang=…&outputFormat=json-stat2 takes a `VariablesSelection` body:
//   {"selection": [{"variableCode": "Region", "valueCodes": ["…"]}, …]}. GET takes the same selection as
//   `valueCodes[<variable>]=a,b,c` query parameters (deepObject); a long Region list does not fit a URL, so POST is
//   the default and GET is split into short requests.
// - GET /config returns `maxDataCells`, `maxCallsPerTimeWindow` and `timeWindow` (seconds).
// - Errors (400, also for a query with more cells than allowed; 404; 429) come as
//   `application/problem+json`: {type, title, status, detail, instance} (RFC 7807).
// SCB documents 30 calls per 10 seconds per IP; we stay well below by default.
import type { Selection } from './selection.ts';

/** SCB's production PxWebApi v2 (the beta host api.scb.se/OV0104/v2beta was the default until 2026). */
export const DEFAULT_BASE = 'https://statistikdatabasen.scb.se/api/v2';
export const DEFAULT_LANG = 'sv';
const USER_AGENT = 'Stadsdelskollen data:fetch (open-source dashboard; yearly refresh of DeSO/RegSO 2025 tables)';

export type FetchLike = (url: string, init?: { method?: string; headers?: Record<string, string>; body?: string }) => Promise<Response>;

export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

export const realClock: Clock = {
	now: () => Date.now(),
	sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms))
};

export interface ClientOptions {
	fetch: FetchLike;
	base?: string;
	lang?: string;
	/** Calls allowed per window (default 10 per 10 s, a third of what SCB allows). */
	maxCalls?: number;
	windowMs?: number;
	/** Attempts per request, first included (default 4). */
	attempts?: number;
	/** First backoff in ms, doubled each retry (default 2 000), unless the server sends Retry-After. */
	backoffMs?: number;
	clock?: Clock;
	log?: (s: string) => void;
}

/** What was asked: enough to repeat the query by hand. */
export interface QueryRecord {
	method: 'GET' | 'POST';
	url: string;
	body?: { selection: { variableCode: string; valueCodes: string[] }[] };
}

export class PxWebError extends Error {
	constructor(
		message: string,
		readonly status: number | null,
		readonly query: QueryRecord
	) {
		super(message);
	}
}

export interface ApiLimits {
	maxDataCells: number;
	maxCallsPerTimeWindow: number;
	timeWindowSeconds: number;
}

/** Summarises a selection for an error message: every dimension with its first codes and count. */
export function describeSelection(s: Selection): string {
	return Object.entries(s)
		.map(([d, codes]) => `${d}=[${codes.slice(0, 3).join(',')}${codes.length > 3 ? `,… ${codes.length} codes` : ''}]`)
		.join(' ');
}

function describeQuery(q: QueryRecord): string {
	if (!q.body) return `GET ${q.url}`;
	const sel = Object.fromEntries(q.body.selection.map((v) => [v.variableCode, v.valueCodes]));
	return `POST ${q.url} with selection ${describeSelection(sel)}`;
}

/** A sliding-window limiter: at most `max` starts in any `windowMs`. */
export class RateLimiter {
	private starts: number[] = [];
	constructor(
		private max: number,
		private windowMs: number,
		private clock: Clock
	) {}
	async take(): Promise<void> {
		for (;;) {
			const now = this.clock.now();
			this.starts = this.starts.filter((t) => now - t < this.windowMs);
			if (this.starts.length < this.max) {
				this.starts.push(now);
				return;
			}
			await this.clock.sleep(this.windowMs - (now - this.starts[0]!) + 1);
		}
	}
}

const RETRY = (status: number) => status === 429 || status >= 500;

export class PxWebClient {
	readonly base: string;
	readonly lang: string;
	private limiter: RateLimiter;
	private opts: Required<Omit<ClientOptions, 'base' | 'lang' | 'log'>> & { log: (s: string) => void };

	constructor(o: ClientOptions) {
		this.base = (o.base ?? DEFAULT_BASE).replace(/\/+$/, '');
		this.lang = o.lang ?? DEFAULT_LANG;
		this.opts = {
			fetch: o.fetch,
			maxCalls: o.maxCalls ?? 10,
			windowMs: o.windowMs ?? 10_000,
			attempts: o.attempts ?? 4,
			backoffMs: o.backoffMs ?? 2_000,
			clock: o.clock ?? realClock,
			log: o.log ?? (() => {})
		};
		this.limiter = new RateLimiter(this.opts.maxCalls, this.opts.windowMs, this.opts.clock);
	}

	/** Never go faster than the server's own stated limit (keeping a third of it in reserve). */
	respectLimits(l: ApiLimits): void {
		const theirs = Math.max(1, Math.floor((l.maxCallsPerTimeWindow * 2) / 3));
		const windowMs = Math.max(this.opts.windowMs, l.timeWindowSeconds * 1000);
		if (theirs < this.opts.maxCalls || windowMs !== this.opts.windowMs) {
			this.opts.maxCalls = Math.min(this.opts.maxCalls, theirs);
			this.opts.windowMs = windowMs;
			this.limiter = new RateLimiter(this.opts.maxCalls, this.opts.windowMs, this.opts.clock);
		}
	}

	configUrl(): string {
		return `${this.base}/config`;
	}
	metadataUrl(table: string): string {
		return `${this.base}/tables/${encodeURIComponent(table)}/metadata?lang=${this.lang}`;
	}
	dataUrl(table: string, selection?: Selection): string {
		const url = `${this.base}/tables/${encodeURIComponent(table)}/data?lang=${this.lang}&outputFormat=json-stat2`;
		if (!selection) return url;
		// One parameter per dimension with comma-separated codes (the OpenAPI's deepObject `valuecodes`).
		const params = Object.entries(selection).map(
			([d, codes]) => `valueCodes[${encodeURIComponent(d)}]=${codes.map((c) => encodeURIComponent(c)).join(',')}`
		);
		return `${url}&${params.join('&')}`;
	}

	/** The API's stated limits (GET /config). */
	async limits(): Promise<ApiLimits> {
		const { json } = await this.request({ method: 'GET', url: this.configUrl() }, 'config');
		const c = json as Record<string, unknown>;
		const int = (k: string) => {
			const v = c[k];
			if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) throw new PxWebError(`config: ${k} is ${JSON.stringify(v)}, not a positive whole number`, null, { method: 'GET', url: this.configUrl() });
			return v;
		};
		return { maxDataCells: int('maxDataCells'), maxCallsPerTimeWindow: int('maxCallsPerTimeWindow'), timeWindowSeconds: int('timeWindow') };
	}

	async metadata(table: string): Promise<{ text: string; json: unknown; query: QueryRecord }> {
		const query: QueryRecord = { method: 'GET', url: this.metadataUrl(table) };
		return { ...(await this.request(query, `${table} metadata`)), query };
	}

	async data(table: string, selection: Selection, method: 'GET' | 'POST' = 'POST'): Promise<{ text: string; json: unknown; query: QueryRecord }> {
		const query: QueryRecord =
			method === 'GET'
				? { method, url: this.dataUrl(table, selection) }
				: {
						method,
						url: this.dataUrl(table),
						body: { selection: Object.entries(selection).map(([variableCode, valueCodes]) => ({ variableCode, valueCodes })) }
					};
		return { ...(await this.request(query, `${table} data`)), query };
	}

	/** One request with rate limiting and retries; returns the body as text and as parsed JSON. */
	async request(query: QueryRecord, what: string): Promise<{ text: string; json: unknown }> {
		const { attempts, backoffMs, clock, log } = this.opts;
		let lastProblem = '';
		for (let attempt = 1; attempt <= attempts; attempt++) {
			await this.limiter.take();
			let res: Response;
			try {
				res = await this.opts.fetch(query.url, {
					method: query.method,
					headers: { Accept: 'application/json', 'User-Agent': USER_AGENT, ...(query.body ? { 'Content-Type': 'application/json' } : {}) },
					body: query.body ? JSON.stringify(query.body) : undefined
				});
			} catch (e) {
				lastProblem = `network error: ${(e as Error).message}`;
				if (attempt < attempts) {
					const wait = backoffMs * 2 ** (attempt - 1);
					log(`${what}: ${lastProblem}; retrying in ${wait / 1000} s (attempt ${attempt + 1} of ${attempts})`);
					await clock.sleep(wait);
					continue;
				}
				throw new PxWebError(`${what} failed after ${attempts} attempts: ${lastProblem}. Query: ${describeQuery(query)}`, null, query);
			}
			const text = await res.text();
			if (res.ok) {
				try {
					return { text, json: JSON.parse(text) as unknown };
				} catch {
					throw new PxWebError(`${what}: HTTP ${res.status} but the body is not JSON (starts "${text.slice(0, 80)}"). Query: ${describeQuery(query)}`, res.status, query);
				}
			}
			lastProblem = `HTTP ${res.status}${problemText(text)}`;
			if (RETRY(res.status) && attempt < attempts) {
				const wait = retryAfterMs(res.headers.get('retry-after'), clock) ?? backoffMs * 2 ** (attempt - 1);
				log(`${what}: ${lastProblem}; retrying in ${Math.round(wait / 100) / 10} s (attempt ${attempt + 1} of ${attempts})`);
				await clock.sleep(wait);
				continue;
			}
			const tries = RETRY(res.status) ? ` after ${attempts} attempts` : '';
			throw new PxWebError(`${what} failed${tries}: ${lastProblem}. Query: ${describeQuery(query)}`, res.status, query);
		}
		throw new PxWebError(`${what} failed: ${lastProblem}. Query: ${describeQuery(query)}`, null, query);
	}
}

/** " — <title>: <detail>" from an RFC 7807 problem body, or the start of a non-JSON body. */
function problemText(text: string): string {
	try {
		const p = JSON.parse(text) as Record<string, unknown>;
		const parts = [p.title, p.detail].filter((x): x is string => typeof x === 'string' && x.length > 0);
		if (parts.length) return ` — ${parts.join(': ')}`;
	} catch {
		/* not JSON: fall through */
	}
	const t = text.trim().replace(/\s+/g, ' ');
	return t ? ` — ${t.slice(0, 200)}` : '';
}

/** Retry-After as seconds or an HTTP date (RFC 9110), capped at two minutes. */
function retryAfterMs(header: string | null, clock: Clock): number | null {
	if (!header) return null;
	const s = Number(header);
	const ms = Number.isFinite(s) ? s * 1000 : Date.parse(header) - clock.now();
	return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, 120_000) : null;
}
