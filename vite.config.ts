// Vite configuration for the app and for Vitest (unit tests live beside the code they test).
import { resolve } from 'node:path';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { ISLANDS } from './src/lib/islands.ts';

/**
 * Script islands for pages that otherwise ship no JavaScript (the ~6 400 area pages): each entry is bundled in the
 * client build under a fixed name, _app/islands/<name>.js, so a prerendered page can load it with one script tag.
 */
function islands(): Plugin {
	return {
		name: 'stadsdelskollen:islands',
		apply: 'build',
		buildStart() {
			if (this.environment.name !== 'client') return;
			for (const [name, entry] of Object.entries(ISLANDS))
				this.emitFile({ type: 'chunk', id: resolve(entry), fileName: `_app/islands/${name}.js` });
		}
	};
}

/**
 * DuckDB's worker scripts are imported for what they do, not for exports (src/lib/data/engineWorker.*.ts), but its
 * package says it has no side effects, which would drop them from the worker bundle.
 */
function duckdbWorkerRuns(): Plugin {
	return {
		name: 'stadsdelskollen:duckdb-worker-runs',
		enforce: 'pre',
		async resolveId(source, importer, options) {
			if (!/duckdb-browser-(eh|mvp)\.worker\.js$/.test(source)) return null;
			const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
			return resolved && { ...resolved, moduleSideEffects: true };
		}
	};
}

export default defineConfig({
	// Messages are compiled by `npm run i18n` (Paraglide; Swedish at /, English under /en/) before dev, build and tests.
	plugins: [sveltekit(), islands()],
	worker: { plugins: () => [duckdbWorkerRuns()] },
	// Side-by-side builds (BUILD_DIR / SVELTEKIT_OUT) hold ~6 400 pages each: not for the dev server to watch.
	server: { host: '127.0.0.1', watch: { ignored: ['**/build-*/**', '**/.svelte-kit-*/**'] } },
	preview: { host: '127.0.0.1' },
	test: {
		include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
		environment: 'node',
		// Some suites build geometry or the dataset from the whole mirror once in beforeAll: a hook gets the same
		// budget as a test (Vitest's default for hooks is 10 s, which that work exceeds on a loaded 2-core machine).
		testTimeout: 60_000,
		hookTimeout: 60_000
	}
});
