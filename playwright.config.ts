// Browser tests: Debian's Chromium, headless, against the built site served on 127.0.0.1 only, through Debian's nginx
// with the production configuration (deploy/nginx.conf, started by scripts/serve-nginx.ts). Two projects: the
// user stories (tests/e2e) and the deployment itself (tests/deploy: addresses, status, types, headers, framing).
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4321);

export default defineConfig({
	testMatch: '*.spec.ts',
	projects: [
		{ name: 'app', testDir: 'tests/e2e' },
		{ name: 'deploy', testDir: 'tests/deploy' }
	],
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	// Assertions wait up to 15 s: on a loaded 2-core machine DuckDB-WASM's cold start alone can take several seconds.
	expect: { timeout: 15_000 },
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		browserName: 'chromium',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: 'npx tsx scripts/serve-nginx.ts',
		url: `http://127.0.0.1:${PORT}/`,
		env: { PORT: String(PORT) },
		reuseExistingServer: false,
		timeout: 30_000,
		gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 }
	}
});
