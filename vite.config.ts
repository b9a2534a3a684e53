// Vite configuration for the app and for Vitest (unit tests live beside the code they test).
import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	// Messages are compiled by `npm run i18n` (Paraglide; Swedish at /, English under /en/) before dev, build and tests.
	plugins: [sveltekit()],
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.test.ts', 'data/**/*.test.ts'],
		environment: 'node',
		testTimeout: 60_000
	}
});
