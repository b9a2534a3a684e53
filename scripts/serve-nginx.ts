// Serves the built site through Debian's nginx with the production configuration, deploy/nginx.conf, on 127.0.0.1.
// Only the lines that say where the server runs are replaced (user, pid, logs, listen, root, temp folders); each
// must be found exactly once, so a changed config fails here instead of being tested in a different shape.
// `npm run serve:nginx`: foreground, port from PORT, builds first only if the build is missing, stops on SIGTERM.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CONFIG = fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url));
const NGINX = process.env.NGINX ?? '/usr/sbin/nginx';

/** One replaced directive: the line in deploy/nginx.conf (matched whole, indentation aside) and what stands there. */
interface Rewrite {
	line: RegExp;
	with: (ctx: { port: number; root: string; dir: string }) => string;
}

const REWRITES: Rewrite[] = [
	// Runs as the invoking user; nginx only switches user when started as root, and then to this one.
	{ line: /^user www-data;$/, with: () => (process.getuid?.() === 0 ? 'user root;' : '') },
	{ line: /^pid \/run\/nginx\.pid;$/, with: ({ dir }) => `pid ${dir}/nginx.pid;` },
	{ line: /^error_log \/var\/log\/nginx\/error\.log;$/, with: () => 'error_log stderr warn;' },
	{
		line: /^access_log \/var\/log\/nginx\/access\.log;$/,
		with: ({ dir }) =>
			[
				`access_log ${dir}/access.log;`,
				...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`)
			].join('\n')
	},
	{ line: /^listen 80;$/, with: ({ port }) => `listen 127.0.0.1:${port};` },
	{ line: /^root \/var\/www\/stadsdelskollen;$/, with: ({ root }) => `root ${root};` }
];

/** deploy/nginx.conf with the local lines replaced; throws naming the line that was not found exactly once. */
export function localConfig(source: string, ctx: { port: number; root: string; dir: string }): string {
	const lines = source.split('\n');
	for (const r of REWRITES) {
		const at = lines.flatMap((l, i) => (r.line.test(l.trim()) ? [i] : []));
		if (at.length !== 1)
			throw new Error(`deploy/nginx.conf: expected exactly one line matching ${r.line} (found ${at.length}); update scripts/serve-nginx.ts with the config`);
		const indent = lines[at[0]!]!.match(/^\s*/)![0];
		lines[at[0]!] = r.with(ctx).split('\n').map((l) => (l ? indent + l : l)).join('\n');
	}
	return lines.join('\n');
}

export interface Served {
	url: string;
	close: () => Promise<void>;
	process: ChildProcess;
}

/** Rejects, naming the port, when something already listens there (its answers would be taken for nginx's). */
function portFree(port: number): Promise<void> {
	return new Promise((resolve, reject) => {
		const probe = createServer();
		probe.once('error', (e: NodeJS.ErrnoException) =>
			reject(new Error(e.code === 'EADDRINUSE' ? `port ${port} on 127.0.0.1 is already in use: stop what runs there or set PORT` : e.message))
		);
		probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
	});
}

/** Starts nginx in the foreground on 127.0.0.1:port serving root; resolves once it answers. */
export async function startNginx(root: string, port: number): Promise<Served> {
	if (!existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX}: apt-get install -y nginx libnginx-mod-http-brotli-static`);
	await portFree(port);
	const dir = mkdtempSync(path.join(tmpdir(), 'stadsdelskollen-nginx-'));
	const conf = path.join(dir, 'nginx.conf');
	writeFileSync(conf, localConfig(readFileSync(CONFIG, 'utf8'), { port, root: path.resolve(root), dir }));
	const test = spawnSync(NGINX, ['-t', '-q', '-e', 'stderr', '-p', dir, '-c', conf], { encoding: 'utf8' });
	if (test.status !== 0) {
		rmSync(dir, { recursive: true, force: true });
		throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
	}
	const child = spawn(NGINX, ['-e', 'stderr', '-p', dir, '-c', conf, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'] });
	const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
	const url = `http://127.0.0.1:${port}`;
	const close = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		await exited;
		rmSync(dir, { recursive: true, force: true });
	};
	// Up when it answers (nginx has no readiness signal in the foreground).
	for (let i = 0; ; i++) {
		if (child.exitCode !== null) {
			rmSync(dir, { recursive: true, force: true });
			throw new Error(`nginx exited with code ${child.exitCode} before answering on ${url}`);
		}
		try {
			await fetch(`${url}/`, { method: 'HEAD' });
			break;
		} catch {
			if (i > 200) {
				await close();
				throw new Error(`nginx did not answer on ${url}`);
			}
			await new Promise((r) => setTimeout(r, 50));
		}
	}
	return { url, close, process: child };
}

async function main() {
	const root = path.resolve(process.env.BUILD_DIR ?? 'build');
	const port = Number(process.env.PORT ?? 4173);
	if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}"`);
	if (!existsSync(path.join(root, 'index.html'))) {
		console.error(`[serve:nginx] ${root} has no build: running npm run build first`);
		const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
		if (built.status !== 0) process.exit(built.status ?? 1);
	}
	// The signal handlers are in place before nginx starts and long before "serving" is printed: whoever waits for that
	// line may send SIGTERM at once, and on a busy machine this process may not run again until after it arrives.
	let stopping = false;
	const stop = () => {
		if (stopping) return;
		stopping = true;
		// A stop while nginx is starting waits for it, so that no nginx is left running.
		starting.then((s) => s.close(), () => {}).then(() => process.exit(0));
	};
	process.on('SIGTERM', stop);
	process.on('SIGINT', stop);
	// npm dies on SIGTERM without passing it on: when whoever started this process is gone, stop as if told to.
	const parent = process.ppid;
	setInterval(() => process.ppid !== parent && stop(), 250).unref();
	const starting = startNginx(root, port);
	const served = await starting;
	if (stopping) return;
	served.process.on('exit', (code) => {
		if (!stopping) process.exit(code ?? 1);
	});
	console.log(`[serve:nginx] serving ${root} with deploy/nginx.conf at ${served.url}/`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	main().catch((e: unknown) => {
		console.error(`[serve:nginx] ${e instanceof Error ? e.message : String(e)}`);
		process.exit(1);
	});
}
