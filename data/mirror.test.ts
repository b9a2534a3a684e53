import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOWNLOADS } from './downloads.ts';
import { sha256 } from './inputHash.ts';
import { integrityWarnings, parseRecord, readMirrorJson, readMirrorText, recordMirrorReads, resetMirrorReads } from './mirror.ts';

let dir: string;
const put = (file: string, text: string) => {
	mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
	writeFileSync(path.join(dir, file), text);
};

beforeEach(() => {
	dir = mkdtempSync(path.join(os.tmpdir(), 'stadsdelskollen-mirror-'));
	for (const folder of ['stats', 'geo', 'trygghet']) put(`${folder}/SOURCES.md`, '# Synthetic mirror for tests\n');
	resetMirrorReads();
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reading the mirror', () => {
	it('strips the BOM', () => {
		put('stats/a.csv', '\uFEFFa,b\n');
		expect(readMirrorText(dir, 'stats/a.csv')).toBe('a,b\n');
	});
	it('names a missing file and how to restore the mirror', () => {
		expect(() => readMirrorText(dir, 'stats/gone.csv')).toThrow(/^stats\/gone\.csv is missing from the raw data mirror at .*STADSDELSKOLLEN_RAW.*npm run data:download/);
	});
	it('refuses a file whose folder has no SOURCES.md, naming the folder', () => {
		put('stats/a.csv', 'a,b\n1,2\n');
		rmSync(path.join(dir, 'stats', 'SOURCES.md'));
		expect(() => readMirrorText(dir, 'stats/a.csv')).toThrow(/^stats\/SOURCES\.md is missing from the raw data mirror at .*: every mirror folder must document .*\(it would read stats\/a\.csv\)$/);
	});
	it('refuses a file saved as Latin-1, naming the file and the line, instead of reading å as U+FFFD', () => {
		mkdirSync(path.join(dir, 'geo'), { recursive: true });
		writeFileSync(path.join(dir, 'geo/synthetic.csv'), Buffer.from('kod,namn\n01,Spånga\n', 'latin1'));
		expect(() => readMirrorText(dir, 'geo/synthetic.csv')).toThrow(
			/^geo\/synthetic\.csv line 2: not UTF-8 text \("01,Sp\ufffdnga", .*\); the file is in another encoding \(such as Latin-1/
		);
		put('geo/synthetic.csv', 'kod,namn\n01,Spånga\n');
		expect(readMirrorText(dir, 'geo/synthetic.csv')).toBe('kod,namn\n01,Spånga\n');
	});
	it('names a file that is not valid JSON', () => {
		put('geo/cut.geojson', '{"type":"FeatureCollection","features":[{"type"');
		expect(() => readMirrorJson(dir, 'geo/cut.geojson')).toThrow(/^geo\/cut\.geojson is not valid JSON \(.*\); the file is truncated or corrupt$/);
	});
});

describe('integrity of the files read', () => {
	it('warns about a file changed since it was recorded and one never recorded, not about one as recorded', () => {
		put('stats/same.csv', 'a\n1\n');
		put('stats/changed.csv', 'a\n1\n');
		put('stats/new.csv', 'a\n1\n');
		const recorded = new Map([
			['stats/same.csv', sha256('a\n1\n')],
			['stats/changed.csv', sha256('a\n2\n')]
		]);
		for (const f of ['stats/same.csv', 'stats/changed.csv', 'stats/new.csv']) readMirrorText(dir, f);
		const w = integrityWarnings(recorded);
		expect(w).toHaveLength(2);
		expect(w[0]).toMatch(/^stats\/changed\.csv: differs from the version whose figures were checked \(sha256 [0-9a-f]{12}…, recorded [0-9a-f]{12}…\); figures built from it may be incomplete/);
		expect(w[1]).toBe('stats/new.csv: no recorded sha256; its figures have not been checked against a known version of the file');
	});
	it('records the files read in sha256sum format, leaving out those downloads.ts records', () => {
		const download = DOWNLOADS[0]!.file;
		put('stats/made.csv', 'a\n1\n');
		put(download, 'x');
		readMirrorText(dir, 'stats/made.csv');
		readMirrorText(dir, download);
		const recordFile = path.join(dir, 'mirror.sha256');
		expect(recordMirrorReads(recordFile)).toBe(1);
		const text = readFileSync(recordFile, 'utf8');
		expect(text).toBe(`${sha256('a\n1\n')}  stats/made.csv\n`);
		expect(parseRecord(text)).toEqual(new Map([['stats/made.csv', sha256('a\n1\n')]]));
	});
	it('has no file recorded both in data/mirror.sha256 and in downloads.ts', () => {
		const recorded = parseRecord(readFileSync(path.join(import.meta.dirname, 'mirror.sha256'), 'utf8'));
		expect(recorded.size).toBeGreaterThan(0);
		expect(DOWNLOADS.filter((d) => recorded.has(d.file)).map((d) => d.file)).toEqual([]);
	});
});
