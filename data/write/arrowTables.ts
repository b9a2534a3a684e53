// Encodes the model's tables as Arrow IPC streams with fixed column types, for DuckDB-WASM to load.
import * as aq from 'arquero';
import { float64, int32, utf8, bool } from '@uwdata/flechette';
import type { Area, Grouping, Observation } from '../../src/lib/types/dataset.ts';

const OBS_TYPES = {
	indicator: utf8(),
	level: utf8(),
	code: utf8(),
	year: int32(),
	value: float64(),
	numerator: float64(),
	denominator: float64(),
	status: utf8(),
	coverage: float64()
};

export function observationsArrow(rows: Observation[]): Uint8Array {
	const t = aq.table({
		indicator: rows.map((r) => r.indicator),
		level: rows.map((r) => r.level),
		code: rows.map((r) => r.code),
		year: rows.map((r) => r.year),
		value: rows.map((r) => r.value),
		numerator: rows.map((r) => r.numerator),
		denominator: rows.map((r) => r.denominator),
		status: rows.map((r) => r.status),
		coverage: rows.map((r) => r.coverage ?? null)
	});
	return aq.toArrowIPC(t, { types: OBS_TYPES }) as Uint8Array;
}

export function areasArrow(areas: Area[]): Uint8Array {
	const t = aq.table({
		level: areas.map((a) => a.level),
		code: areas.map((a) => a.code),
		name: areas.map((a) => a.name),
		land_area_km2: areas.map((a) => a.landAreaKm2),
		has_geometry: areas.map((a) => a.hasGeometry)
	});
	return aq.toArrowIPC(t, {
		types: { level: utf8(), code: utf8(), name: utf8(), land_area_km2: float64(), has_geometry: bool() }
	}) as Uint8Array;
}

/** One row per (grouping, level, member code). */
export function membershipsArrow(groupings: Grouping[]): Uint8Array {
	const grouping: string[] = [];
	const level: string[] = [];
	const code: string[] = [];
	for (const g of groupings)
		for (const [lvl, codes] of Object.entries(g.memberships))
			for (const c of codes ?? []) {
				grouping.push(g.id);
				level.push(lvl);
				code.push(c);
			}
	return aq.toArrowIPC(aq.table({ grouping, level, code }), {
		types: { grouping: utf8(), level: utf8(), code: utf8() }
	}) as Uint8Array;
}
