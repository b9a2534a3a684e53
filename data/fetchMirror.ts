// `npm run data:download`: fetches the raw files that have a stable public address into a mirror-shaped folder
// (default data/.cache/raw), verifying each sha256. Online use only — never run by the build's tests or CI.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOWNLOADS, type Download } from './downloads.ts';
import { sha256 } from './inputHash.ts';
import { REPO_ROOT } from './paths.ts';

export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; bytes: () => Promise<Uint8Array> }>;

export interface FetchReport {
	fetched: string[];
	present: string[];
	failed: { file: string; reason: string }[];
}

/** Downloads every entry missing (or wrong) under `target`; a file whose hash differs is never written. */
export async function fetchMirror(target: string, fetcher: Fetcher, downloads: Download[] = DOWNLOADS): Promise<FetchReport> {
	const report: FetchReport = { fetched: [], present: [], failed: [] };
	for (const d of downloads) {
		const dest = path.join(target, d.file);
		if (existsSync(dest) && sha256(readFileSync(dest)) === d.sha256) {
			report.present.push(d.file);
			continue;
		}
		try {
			const res = await fetcher(d.url);
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			const bytes = await res.bytes();
			const got = sha256(bytes);
			if (got !== d.sha256) throw new Error(`sha256 ${got} differs from the recorded ${d.sha256}`);
			mkdirSync(path.dirname(dest), { recursive: true });
			writeFileSync(dest, bytes);
			report.fetched.push(d.file);
		} catch (e) {
			report.failed.push({ file: d.file, reason: (e as Error).message });
		}
	}
	return report;
}

if (process.argv[1]?.endsWith('fetchMirror.ts')) {
	const target = path.resolve(process.argv[2] ?? path.join(REPO_ROOT, 'data', '.cache', 'raw'));
	const fetcher: Fetcher = async (url) => {
		const r = await fetch(url);
		return { ok: r.ok, status: r.status, bytes: async () => new Uint8Array(await r.arrayBuffer()) };
	};
	fetchMirror(target, fetcher).then((r) => {
		console.error(`fetched ${r.fetched.length}, already present ${r.present.length}, failed ${r.failed.length} into ${target}`);
		for (const f of r.failed) console.error(`  ✗ ${f.file}: ${f.reason}`);
		console.error('Files made for the mirror (crosswalks, extracts, cleaned geometry) have no public address: the build still needs ../shared/data/raw for those.');
		process.exit(r.failed.length ? 1 : 0);
	});
}
