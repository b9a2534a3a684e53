// The user's own table on the map: which areas have too few answers (grey, not a class colour), the note and the
// interval each area's value carries, whether the table has intervals and n at all. Pure; empty for built data.
import { m } from '$lib/paraglide/messages';
import { interval, isLowN } from '$lib/byo/reliability';
import type { Unit } from '$lib/types/dataset';
import type { ViewValue } from './loadView';

/** Too few respondents: grey, told apart from "no data" (hatched) by fill and by label. */
export const LOW_N_FILL = '#c9c9cf';

export interface OwnOverlay {
	lowN: Set<string>;
	/** The map's fills with the too-few-answers areas greyed. */
	fills: Record<string, string>;
	lowNText: (code: string) => string;
	intervalText: (code: string) => string;
	hasIntervals: boolean;
	/** n per area when the table has any, else null. */
	n: Map<string, number | null> | null;
	/** The legend's extra item, if any area is greyed. */
	legend: { fill: string; label: string }[];
}

export function ownOverlay(
	nThreshold: number | null,
	values: ViewValue[],
	unit: Unit,
	fills: Record<string, string>,
	format: (v: number | null) => string
): OwnOverlay {
	const own = nThreshold !== null;
	const byCode = new Map(values.map((v) => [v.code, v]));
	const lowN = new Set(own ? values.filter((v) => isLowN(v, nThreshold)).map((v) => v.code) : []);
	return {
		lowN,
		fills: lowN.size ? { ...fills, ...Object.fromEntries([...lowN].map((c) => [c, LOW_N_FILL])) } : fills,
		lowNText: (code) => {
			const v = byCode.get(code);
			return own && v && lowN.has(code) ? m.byo_low_n({ threshold: String(nThreshold), n: String(v.n) }) : '';
		},
		intervalText: (code) => {
			const v = byCode.get(code);
			const iv = own && v ? interval(v, unit) : null;
			return iv ? m.byo_interval({ lo: format(iv[0]), hi: format(iv[1]) }) : '';
		},
		hasIntervals: own && values.some((v) => interval(v, unit) !== null),
		n: own && values.some((v) => v.n !== null && v.n !== undefined) ? new Map(values.map((v) => [v.code, v.n ?? null])) : null,
		legend: lowN.size && own ? [{ fill: LOW_N_FILL, label: m.byo_low_n_legend({ threshold: String(nThreshold) }) }] : []
	};
}
