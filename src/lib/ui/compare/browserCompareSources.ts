// Browser-side sources for the comparison page: every aggregate through DuckDB (booted in the background); area
// values are cached per (indicator, level, year) because they do not change when the groupings do.
import type { Level } from '$lib/types/dataset';
import { run } from '$lib/data/db';
import { compareAll } from '$lib/data/queries/compareAll';
import { indicatorValues } from '$lib/data/queries/indicatorValues';
import type { Result } from '$lib/data/result';
import type { AreaRow, CompareSources } from './loadCompare';

function unwrap<T>(r: Result<T>): T {
	if (!r.ok) throw Object.assign(new Error(r.error.detail), { failure: r.error });
	return r.value;
}

/** `measure`: record each aggregate as a 'compare' performance measure (off for background warm-up). */
export function browserCompareSources(measure = true): CompareSources {
	const cache = new Map<string, Promise<AreaRow[]>>();
	return {
		async compare(level, specs, sets) {
			const t0 = performance.now();
			const r = unwrap(await run((c) => compareAll(c, { level, specs, sets })));
			if (measure) performance.measure('compare', { start: t0, end: performance.now() });
			return r;
		},
		values(indicator: string, level: Level, year: number) {
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
