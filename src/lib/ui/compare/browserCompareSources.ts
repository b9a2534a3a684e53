// Browser-side sources for the comparison page: every aggregate through DuckDB (booted in the background); area
// values are cached per (indicator, level, year) because they do not change when the groupings do. The user's own
// indicators ('egen_…') come from user_observations (or, before DuckDB is ready, from the table held in memory).
import type { Level } from '$lib/types/dataset';
import { run } from '$lib/data/db';
import { compareAll } from '$lib/data/queries/compareAll';
import { indicatorValues } from '$lib/data/queries/indicatorValues';
import { fetchParts } from '$lib/data/staticFiles';
import { base } from '$app/paths';
import type { Result } from '$lib/data/result';
import { isUserIndicator, userData } from '$lib/ui/byo/userData.svelte';
import { userSource } from '$lib/ui/byo/userSource';
import type { AggregateSpec } from '$lib/model/aggregate';
import type { AreaRow, CompareSources } from './loadCompare';

function unwrap<T>(r: Result<T>): T {
	if (!r.ok) throw Object.assign(new Error(r.error.detail), { failure: r.error });
	return r.value;
}

/** The user's own rows must be in DuckDB before an aggregate reads them: await their copy (no polling). */
async function userRowsCopied(specs: AggregateSpec[]) {
	await Promise.all(specs.filter((s) => isUserIndicator(s.indicator)).map((s) => userData.inDb(s.indicator)));
}

/** `measure`: record each aggregate as a 'compare' performance measure (off for background warm-up). */
export function browserCompareSources(measure = true): CompareSources {
	const cache = new Map<string, Promise<AreaRow[]>>();
	return {
		async compare(level, specs, sets) {
			await userRowsCopied(specs);
			const t0 = performance.now();
			const r = unwrap(await run((c) => compareAll(c, { level, specs, sets })));
			if (measure) performance.measure('compare', { start: t0, end: performance.now() });
			return r;
		},
		async parts() {
			// Without the file every set is aggregated at its own level: carried rows stay flagged approximate.
			const r = await fetchParts(base);
			return r.ok ? r.value : {};
		},
		async values(indicator: string, level: Level, year: number) {
			// Never cached: the user can remove and re-add their table.
			if (isUserIndicator(indicator)) return ((await userSource.values(indicator, level, year)) ?? []) as AreaRow[];
			const key = `${indicator}|${level}|${year}`;
			let p = cache.get(key);
			if (!p) {
				p = run((c) => indicatorValues(c, { indicator, level, year })).then(unwrap);
				cache.set(key, p);
				p.catch(() => cache.delete(key));
			}
			return p;
		}
	};
}
