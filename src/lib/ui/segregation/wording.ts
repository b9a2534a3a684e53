// The words around an index: group names per family, number formats, the plain-language readings and failures.
import { m } from '$lib/paraglide/messages';
import { formatNumber } from '$lib/i18n/format';
import { levelLabel, locale } from '$lib/i18n/labels';
import type { SegregationFailure } from '$lib/model/segregation';
import type { Level } from '$lib/types/dataset';
import type { FamilyId, IndexValue } from './types';

export function minorityLabel(f: FamilyId): string {
	return f === 'foreign_born' ? m.seg_minority_foreign_born() : f === 'foreign_background' ? m.seg_minority_foreign_background() : m.seg_minority_low_econ();
}

export function majorityLabel(f: FamilyId): string {
	return f === 'foreign_born' ? m.seg_majority_foreign_born() : f === 'foreign_background' ? m.seg_majority_foreign_background() : m.seg_majority_low_econ();
}

export function familyTitle(f: FamilyId): string {
	return f === 'foreign_born' ? m.seg_family_foreign_born() : f === 'foreign_background' ? m.seg_family_foreign_background() : m.seg_family_low_econ();
}

export function familyNote(f: FamilyId): string {
	return f === 'foreign_born'
		? m.seg_family_foreign_born_note()
		: f === 'foreign_background'
			? m.seg_family_foreign_background_note()
			: m.seg_family_low_econ_note();
}

/** An index on its 0–1 scale, three decimals (levels differ in the third). */
export function formatIndex(x: number | null): string {
	return formatNumber(x, locale(), 3);
}

/** A proportion (0–1) as a percentage with one decimal. */
export function formatShare(x: number | null, decimals = 1): string {
	if (x === null || !Number.isFinite(x)) return formatNumber(null, locale());
	return formatNumber(100 * x, locale(), decimals) + (locale() === 'sv' ? '\u00a0%' : '%');
}

/** A signed share, with a true minus sign; one that rounds to zero has none. */
export function formatSignedShare(x: number): string {
	const s = formatShare(Math.abs(x));
	return x < 0 && s !== formatShare(0) ? `\u2212${s}` : s;
}

export function failureText(f: SegregationFailure): string {
	return f.kind === 'no_areas' ? m.seg_fail_no_areas() : f.kind === 'one_group_only' ? m.seg_fail_one_group() : m.seg_fail_invalid({ code: f.code });
}

/** "RegSO 2020, year 2023": a level's name may carry its vintage, so the year is named as such. */
export function where(level: Level, year: number): string {
	return m.seg_where({ level: levelLabel(level), year: String(year) });
}

export type IndexKey = 'd' | 'isolation' | 'exposure' | 'theilH';

/** One value's plain-language reading, always naming its level and year. */
export function reading(family: FamilyId, v: IndexValue, key: IndexKey): string {
	const base = { where: where(v.level, v.year) };
	if (!v.ok) return m.seg_failure({ ...base, reason: failureText(v.failure) });
	const minority = minorityLabel(family);
	switch (key) {
		case 'd':
			return m.seg_reading_d({ ...base, value: formatIndex(v.d), pct: formatShare(v.d), minority });
		case 'isolation':
			return m.seg_reading_isolation({ ...base, value: formatIndex(v.isolation), pct: formatShare(v.isolation), minority, city: formatShare(v.minorityProportion) });
		case 'exposure':
			return m.seg_reading_exposure({ ...base, value: formatIndex(v.exposure), pct: formatShare(v.exposure), minority, majority: majorityLabel(family) });
		case 'theilH':
			return m.seg_reading_theil({ ...base, value: formatIndex(v.theilH), pct: formatShare(v.theilH) });
	}
}

export function flagsText(v: IndexValue): string {
	return [v.approximate ? m.seg_flag_approximate() : '', v.derived ? m.seg_flag_derived() : ''].filter(Boolean).join(', ');
}
