// Writes the built dataset under static/data: Arrow tables for DuckDB, small JSON per indicator and per level,
// CSV per indicator for download, and the catalogue that records every file's size and hash.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Area, BuiltCatalogue, Grouping, Indicator, IndicatorFile, Observation } from '../../src/lib/types/dataset.ts';
import type { TrygghetData } from '../../src/lib/types/trygghet.ts';
import { areasArrow, membershipsArrow, observationsArrow } from '../write/arrowTables.ts';
import { indicatorCsv } from '../write/indicatorCsv.ts';
import { sha256 } from '../inputHash.ts';
import type { AreaParts } from '../../src/lib/model/setSource.ts';

export interface Outputs {
	catalogue: Omit<BuiltCatalogue, 'files'>;
	areas: Area[];
	observations: Observation[];
	groupings: Grouping[];
	topologies: Record<string, Topology>;
	trygghet: TrygghetData;
	/** How RegSO and DeSO lie in the stadsdelar and stadsdelsområden (model/setSource.ts). */
	parts: AreaParts;
}

/**
 * Writes into a fresh folder beside `out` and puts it in `out`'s place only once every file is written: a write that
 * fails part-way (a full disk, a value that cannot be serialised) leaves the previous complete output as it was,
 * never a half-written one for a later `vite build` to ship.
 */
export function writeOutputs(out: string, o: Outputs): BuiltCatalogue {
	const staging = `${out}.writing-${process.pid}`;
	// A build killed while writing leaves its folder behind: never beside the output for long.
	const parent = path.dirname(out);
	const prefix = `${path.basename(out)}.writing-`;
	if (existsSync(parent)) for (const f of readdirSync(parent)) if (f.startsWith(prefix)) rmSync(path.join(parent, f), { recursive: true, force: true });
	try {
		const catalogue = writeAll(staging, o);
		rmSync(out, { recursive: true, force: true });
		renameSync(staging, out);
		return catalogue;
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
}

function writeAll(out: string, o: Outputs): BuiltCatalogue {
	for (const d of ['', 'ind', 'geo', 'csv']) mkdirSync(path.join(out, d), { recursive: true });
	const files: BuiltCatalogue['files'] = {};
	const write = (rel: string, data: Uint8Array | string) => {
		writeFileSync(path.join(out, rel), data);
		files[rel] = { bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength, sha256: sha256(data) };
	};
	write('observations.arrow', observationsArrow(o.observations));
	write('areas.arrow', areasArrow(o.areas));
	write('memberships.arrow', membershipsArrow(o.groupings));
	// The browser checks each Arrow table against this before loading it into DuckDB (a truncated stream would
	// otherwise load its complete batches and silently drop the rest).
	write('tables.json', JSON.stringify({ files: Object.fromEntries(Object.entries(files).filter(([f]) => f.endsWith('.arrow'))) }));
	const byIndicator = new Map<string, Observation[]>();
	for (const r of o.observations) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);
	const names = new Map(o.areas.map((a) => [`${a.level}:${a.code}`, a.name]));
	for (const ind of o.catalogue.indicators) {
		const rows = byIndicator.get(ind.id) ?? [];
		const file: IndicatorFile = {
			id: ind.id,
			indicator: ind as Indicator,
			// The coverage only where the build recorded one (a carried row with finer areas lacking data).
			rows: rows.map((r) => {
				const row: IndicatorFile['rows'][number] = [r.level, r.code, r.year, round(r.value), round(r.numerator), round(r.denominator), r.status];
				if (r.coverage != null) row.push(round(r.coverage)!);
				return row;
			})
		};
		write(`ind/${ind.id}.json`, JSON.stringify(file));
		write(`csv/${ind.id}.csv`, indicatorCsv(ind as Indicator, rows, (l, c) => names.get(`${l}:${c}`) ?? ''));
	}
	// Every indicator's entry without rows: once DuckDB answers the values, a changed indicator needs only this.
	write('indicators.json', JSON.stringify(o.catalogue.indicators));
	for (const [key, topo] of Object.entries(o.topologies)) write(`geo/${key}.topo.json`, JSON.stringify(topo));
	write('trygghet.json', JSON.stringify(o.trygghet));
	write('parts.json', JSON.stringify(o.parts));
	// Every area's code and name per level, for matching a user's own table in the browser (parent only where a
	// pre-2020 stadsdelsområde must be carried to today's).
	write(
		'areas.json',
		JSON.stringify(
			o.areas.map((a) =>
				a.level === 'stadsdelsomrade2007' && a.parents.stadsdelsomrade
					? { level: a.level, code: a.code, name: a.name, parent: a.parents.stadsdelsomrade }
					: { level: a.level, code: a.code, name: a.name }
			)
		)
	);
	const catalogue: BuiltCatalogue = { ...o.catalogue, files };
	writeFileSync(path.join(out, 'catalog.json'), JSON.stringify(catalogue));
	return catalogue;
}

/** Rounds to 6 significant decimals so JSON stays small without changing any published figure. */
function round(x: number | null): number | null {
	return x === null ? null : Math.round(x * 1e6) / 1e6;
}
