// The one place that turns a query-layer failure into a sentence: for the engine's status line, or for the panel
// whose view could not be loaded. A panel does not say that calculations are off: the engine may well be running, and
// its own status line says whether it is.
import { m } from '$lib/paraglide/messages';
import type { FailureKind } from '$lib/data/result';

export function failureMessage(kind: FailureKind | 'loading' | 'ready', where: 'panel' | 'engine' = 'panel'): string {
	switch (kind) {
		case 'loading':
			return m.db_loading();
		case 'ready':
			return m.db_ready();
		case 'wasm-unavailable':
			return m.db_error_wasm();
		case 'data-missing':
			return where === 'engine' ? m.db_error_missing() : m.panel_error_missing();
		case 'data-corrupt':
			return where === 'engine' ? m.db_error_corrupt() : m.panel_error_corrupt();
		case 'query-failed':
			return m.db_error_query();
	}
}
