// Writes <file>.br and <file>.gz beside every compressible file of the build, for nginx's brotli_static and
// gzip_static (deploy/nginx.conf): pages, scripts, styles, data and the WebAssembly are sent compressed without
// compressing on each request. Brotli's effort is spent where it pays: the app's scripts and styles at the
// highest quality, the large WebAssembly and data files and the ~6 400 pages at qualities that keep the build fast.
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.xml', '.txt', '.csv', '.arrow', '.wasm']);
/** Smaller files gain nothing worth a second request path. */
const MIN_BYTES = 512;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Brotli quality for a file of the build (path relative to the build, with forward slashes). */
export function brotliQuality(rel: string): number {
	const ext = path.extname(rel);
	if (ext === '.wasm' || ext === '.arrow') return 9;
	if (rel.startsWith('_app/')) return 11;
	if (ext === '.html') return 6;
	return 9;
}

async function* walk(dir: string): AsyncGenerator<string> {
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(full);
		else if (entry.isFile()) yield full;
	}
}

async function compressFile(root: string, file: string): Promise<number> {
	const data = await readFile(file);
	const rel = path.relative(root, file).split(path.sep).join('/');
	const text = path.extname(file) !== '.wasm' && path.extname(file) !== '.arrow';
	const [br, gz] = await Promise.all([
		brotli(data, {
			params: {
				[zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality(rel),
				[zlib.constants.BROTLI_PARAM_MODE]: text ? zlib.constants.BROTLI_MODE_TEXT : zlib.constants.BROTLI_MODE_GENERIC,
				[zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length
			}
		}),
		gzip(data, { level: 9 })
	]);
	// nginx serves a compressed twin only if it exists; one that is not smaller is not written.
	let written = 0;
	for (const [suffix, body] of [['br', br], ['gz', gz]] as const) {
		if (body.length >= data.length) continue;
		await writeFile(`${file}.${suffix}`, body);
		written += 1;
	}
	return written;
}

export async function precompress(root: string, concurrency = 4): Promise<{ files: number; written: number }> {
	const queue: string[] = [];
	for await (const file of walk(root))
		if (COMPRESSIBLE.has(path.extname(file)) && (await stat(file)).size >= MIN_BYTES) queue.push(file);
	let written = 0;
	let next = 0;
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			while (next < queue.length) {
				const n = await compressFile(root, queue[next++]!);
				written += n;
			}
		})
	);
	return { files: queue.length, written };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const root = path.resolve(process.argv[2] ?? process.env.BUILD_DIR ?? 'build');
	const started = Date.now();
	precompress(root).then(
		({ files, written }) => console.log(`[precompress] ${files} files → ${written} .br/.gz in ${((Date.now() - started) / 1000).toFixed(1)} s (${root})`),
		(e: unknown) => {
			console.error(`[precompress] ${e instanceof Error ? e.message : String(e)}`);
			process.exit(1);
		}
	);
}
