import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeScb, fixtureText } from '../../tests/fixtures/synthetic-pxweb-fake.ts';
import { PxWebClient, PxWebError, RateLimiter, realClock, type FetchLike } from './client.ts';

const SEL = { Region: ['0180C1010_DeSO2025', '0180C1020_DeSO2025', '0180R001_RegSO2025', '0180C1030_DeSO2025'], ContentsCode: ['000008AC'], Tid: ['2024'] };
const json = (body: string, status: number, headers: Record<string, string> = {}) =>
	new Response(body, { status, headers: { 'Content-Type': 'application/json', ...headers } });

/** A fake fetch answering from a script, recording the (fake) time of each call. */
function scripted(answers: (() => Response | Promise<Response>)[]) {
	const times: number[] = [];
	const fetch: FetchLike = async () => {
		times.push(Date.now());
		const next = answers.shift();
		if (!next) throw new Error('fake fetch: no more answers');
		return next();
	};
	return { fetch, times };
}

beforeEach(() => {
	vi.useFakeTimers();
	vi.setSystemTime(0);
});
afterEach(() => vi.useRealTimers());

describe('PxWebClient requests', () => {
	it('POSTs the selection as a VariablesSelection body to /tables/{id}/data with json-stat2', async () => {
		const { fetch, calls } = fakeScb(['TAB6685']);
		const client = new PxWebClient({ fetch });
		const r = await client.data('TAB6685', SEL);
		expect(calls[0]).toEqual({
			method: 'POST',
			url: 'https://statistikdatabasen.scb.se/api/v2/tables/TAB6685/data?lang=sv&outputFormat=json-stat2',
			body: { selection: Object.entries(SEL).map(([variableCode, valueCodes]) => ({ variableCode, valueCodes })) }
		});
		expect(r.text).toBe(fixtureText('TAB6685-data'));
	});

	it('puts the selection in valueCodes[…] parameters for GET', () => {
		const client = new PxWebClient({ fetch: fakeScb([]).fetch });
		expect(client.dataUrl('TAB6685', { Alder: ['tot'], Kon: ['1+2'] })).toBe(
			'https://statistikdatabasen.scb.se/api/v2/tables/TAB6685/data?lang=sv&outputFormat=json-stat2&valueCodes[Alder]=tot&valueCodes[Kon]=1%2B2'
		);
	});

	it('turns an HTTP 400 problem response into an error naming the table, the problem and the query, without retrying', async () => {
		const { fetch, times } = scripted([() => json(fixtureText('error-400'), 400)]);
		const client = new PxWebClient({ fetch });
		const err = await client.data('TAB6685', SEL).catch((e: unknown) => e);
		expect(err).toBeInstanceOf(PxWebError);
		expect((err as PxWebError).status).toBe(400);
		expect((err as Error).message).toMatch(
			/^TAB6685 data failed: HTTP 400 — Bad Request: SYNTHETIC: Value 0180X9999_DeSO2025 is not a valid value code for variable Region\. Query: POST https:\/\/statistikdatabasen\.scb\.se\/api\/v2\/tables\/TAB6685\/data\?lang=sv&outputFormat=json-stat2 with selection Region=\[0180C1010_DeSO2025,0180C1020_DeSO2025,0180R001_RegSO2025,… 4 codes\] ContentsCode=\[000008AC\] Tid=\[2024\]$/
		);
		expect(times).toHaveLength(1);
	});

	it('fails on a 200 whose body is not JSON', async () => {
		const { fetch } = scripted([() => new Response('<html>maintenance</html>', { status: 200 })]);
		await expect(new PxWebClient({ fetch }).metadata('TAB6574')).rejects.toThrow(/TAB6574 metadata: HTTP 200 but the body is not JSON \(starts "<html>maintenance/);
	});
});

describe('PxWebClient retries', () => {
	it('retries 503 with exponential backoff and 429 after Retry-After, then succeeds', async () => {
		const { fetch, times } = scripted([
			() => json('{"title":"Service Unavailable","status":503}', 503),
			() => json('{"title":"Service Unavailable","status":503}', 503),
			() => json('{"title":"Too many requests","status":429}', 429, { 'Retry-After': '7' }),
			() => json(fixtureText('TAB6685-metadata'), 200)
		]);
		const log: string[] = [];
		const client = new PxWebClient({ fetch, backoffMs: 1000, attempts: 4, log: (s) => log.push(s) });
		const p = client.metadata('TAB6685');
		await vi.runAllTimersAsync();
		const r = await p;
		expect((r.json as { class: string }).class).toBe('dataset');
		// 1 s, then 2 s, then the 7 s the server asked for.
		expect(times).toEqual([0, 1000, 3000, 10000]);
		expect(log[2]).toMatch(/TAB6685 metadata: HTTP 429 — Too many requests; retrying in 7 s \(attempt 4 of 4\)/);
	});

	it('gives up after the last attempt and says how many were made', async () => {
		const { fetch, times } = scripted(Array.from({ length: 3 }, () => () => json('{"title":"Internal Server Error"}', 500)));
		const client = new PxWebClient({ fetch, attempts: 3, backoffMs: 500 });
		const p = client.data('TAB6574', SEL).catch((e: unknown) => e);
		await vi.runAllTimersAsync();
		expect(((await p) as Error).message).toMatch(/^TAB6574 data failed after 3 attempts: HTTP 500 — Internal Server Error\. Query: POST /);
		expect(times).toEqual([0, 500, 1500]);
	});

	it('retries a network error', async () => {
		const { fetch, times } = scripted([
			() => {
				throw new TypeError('fetch failed');
			},
			() => json(fixtureText('config'), 200)
		]);
		const client = new PxWebClient({ fetch, backoffMs: 250 });
		const p = client.limits();
		await vi.runAllTimersAsync();
		expect(await p).toEqual({ maxDataCells: 150000, maxCallsPerTimeWindow: 30, timeWindowSeconds: 10 });
		expect(times).toEqual([0, 250]);
	});
});

describe('rate limiting', () => {
	it('starts at most `max` calls in any window', async () => {
		const limiter = new RateLimiter(3, 10_000, realClock);
		const started: number[] = [];
		const all = Promise.all(Array.from({ length: 7 }, () => limiter.take().then(() => started.push(Date.now()))));
		await vi.runAllTimersAsync();
		await all;
		expect(started).toEqual([0, 0, 0, 10_001, 10_001, 10_001, 20_002]);
	});

	it('slows down to the limits the API states, never speeds up past its own default', async () => {
		const { fetch, times } = scripted(Array.from({ length: 4 }, () => () => json(fixtureText('config'), 200)));
		const client = new PxWebClient({ fetch, maxCalls: 10, windowMs: 10_000 });
		client.respectLimits({ maxDataCells: 1000, maxCallsPerTimeWindow: 3, timeWindowSeconds: 60 });
		const p = Promise.all([client.limits(), client.limits(), client.limits(), client.limits()]);
		await vi.runAllTimersAsync();
		await p;
		// Two thirds of 3 calls per 60 s = 2 per 60 s.
		expect(times).toEqual([0, 0, 60_001, 60_001]);
	});
});
