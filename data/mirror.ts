// Every read of the raw mirror goes through here: a missing file or invalid JSON fails naming the file, and each file
// read is checked against the sha256 recorded for it (data/downloads.ts for files with a public address,
// data/mirror.sha256 for the files made for the mirror), so a file changed or cut short since its figures were checked
// is reported in the build's warnings rather than shown as if nothing had happened. A file is read only from a folder
// whose SOURCES.md documents it (data/sourcesDoc.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOWNLOADS } from './downloads.ts';
import { sha256 } from './inputHash.ts';
import { REPO_ROOT } from './paths.ts';
import { requireSourcesDoc } from './sourcesDoc.ts';

/** sha256sum format ("<hash>  <path under the mirror root>"), so `sha256sum -c` can check a mirror by hand too. */
export const RECORD_FILE = path.join(REPO_ROOT, 'data', 'mirror.sha256');

/** File (relative to the mirror root) → sha256 of the bytes read, since the last resetMirrorReads(). */
const reads = new Map<string, string>();

export function resetMirrorReads(): void {
	reads.clear();
}

/** The mirror files read since the last resetMirrorReads(), relative to the mirror root, sorted. */
export function mirrorReads(): string[] {
	return [...reads.keys()].sort();
}

/** A mirror file as UTF-8 text without its BOM. `file` is relative to the mirror root (data/raw). */
export function readMirrorText(rawDir: string, file: string): string {
	const full = path.join(rawDir, file);
	if (!existsSync(full))
		throw new Error(
			`${file} is missing from the raw data mirror at ${rawDir}. Restore the mirror (../shared/data/raw, or the folder ` +
				'STADSDELSKOLLEN_RAW names); `npm run data:download` fetches the files that have a public address.'
		);
	requireSourcesDoc(rawDir, file);
	const bytes = readFileSync(full);
	reads.set(file, sha256(bytes));
	const text = decodeUtf8(bytes, file);
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The bytes as UTF-8, refused (naming the file and the line) when they are not: a file saved as Latin-1 or with bytes
 * overwritten would otherwise decode its å, ä, ö to U+FFFD and fail later, if at all, on names that match nothing.
 */
function decodeUtf8(bytes: Buffer, file: string): string {
	try {
		return utf8.decode(bytes);
	} catch {
		const lines = bytes.toString('utf8').split('\n');
		const at = lines.findIndex((l) => l.includes('\ufffd'));
		const shown = (lines[at] ?? '').trim();
		throw new Error(
			`${file} line ${at + 1}: not UTF-8 text (${JSON.stringify(shown.length > 80 ? shown.slice(0, 80) + '…' : shown)}, \ufffd where the bytes do not decode); ` +
				"the file is in another encoding (such as Latin-1 or Windows-1252) or corrupt. Restore the mirror's UTF-8 copy"
		);
	}
}

/** A mirror file parsed as JSON; a file that is not valid JSON fails naming it. */
export function readMirrorJson<T>(rawDir: string, file: string): T {
	const text = readMirrorText(rawDir, file);
	try {
		return JSON.parse(text) as T;
	} catch (e) {
		throw new Error(`${file} is not valid JSON (${(e as Error).message}); the file is truncated or corrupt`);
	}
}

/** Parses sha256sum lines; blank lines and #-comments are skipped. */
export function parseRecord(text: string): Map<string, string> {
	const out = new Map<string, string>();
	for (const line of text.split('\n')) {
		const m = /^([0-9a-f]{64}) [ *](.+)$/.exec(line.trim());
		if (m) out.set(m[2]!, m[1]!);
	}
	return out;
}

/** The recorded sha256 of every mirror file the build reads. */
export function recordedHashes(recordFile = RECORD_FILE): Map<string, string> {
	const recorded = existsSync(recordFile) ? parseRecord(readFileSync(recordFile, 'utf8')) : new Map<string, string>();
	for (const d of DOWNLOADS) recorded.set(d.file, d.sha256);
	return recorded;
}

/** A file read since the last reset whose bytes are not the recorded ones: `recorded` undefined where it has no record. */
export interface UnverifiedRead {
	file: string;
	got: string;
	recorded: string | undefined;
}

/** The files read since the last reset whose bytes are not the recorded ones (or that have no record), by path. */
export function unverifiedReads(recorded: Map<string, string>): UnverifiedRead[] {
	return [...reads]
		.sort(([a], [b]) => a.localeCompare(b))
		.filter(([file, got]) => recorded.get(file) !== got)
		.map(([file, got]) => ({ file, got, recorded: recorded.get(file) }));
}

/** One warning per file read since the last reset whose bytes are not the recorded ones (or that has no record). */
export function integrityWarnings(recorded: Map<string, string>): string[] {
	return unverifiedReads(recorded).map(({ file, got, recorded: want }) =>
		want === undefined
			? `${file}: no recorded sha256; its figures have not been checked against a known version of the file`
			: `${file}: differs from the version whose figures were checked (sha256 ${got.slice(0, 12)}…, recorded ${want.slice(0, 12)}…); ` +
				'figures built from it may be incomplete or wrong (the file may be truncated or corrupt) or from a newer, unchecked version'
	);
}

/** Writes data/mirror.sha256 from the files read since the last reset, leaving out those data/downloads.ts records. */
export function recordMirrorReads(recordFile = RECORD_FILE): number {
	const downloads = new Set(DOWNLOADS.map((d) => d.file));
	const lines = [...reads]
		.filter(([file]) => !downloads.has(file))
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([file, hash]) => `${hash}  ${file}`);
	writeFileSync(recordFile, lines.join('\n') + '\n');
	return lines.length;
}
