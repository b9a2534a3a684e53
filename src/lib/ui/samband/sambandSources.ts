// Where the samband explorer's values come from, injected (as the map's loadView sources are): the visitor's own
// table columns from this browser's IndexedDB, and both axes' values from DuckDB once it is ready, else from the
// per-indicator files. (Kept beside, not inside, ui/trygghet/, whose other modules are worked on separately.)
import { m } from '$lib/paraglide/messages';
import { listDatasets } from '$lib/byo/store';
import { dbState, run } from '$lib/data/db';
import { scatterValues } from '$lib/data/queries/scatterValues';
import { fetchIndicatorFile } from '$lib/data/staticFiles';
import type { Level } from '$lib/types/dataset';
import type { SambandIndicator } from '$lib/ui/trygghet/sambandPage.server';
import { fileSide, type SideValue } from '$lib/ui/trygghet/sambandPoints';
import type { SambandState } from '$lib/state/sambandState';
import { ownSambandIndicators } from '$lib/ui/trygghet/ownSamband';

export type SideValues = Map<string, SideValue>;

export interface SambandSources {
	/** The visitor's own table columns offered as axes (none when IndexedDB cannot be read). */
	ownIndicators(): Promise<SambandIndicator[]>;
	/** Both axes' values by area code; throws an Error with a `kind` (a FailureKind) when a file cannot be read. */
	values(s: SambandState, x: SambandIndicator, y: SambandIndicator): Promise<[SideValues, SideValues]>;
}

/** Values carried with the indicator (quoted survey figures, the visitor's own columns) at one level and year. */
function carried(ind: SambandIndicator, level: Level, year: number): SideValues {
	return new Map((ind.values ?? []).filter((v) => v[0] === level && v[2] === year).map((v) => [v[1], { value: v[3], approximate: false }]));
}

export function browserSambandSources(base: string): SambandSources {
	async function side(ind: SambandIndicator, level: Level, year: number): Promise<SideValues> {
		if (ind.kind === 'evidence' || ind.kind === 'own') return carried(ind, level, year);
		const r = await fetchIndicatorFile(base, ind.id);
		if (!r.ok) throw Object.assign(new Error(r.error.detail), { kind: r.error.kind });
		return fileSide(r.value.rows, level, year);
	}
	return {
		async ownIndicators() {
			return ownSambandIndicators(await listDatasets().catch(() => []), (file) => m.byo_source({ file }));
		},
		async values(s, x, y) {
			if (x.kind === 'indicator' && y.kind === 'indicator' && dbState().status === 'ready') {
				const r = await run((c) => scatterValues(c, { level: s.level, x: { indicator: s.x, year: s.yearX }, y: { indicator: s.y, year: s.yearY } }));
				if (r.ok) {
					return [
						new Map(r.value.map((row) => [row.code, { value: row.x, approximate: row.approximate }])),
						new Map(r.value.map((row) => [row.code, { value: row.y, approximate: row.approximate }]))
					];
				}
			}
			return Promise.all([side(x, s.level, s.yearX), side(y, s.level, s.yearY)]);
		}
	};
}
