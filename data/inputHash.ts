// A hash over everything a build reads (raw mirror files and the pipeline's own code), so an unchanged rebuild is skipped.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

function listFiles(dir: string, filter: (f: string) => boolean): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir).sort()) {
		const full = path.join(dir, entry);
		if (statSync(full).isDirectory()) out.push(...listFiles(full, filter));
		else if (filter(full)) out.push(full);
	}
	return out;
}

/** sha256 over the relative paths and contents of every file below each root (in sorted order). */
export function hashInputs(roots: { dir: string; filter?: (f: string) => boolean }[]): string {
	const h = createHash('sha256');
	for (const { dir, filter = () => true } of roots) {
		for (const f of listFiles(dir, filter)) {
			h.update(path.relative(dir, f) + '\0');
			h.update(readFileSync(f));
		}
	}
	return h.digest('hex');
}

export function sha256(bytes: Uint8Array | string): string {
	return createHash('sha256').update(bytes).digest('hex');
}
