// serve:nginx runs deploy/nginx.conf itself, changed only where it says where the server runs; in the foreground it
// serves a build on PORT and stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG, localConfig } from './serve-nginx';

const source = readFileSync(CONFIG, 'utf8');
const ctx = { port: 4999, root: '/srv/site', dir: '/tmp/x' };

describe('localConfig', () => {
	it('replaces only where the server runs and keeps every other line of the production config', () => {
		const local = localConfig(source, ctx);
		expect(local).toContain('listen 127.0.0.1:4999;');
		expect(local).toContain('root /srv/site;');
		expect(local).toContain('pid /tmp/x/nginx.pid;');
		expect(local).not.toMatch(/listen 80;|\/var\/log\/nginx|\/var\/www/);
		const kept = (text: string) => text.split('\n').filter((l) => !/^\s*(user|pid|error_log|access_log|listen|root)\s/.test(l) && !/_temp_path /.test(l));
		expect(kept(local)).toEqual(kept(source));
	});

	it('refuses a config whose shape it does not know, naming the line', () => {
		expect(() => localConfig(source.replace('\t\tlisten 80;\n', ''), ctx)).toThrow(/listen 80.*found 0/);
		expect(() => localConfig(`${source}\nroot /var/www/stadsdelskollen;`, ctx)).toThrow(/root.*found 2/);
	});
});

/** A server on a port the system chose as free (another server on this machine may hold any fixed one). */
function listening(): Promise<{ server: Server; port: number }> {
	return new Promise((resolve) => {
		const server = createServer((socket) => socket.end('HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\nother'));
		server.listen(0, '127.0.0.1', () => resolve({ server, port: (server.address() as { port: number }).port }));
	});
}

async function freePort(): Promise<number> {
	const { server, port } = await listening();
	await new Promise((r) => server.close(r));
	return port;
}

/** Resolves once nothing answers on the port any more. */
async function closed(port: number): Promise<void> {
	for (;;) {
		try {
			await fetch(`http://127.0.0.1:${port}/`);
		} catch {
			return;
		}
		await new Promise((r) => setTimeout(r, 100));
	}
}

describe('npm run serve:nginx', () => {
	it.each([
		['the script', [process.execPath, '--import', 'tsx', 'scripts/serve-nginx.ts']],
		['npm run serve:nginx (npm does not pass SIGTERM on)', ['npm', 'run', '--silent', 'serve:nginx']]
	])('%s serves the build on PORT in the foreground and stops cleanly on SIGTERM', async (what, [cmd, ...args]) => {
		const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-build-'));
		writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>synthetic</title><h1>synthetic build</h1>');
		const port = await freePort();
		const child = spawn(cmd!, args, { env: { ...process.env, PORT: String(port), BUILD_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (out += d));
		const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
		try {
			// Ready when it says so (it prints once nginx answers).
			await new Promise<void>((resolve, reject) => {
				child.stdout.on('data', () => out.includes('serving') && resolve());
				child.on('exit', () => reject(new Error(`serve:nginx exited early:\n${out}`)));
			});
			const res = await fetch(`http://127.0.0.1:${port}/`);
			expect(res.status).toBe(200);
			expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
			expect(await res.text()).toContain('synthetic build');
			child.kill('SIGTERM');
			const code = await exited;
			if (what === 'the script') expect(code).toBe(0);
			await closed(port);
		} finally {
			child.kill('SIGKILL');
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it('refuses a port something else already answers on, instead of taking its answers for its own', async () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-build-'));
		writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>synthetic</title>');
		const { server, port } = await listening();
		try {
			const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve-nginx.ts'], {
				env: { ...process.env, PORT: String(port), BUILD_DIR: dir },
				stdio: ['ignore', 'pipe', 'pipe']
			});
			let out = '';
			child.stdout.on('data', (d) => (out += d));
			child.stderr.on('data', (d) => (out += d));
			const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
			expect(code).toBe(1);
			expect(out).toContain(`port ${port} on 127.0.0.1 is already in use`);
			expect(out).not.toContain('serving');
		} finally {
			await new Promise((r) => server.close(r));
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
