// Where the pipeline reads the raw mirror and writes its outputs; the mirror path is overridable by STADSDELSKOLLEN_RAW.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The raw open-data mirror: $STADSDELSKOLLEN_RAW, or ../shared/data/raw beside the repository. */
export function rawDir(): string {
	return path.resolve(process.env.STADSDELSKOLLEN_RAW ?? path.join(REPO_ROOT, '..', 'shared', 'data', 'raw'));
}

/** Built outputs, served by the app as /data/…; git-ignored. */
export function outDir(): string {
	return path.resolve(process.env.STADSDELSKOLLEN_OUT ?? path.join(REPO_ROOT, 'static', 'data'));
}
