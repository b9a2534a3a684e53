// A temporary site for a bench page that boots the app's own DuckDB-WASM: links to the wasm and worker files the
// build emitted (with their precompressed twins, so nginx sends the same bytes as to the app) and the page's module
// bundled with esbuild, the asset URLs defined at bundle time. Used by the floor and the national scaling run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

export const ASSETS = '_app/immutable/assets';
/** The engine's workers (DuckDB's worker scripts behind the app's guard, src/lib/data/engineWorker.*.ts). */
export const WORKERS = '_app/immutable/workers';

export interface DuckdbSite {
	dir: string;
	assets: Record<'mvpWasm' | 'mvpWorker' | 'ehWasm' | 'ehWorker', string>;
	/** Paths relative to the build. Links a file of the build (path relative to it) into the site, with its .br/.gz twins. */
	link(rel: string): void;
	/** Bundles a page module into the site as `out`. */
	bundle(entry: string, out: string): Promise<void>;
	cleanup(): void;
}

function find(buildDir: string, folder: string, re: RegExp, what: string): string {
	const f = fs.readdirSync(path.join(buildDir, folder)).find((x) => re.test(x));
	if (!f) throw new Error(`bench: no ${what} in build/${folder}`);
	return `${folder}/${f}`;
}

export function duckdbSite(buildDir: string, name: string): DuckdbSite {
	const assets = {
		mvpWasm: find(buildDir, ASSETS, /^duckdb-mvp\..*\.wasm$/, 'duckdb-mvp wasm'),
		mvpWorker: find(buildDir, WORKERS, /^engineWorker\.mvp-.*\.js$/, 'mvp worker'),
		ehWasm: find(buildDir, ASSETS, /^duckdb-eh\..*\.wasm$/, 'duckdb-eh wasm'),
		ehWorker: find(buildDir, WORKERS, /^engineWorker\.eh-.*\.js$/, 'eh worker')
	};
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), `stadsdelskollen-${name}-`));
	const link = (rel: string) => {
		fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
		for (const suffix of ['', '.br', '.gz'])
			if (fs.existsSync(path.resolve(buildDir, rel + suffix))) fs.symlinkSync(path.resolve(buildDir, rel + suffix), path.join(dir, rel + suffix));
	};
	for (const f of Object.values(assets)) link(f);
	const url = (f: string) => JSON.stringify(`/${f}`);
	return {
		dir,
		assets,
		link,
		bundle: async (entry, out) => {
			await build({
				entryPoints: [entry],
				outfile: path.join(dir, out),
				bundle: true,
				format: 'esm',
				platform: 'browser',
				target: 'es2022',
				minify: true,
				logLevel: 'error',
				define: { __MVP_WASM__: url(assets.mvpWasm), __MVP_WORKER__: url(assets.mvpWorker), __EH_WASM__: url(assets.ehWasm), __EH_WORKER__: url(assets.ehWorker) }
			});
		},
		cleanup: () => fs.rmSync(dir, { recursive: true, force: true })
	};
}
