// Vite configuration for the app and for Vitest (unit tests live beside the code they test).
import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// Swedish at /, English under /en/: the language lives in the URL so links keep it.
			strategy: ['url', 'baseLocale']
		}),
		sveltekit()
	],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.test.ts', 'data/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
