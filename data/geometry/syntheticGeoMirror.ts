// For tests: a synthetic raw mirror in a temporary folder, with geo/SOURCES.md and the folder of one geo file, made
// before and removed after each test of the calling file. `put` writes that file's text.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export function syntheticGeoMirror(file: string): { dir: () => string; put: (text: string) => void } {
	let dir = '';
	beforeEach(() => {
		dir = mkdtempSync(path.join(os.tmpdir(), 'stadsdelskollen-geo-'));
		mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
		writeFileSync(path.join(dir, 'geo', 'SOURCES.md'), '# Synthetic mirror for tests\n');
	});
	afterEach(() => rmSync(dir, { recursive: true, force: true }));
	return { dir: () => dir, put: (text) => writeFileSync(path.join(dir, file), text) };
}
