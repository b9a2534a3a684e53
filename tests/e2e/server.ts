// A static file server for the built site on 127.0.0.1, with the MIME types the app needs (wasm!) and the
// headers a deployment should send. Used by browser tests and the benchmark; never reaches another host.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const MIME: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.wasm': 'application/wasm',
	'.arrow': 'application/vnd.apache.arrow.stream',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
	'.map': 'application/json'
};

export function startServer(root: string, port = 0): Promise<{ url: string; close: () => Promise<void> }> {
	const base = path.resolve(root);
	const server = http.createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		let rel: string;
		try {
			rel = decodeURIComponent(url.pathname);
		} catch {
			res.writeHead(400).end('bad request');
			return;
		}
		let file = path.join(base, rel);
		if (!file.startsWith(base)) {
			res.writeHead(403).end('forbidden');
			return;
		}
		const isFile = (f: string) => fs.existsSync(f) && fs.statSync(f).isFile();
		// Prerendered pages are written as <route>.html (trailingSlash 'never'); the root is index.html.
		if (!isFile(file)) file = isFile(file + '.html') ? file + '.html' : path.join(file, 'index.html');
		const found = fs.existsSync(file) && fs.statSync(file).isFile();
		if (!found) file = path.join(base, '404.html');
		const type = MIME[path.extname(file)] ?? 'application/octet-stream';
		const headers: Record<string, string> = { 'content-type': type, 'x-content-type-options': 'nosniff' };
		if (!rel.startsWith('/embed')) headers['x-frame-options'] = 'SAMEORIGIN';
		if (!fs.existsSync(file)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
			return;
		}
		res.writeHead(found ? 200 : 404, headers);
		fs.createReadStream(file).pipe(res);
	});
	return new Promise((resolve) => {
		server.listen(port, '127.0.0.1', () => {
			const addr = server.address();
			const p = typeof addr === 'object' && addr ? addr.port : port;
			resolve({
				url: `http://127.0.0.1:${p}`,
				close: () => new Promise((r) => server.close(() => r()))
			});
		});
	});
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const port = Number(process.env.PORT ?? 4321);
	startServer(process.argv[2] ?? 'build', port).then(({ url }) => console.log(`Serving build/ at ${url}`));
}
