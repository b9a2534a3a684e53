// One SOL session over an injected fetch (tests pass a fake; no test reaches the network): keeps the JSESSIONID
// cookie, decodes bodies from ISO-8859-1, encodes form posts in it, and turns any HTTP failure into an error that
// names the step.
import iconv from 'iconv-lite';
import { BraProtocolError } from './vocabulary.ts';

export const BRA_BASE = 'https://statistik.bra.se';
export const CHARSET = 'iso-8859-1';
const USER_AGENT = 'Stadsdelskollen data:fetch (open-source dashboard; yearly refresh of reported crime per stadsdelsområde)';

export type BraFetch = (url: string, init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: Uint8Array }) => Promise<Response>;

export interface StepResponse {
	step: string;
	method: 'GET' | 'POST';
	url: string;
	/** The form fields sent, for the manifest. */
	form?: Record<string, string>;
	status: number;
	bytes: Uint8Array;
	text: string;
	retrievedAt: string;
}

/** application/x-www-form-urlencoded in ISO-8859-1 (each byte percent-encoded outside the unreserved set). */
export function encodeForm(fields: Record<string, string>): Uint8Array {
	const enc = (s: string) =>
		[...iconv.encode(s, CHARSET)].map((b) => (/[A-Za-z0-9*._-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
	return new TextEncoder().encode(Object.entries(fields).map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&'));
}

export class SolSession {
	private cookie: string | null = null;
	constructor(
		private fetch: BraFetch,
		readonly base = BRA_BASE,
		private now: () => Date = () => new Date()
	) {}

	hasSession(): boolean {
		return this.cookie !== null;
	}

	async request(step: string, method: 'GET' | 'POST', pathAndQuery: string, form?: Record<string, string>): Promise<StepResponse> {
		const url = `${this.base}${pathAndQuery}`;
		const headers: Record<string, string> = { 'User-Agent': USER_AGENT, Accept: 'text/html,text/plain,*/*' };
		if (this.cookie) headers.Cookie = this.cookie;
		if (form) headers['Content-Type'] = `application/x-www-form-urlencoded; charset=${CHARSET.toUpperCase()}`;
		let res: Response;
		try {
			res = await this.fetch(url, { method, headers, body: form ? encodeForm(form) : undefined });
		} catch (e) {
			throw new BraProtocolError(step, `${method} ${url}: network error: ${(e as Error).message}`);
		}
		const bytes = new Uint8Array(await res.arrayBuffer());
		const text = iconv.decode(Buffer.from(bytes), CHARSET);
		if (!res.ok) throw new BraProtocolError(step, `${method} ${url}: HTTP ${res.status} (body starts "${text.trim().slice(0, 80)}")`);
		for (const c of res.headers.getSetCookie?.() ?? []) {
			const m = /^\s*(JSESSIONID=[^;]+)/i.exec(c);
			if (m) this.cookie = m[1]!;
		}
		return { step, method, url, ...(form ? { form } : {}), status: res.status, bytes, text, retrievedAt: this.now().toISOString() };
	}
}
