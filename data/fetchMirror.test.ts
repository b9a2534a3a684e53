import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchMirror, type Fetcher } from './fetchMirror.ts';
import { sha256 } from './inputHash.ts';

// SYNTHETIC downloads served by a fake fetcher: no network is touched.
const good = new TextEncoder().encode('a,b\n1,2\n');
const fake: Fetcher = async (url) => ({
	ok: !url.includes('missing'),
	status: url.includes('missing') ? 404 : 200,
	bytes: async () => (url.includes('tampered') ? new TextEncoder().encode('a,b\n9,9\n') : good)
});

describe('fetchMirror', () => {
	it('writes a file whose hash matches, refuses one that does not, and reports a failed download', async () => {
		const dir = mkdtempSync(path.join(os.tmpdir(), 'mirror-'));
		const r = await fetchMirror(dir, fake, [
			{ file: 'stats/x/ok.csv', url: 'https://example.org/ok.csv', sha256: sha256(good) },
			{ file: 'stats/x/tampered.csv', url: 'https://example.org/tampered.csv', sha256: sha256(good) },
			{ file: 'stats/x/gone.csv', url: 'https://example.org/missing.csv', sha256: sha256(good) }
		]);
		expect(r.fetched).toEqual(['stats/x/ok.csv']);
		expect(readFileSync(path.join(dir, 'stats/x/ok.csv'), 'utf8')).toBe('a,b\n1,2\n');
		expect(existsSync(path.join(dir, 'stats/x/tampered.csv'))).toBe(false);
		expect(r.failed.map((f) => f.file)).toEqual(['stats/x/tampered.csv', 'stats/x/gone.csv']);
		expect(r.failed[0]!.reason).toMatch(/sha256/);
		const again = await fetchMirror(dir, fake, [{ file: 'stats/x/ok.csv', url: 'https://example.org/ok.csv', sha256: sha256(good) }]);
		expect(again.present).toEqual(['stats/x/ok.csv']);
	});
});
