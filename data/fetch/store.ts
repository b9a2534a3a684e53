// The folder `npm run data:fetch` writes and the build reads: one JSON file per response exactly as SCB sent it,
// plus manifest.json recording for each table the URL, the selection, the retrieval time, the sha256 of each
// response and the years found. Written to a temporary folder and swapped in whole, so a failed run never leaves a
// half-written folder behind; read back with every hash checked.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sha256 } from '../inputHash.ts';
import { REPO_ROOT } from '../paths.ts';
import type { ApiLimits, QueryRecord } from './client.ts';
import type { PlannedSelection } from './selection.ts';

export const MANIFEST = 'manifest.json';
export const FORMAT = 'stadsdelskollen/scb-pxweb/1';

/** $STADSDELSKOLLEN_FETCHED, or data/fetched/scb_pxweb in the repository (git-ignored: data, not code). */
export function fetchedDir(): string {
	return path.resolve(process.env.STADSDELSKOLLEN_FETCHED ?? path.join(REPO_ROOT, 'data', 'fetched', 'scb_pxweb'));
}

/** Another source's folder beside SCB's (data/fetched/bra_sol, data/fetched/polisen_events). */
export function fetchedSibling(name: 'bra_sol' | 'polisen_events', scbDir = fetchedDir()): string {
	return path.join(path.dirname(scbDir), name);
}

export interface SavedResponse {
	/** File name inside the folder. */
	file: string;
	sha256: string;
	bytes: number;
	retrievedAt: string;
	query: QueryRecord;
}

export interface ManifestTable extends PlannedSelection {
	table: string;
	about: string;
	/** The table's own title and last update, from its metadata. */
	label: string | null;
	updated: string | null;
	metadata: SavedResponse;
	/** One entry per data request (a large selection is split by Region), with the codes it asked for. */
	data: (SavedResponse & { cells: number; selection: Record<string, string[]> })[];
	/** Years with at least one published, non-zero DeSO 2025 figure (the others are skipped by the build). */
	yearsWithFigures: string[];
}

/** A table left out of the run, with the reason (the build keeps the transcribed figures for its indicators). */
export interface SkippedTable {
	table: string;
	about: string;
	reason: string;
}

export interface Manifest {
	format: typeof FORMAT;
	api: string;
	lang: string;
	kommun: string;
	startedAt: string;
	finishedAt: string;
	/** GET /config at the time of the run, or null if it could not be read. */
	limits: ApiLimits | null;
	tables: ManifestTable[];
	/** Absent in folders written before tables could be skipped. */
	skipped?: SkippedTable[];
}

export class FetchedFolderError extends Error {}

/** Writes `files` and the manifest into `dir`, replacing what was there only once everything is written. */
export function writeFetched(dir: string, files: ReadonlyMap<string, string | Uint8Array>, manifest: object): void {
	const parent = path.dirname(dir);
	mkdirSync(parent, { recursive: true });
	const stamp = `${process.pid}-${Date.now()}`;
	const tmp = path.join(parent, `.${path.basename(dir)}.partial-${stamp}`);
	const old = path.join(parent, `.${path.basename(dir)}.previous-${stamp}`);
	mkdirSync(tmp);
	try {
		for (const [name, text] of files) writeFileSync(path.join(tmp, name), text);
		writeFileSync(path.join(tmp, MANIFEST), JSON.stringify(manifest, null, '\t') + '\n');
		if (existsSync(dir)) renameSync(dir, old);
		renameSync(tmp, dir);
		rmSync(old, { recursive: true, force: true });
	} catch (e) {
		rmSync(tmp, { recursive: true, force: true });
		if (!existsSync(dir) && existsSync(old)) renameSync(old, dir);
		throw e;
	}
}

/** A fetched file's bytes after checking them against the sha256 its manifest recorded. */
export function readVerified(dir: string, file: string, want: string): Buffer {
	const full = path.join(dir, file);
	if (!existsSync(full)) throw new FetchedFolderError(`${full} is listed in the manifest but missing; run npm run data:fetch again`);
	const bytes = readFileSync(full);
	const got = sha256(bytes);
	if (got !== want) throw new FetchedFolderError(`${full}: sha256 ${got} differs from the manifest's ${want}; the file was changed after fetching`);
	return bytes;
}

export interface FetchedFolder {
	dir: string;
	manifest: Manifest;
	/** A response file's text, after checking its sha256 against the manifest. */
	read(file: string): string;
}

/** Reads the manifest; null when the folder or its manifest does not exist. */
export function openFetched(dir: string): FetchedFolder | null {
	const manifestPath = path.join(dir, MANIFEST);
	if (!existsSync(manifestPath)) return null;
	let manifest: Manifest;
	try {
		manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
	} catch (e) {
		throw new FetchedFolderError(`${manifestPath}: not valid JSON (${(e as Error).message})`);
	}
	if (manifest.format !== FORMAT) throw new FetchedFolderError(`${manifestPath}: format is ${JSON.stringify(manifest.format)}, expected "${FORMAT}"`);
	if (!Array.isArray(manifest.tables)) throw new FetchedFolderError(`${manifestPath}: no "tables" list`);
	const expected = new Map<string, string>();
	for (const t of manifest.tables) for (const r of [t.metadata, ...t.data]) expected.set(r.file, r.sha256);
	return {
		dir,
		manifest,
		read(file) {
			const want = expected.get(file);
			if (!want) throw new FetchedFolderError(`${file} is not listed in ${manifestPath}`);
			return readVerified(dir, file, want).toString('utf8');
		}
	};
}
