// The one place that turns a query-layer failure into a sentence for the affected panel.
import { m } from '$lib/paraglide/messages';
import type { FailureKind } from '$lib/data/result';

export function failureMessage(kind: FailureKind | 'loading' | 'ready'): string {
	switch (kind) {
		case 'loading':
			return m.db_loading();
		case 'ready':
			return m.db_ready();
		case 'wasm-unavailable':
			return m.db_error_wasm();
		case 'data-missing':
			return m.db_error_missing();
		case 'data-corrupt':
			return m.db_error_corrupt();
		case 'query-failed':
			return m.db_error_query();
	}
}
