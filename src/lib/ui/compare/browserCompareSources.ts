// Browser-side sources for the comparison page: every aggregate through DuckDB (booted in the background); area
// values are cached per (indicator, level, year) because they do not change when the groupings do. The user's own
// indicators ('egen_…') come from user_observations (or, before DuckDB is ready, from the table held in memory).
import type { Level } from '$lib/types/dataset';
import { run } from '$lib/data/db';
import { compareAll } from '$lib/data/queries/compareAll';
import { indicatorValues } from '$lib/data/queries/indicatorValues';
import { userIndicatorValues } from '$lib/data/queries/userTable';
import type { Result } from '$lib/data/result';
import { isUserIndicator, userData } from '$lib/ui/byo/userData.svelte';
import { userSource } from '$lib/ui/byo/userSource';
import type { AggregateSpec } from '$lib/model/aggregate';
import type { AreaRow, CompareSources } from './loadCompare';

function unwrap<T>(r: Result<T>): T {
	if (!r.ok) throw Object.assign(new Error(r.error.detail), { failure: r.error });
	return r.value;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** userData copies a stored table into DuckDB once DuckDB is ready; wait (briefly) until the user's rows are there. */
async function userRowsCopied(level: Level, specs: AggregateSpec[]) {
	const wanted = specs.filter((s) => isUserIndicator(s.indicator) && userData.find(s.indicator));
	for (const s of wanted) {
		for (let k = 0; k < 40; k++) {
			const r = await run((c) => userIndicatorValues(c, { indicator: s.indicator, level, year: s.year }));
			if (!r.ok || r.value.length > 0) break;
			await sleep(100);
		}
	}
}

/** `measure`: record each aggregate as a 'compare' performance measure (off for background warm-up). */
export function browserCompareSources(measure = true): CompareSources {
	const cache = new Map<string, Promise<AreaRow[]>>();
	return {
		async compare(level, specs, sets) {
			await userRowsCopied(level, specs);
			const t0 = performance.now();
			const r = unwrap(await run((c) => compareAll(c, { level, specs, sets })));
			if (measure) performance.measure('compare', { start: t0, end: performance.now() });
			return r;
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
