// How the shown map reads in words: each area's tooltip lines, the legend's items (classes, no data, the user's
// greyed areas) and the one-sentence summary that is also the share menu's alt text. Pure.
import { m } from '$lib/paraglide/messages';
import { formatNumber } from '$lib/i18n/format';
import { locale, localised, statusNote } from '$lib/i18n/labels';
import { classLabel, legendClasses } from '$lib/model/legendClasses';
import { NO_DATA_FILL } from '$lib/model/colour';
import type { MapView } from '$lib/model/mapView';
import type { CityValue } from '$lib/model/areaRows';
import type { Level, Localised } from '$lib/types/dataset';
import type { OwnOverlay } from './ownOverlay';

export interface MapReading {
	describe: (code: string) => string[];
	legend: { fill: string; label: string }[];
	summary: string;
}

/** The whole city's figure as the map's key, tooltips and summary give it: "(ungefärligt)" where the build estimated it
 *  from finer areas (its kommun row approximate), as everywhere else; null where there is no city figure. */
export function cityFigure(c: CityValue, format: (v: number | null) => string): string | null {
	if (c.city === null) return null;
	return [format(c.city), statusNote(c.cityApproximate ? 'approximate' : null)].filter(Boolean).join(' ');
}

/** "1 area has no data." / "2 areas have no data.": the summary's and the no-data key's count of areas without data. */
export function missingAreasText(n: number): string {
	return (n === 1 ? m.summary_missing_one : m.summary_missing)({ count: formatNumber(n, locale()) });
}

export function mapReading(mv: MapView, year: number, cityValue: CityValue, format: (v: number | null) => string, overlay: OwnOverlay): MapReading {
	const byCode = new Map(mv.areas.map((a) => [a.code, a]));
	const city = cityFigure(cityValue, format);
	return {
		describe: (code) => {
			const a = byCode.get(code);
			if (!a) return [];
			return [
				a.name,
				`${format(a.value)} (${year})`,
				overlay.lowNText(code),
				overlay.intervalText(code),
				a.rank ? m.tooltip_rank({ rank: String(a.rank), total: String(mv.ranked) }) : '',
				city !== null ? m.tooltip_city({ value: city }) : ''
			].filter(Boolean);
		},
		legend: [
			...legendClasses(mv.thresholds, mv.colours, mv.min, mv.max).map((c) => ({ fill: c.colour, label: classLabel(c, format) })),
			{ fill: NO_DATA_FILL, label: m.legend_no_data() },
			...overlay.legend
		],
		summary: [
			mv.highest ? m.summary_highest({ area: mv.highest.name, value: format(mv.highest.value) }) : '',
			mv.lowest ? m.summary_lowest({ area: mv.lowest.name, value: format(mv.lowest.value) }) : '',
			city !== null ? m.summary_city({ value: city }) : ''
		].join(' ')
	};
}

/** What the map's key says beyond its items: the city's value, if any, and how the colours are classed. */
export interface MapKeyText {
	city: string | null;
	method: string;
}

export function mapKeyText(cityValue: CityValue, compare: boolean, classification: string, format: (v: number | null) => string): MapKeyText {
	const city = cityFigure(cityValue, format);
	return {
		city: city !== null ? m.legend_city({ value: city }) : null,
		method: compare ? m.legend_compare() : classification === 'jenks' ? m.legend_method_jenks() : m.legend_method_quantile()
	};
}

/** The names of the groupings each area belongs to at a level. */
export function membershipByCode(groupings: { name: Localised; memberships: Partial<Record<Level, string[]>> }[], level: Level): Map<string, string[]> {
	const byCode = new Map<string, string[]>();
	for (const g of groupings) for (const c of g.memberships[level] ?? []) byCode.set(c, [...(byCode.get(c) ?? []), localised(g.name)]);
	return byCode;
}
