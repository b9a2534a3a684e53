// Targeting: each grouping's share of the city's total need (people with the need) against its share of the city's
// population, the high-need areas it leaves out and the low-need areas it includes, and the sentence a reader can
// quote. City totals are over the same areas (those with counts), so the shares of a grouping and its complement add
// up to 100 %.
import { m } from '../paraglide/messages.js';
import { formatValue, type Locale } from '../i18n/format.ts';
import type { NeedRow } from './concentrationCurve.ts';

export interface TargetingSet {
	key: string;
	codes: readonly string[];
}

export interface GroupTargeting {
	key: string;
	need: number;
	population: number;
	/** Share (0–1) of the city's need and of its population; null when the city has none. */
	needShare: number | null;
	populationShare: number | null;
	/** needShare / populationShare: above 1 means the grouping holds more of the need than of the people. */
	ratio: number | null;
	nAreas: number;
	nMissing: number;
	/** Areas above the city's rate that are not in the grouping, highest first. */
	highNeedLeftOut: string[];
	/** Areas of the grouping below the city's rate, lowest first. */
	lowNeedIncluded: string[];
	/** Areas above the city's rate in the whole city. */
	nHighNeed: number;
}

export interface Targeting {
	cityRate: number | null;
	totalNeed: number;
	totalPopulation: number;
	groups: GroupTargeting[];
}

const usable = (r: NeedRow | undefined): r is NeedRow & { numerator: number; denominator: number } =>
	!!r && r.numerator !== null && r.denominator !== null && r.denominator > 0 && r.numerator >= 0;

export function targeting(rows: readonly NeedRow[], sets: readonly TargetingSet[]): Targeting {
	const byCode = new Map(rows.map((r) => [r.code, r]));
	const ok = rows.filter(usable);
	const totalNeed = ok.reduce((s, r) => s + r.numerator, 0);
	const totalPopulation = ok.reduce((s, r) => s + r.denominator, 0);
	const cityRate = totalPopulation > 0 ? totalNeed / totalPopulation : null;
	const rate = (r: { numerator: number; denominator: number }) => r.numerator / r.denominator;
	const high = cityRate === null ? [] : ok.filter((r) => rate(r) > cityRate).sort((a, b) => rate(b) - rate(a));
	const groups = sets.map((s) => {
		const codes = new Set(s.codes);
		let need = 0;
		let population = 0;
		let nMissing = 0;
		const low: { code: string; rate: number }[] = [];
		for (const code of codes) {
			const r = byCode.get(code);
			if (!usable(r)) {
				nMissing++;
				continue;
			}
			need += r.numerator;
			population += r.denominator;
			if (cityRate !== null && rate(r) < cityRate) low.push({ code, rate: rate(r) });
		}
		const needShare = totalNeed > 0 ? need / totalNeed : null;
		const populationShare = totalPopulation > 0 ? population / totalPopulation : null;
		return {
			key: s.key,
			need,
			population,
			needShare,
			populationShare,
			ratio: needShare !== null && populationShare ? needShare / populationShare : null,
			nAreas: codes.size,
			nMissing,
			highNeedLeftOut: high.filter((r) => !codes.has(r.code)).map((r) => r.code),
			lowNeedIncluded: low.sort((a, b) => a.rate - b.rate).map((r) => r.code),
			nHighNeed: high.length
		};
	});
	return { cityRate, totalNeed, totalPopulation, groups };
}

export interface SentenceParts {
	grouping: string;
	indicatorId: string;
	indicatorName: string;
	year: number;
	/** Counts derived from rounded shares or weights: the numbers are said as "about". */
	approximate: boolean;
}

const WHO: Record<string, (o: { locale: Locale }) => string> = {
	lag_ekonomisk_standard_andel: (o) => m.compare_who_lag_ekonomisk_standard_andel({}, o),
	arbetsloshet_andel: (o) => m.compare_who_arbetsloshet_andel({}, o),
	utrikes_fodda_andel: (o) => m.compare_who_utrikes_fodda_andel({}, o)
};

/** A whole percent, or one decimal below 10 % so that small groupings do not read as 0 %. */
export function sharePercent(share: number, locale: Locale): string {
	const pct = share * 100;
	return formatValue(pct, 'percent', locale, pct < 10 ? 1 : 0);
}

/** The quotable sentence; null when the grouping's shares are unknown. */
export function targetingSentence(g: GroupTargeting, p: SentenceParts, locale: Locale): string | null {
	if (g.needShare === null || g.populationShare === null) return null;
	const fmt = (s: number) => (p.approximate ? m.compare_about({ value: sharePercent(s, locale) }, { locale }) : sharePercent(s, locale));
	const base = { grouping: p.grouping, need: fmt(g.needShare), pop: fmt(g.populationShare), year: String(p.year) };
	const who = WHO[p.indicatorId];
	return who
		? m.compare_target_sentence({ ...base, who: who({ locale }) }, { locale })
		: m.compare_target_sentence_generic({ ...base, indicator: p.indicatorName }, { locale });
}
