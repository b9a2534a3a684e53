// What the map's and an area profile's share menus say (permalink of the map view, embed, source line, CSV meta,
// alt text, citation), and the map's one column list, from which both its sortable table and its CSV come.
import { base } from '$app/paths';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/i18n/href';
import { formatValue, withUnit } from '$lib/i18n/format';
import { levelLabel, locale, localised, statusNote, statusText } from '$lib/i18n/labels';
import type { DataColumn } from '$lib/share/dataColumns';
import type { ShareSpec } from '$lib/share/shareTexts';
import type { MapArea } from '$lib/model/mapView';
import type { ProfileChartRow } from '$lib/model/profileRows';
import { serialiseViewState } from '$lib/state/viewState';
import { serialiseProfileLink } from '$lib/state/profileLink';
import type { Level, Localised, Unit } from '$lib/types/dataset';
import type { LoadedView } from './loadView';
import type { MapKeyText } from './mapReading';

export interface MapShareInput {
	view: Pick<LoadedView, 'state'> & {
		meta: { name: Localised; description: Localised; source: { publisher: string; table: string; licence: string }; caveats: readonly Localised[] };
	};
	/** The class fills, no data and the user's greyed areas (mapReading), then the dashed grouping outlines shown. */
	legend: { fill: string; label: string }[];
	outlines: { label: string; dash: string }[];
	/** What the key says beyond its items: both in the image; the city's value also in the CSV. */
	key: MapKeyText;
	summary: string;
	/** File name of the user's own table when that is what is shown (it is not in the link). */
	ownFile: string | null;
}

export function mapShare({ view, legend, outlines, key, summary, ownFile }: MapShareInput): ShareSpec {
	const query = serialiseViewState(view.state);
	const name = localised(view.meta.name);
	const subtitle = `${view.state.year} – ${levelLabel(view.state.level)}`;
	const src = view.meta.source;
	// The indicator's caveats travel with the figures, in the CSV and in the image (an official pastes either alone).
	const caveats = ownFile ? [] : view.meta.caveats.map((c) => `${m.data_caveats()}: ${localised(c)}`);
	return {
		link: { path: `${base}${localizeHref('/')}`, rest: `?${query}` },
		embed: `${base}${localizeHref('/embed/karta')}?${query}`,
		title: name,
		subtitle,
		source: ownFile ? `${m.source_label()}: ${m.byo_source({ file: ownFile })}.` : `${m.source_label()}: ${src.publisher}, ${src.table} (${src.licence}).`,
		csvTitle: `${name}, ${subtitle}`,
		citeTitle: `${name}, ${subtitle}`,
		altTitle: `${name}, ${subtitle}`,
		citeSource: ownFile ? m.byo_source({ file: ownFile }) : `${src.publisher}, ${src.table}`,
		definition: `${m.definition_label()}: ${localised(view.meta.description)}`,
		kind: m.map_title(),
		reading: summary,
		notesBefore: [...(key.city ? [key.city] : []), ...caveats],
		fileParts: [name, view.state.year, view.state.level],
		legend: [...legend, ...outlines.map((o) => ({ fill: 'none', label: o.label, dash: o.dash }))],
		keyNotes: [key.city ?? '', key.method, ...caveats].filter(Boolean),
		note: ownFile ? m.byo_share_note() : ''
	};
}

export interface MapColumnsInput {
	unit: Unit;
	format: (v: number | null) => string;
	membership: Map<string, string[]>;
	/** Per area: the too-few-answers note and the interval, '' where none (the user's own data only). */
	lowNText: (code: string) => string;
	intervalText: (code: string) => string;
	/** The user's own table's n per area, if it has one; its intervals, if any. */
	n: Map<string, number | null> | null;
	hasIntervals: boolean;
}

/** The map's table: on screen sortable with words for missing; in the CSV the code and exact values. */
export function mapColumns(p: MapColumnsInput): DataColumn<MapArea>[] {
	const groupings = (r: MapArea) => (p.membership.get(r.code) ?? []).join(', ');
	return [
		{ key: 'name', label: m.table_area(), text: (r) => r.name, value: (r) => r.name, sort: (r) => r.name.toLocaleLowerCase(locale()) },
		{ key: 'code', label: m.compare_col_code(), value: (r) => r.code },
		{
			key: 'value',
			label: m.table_value(),
			csvLabel: withUnit(m.table_value(), p.unit, locale()),
			text: (r) => [p.format(r.value), p.lowNText(r.code)].filter(Boolean).join(' – '),
			value: (r) => r.value,
			sort: (r) => r.value,
			numeric: true
		},
		{ key: 'status', label: m.area_col_note(), text: (r) => statusText(r.status, r.coverage), value: (r) => statusText(r.status, r.coverage) },
		...(p.hasIntervals ? [{ key: 'interval', label: m.byo_th_interval(), text: (r: MapArea) => p.intervalText(r.code).replace(/^[^:]*:\s*/, '') || '–' }] : []),
		...(p.n ? [nColumn(p.n)] : []),
		{ key: 'rank', label: m.table_rank(), text: (r) => (r.rank ? String(r.rank) : '–'), value: (r) => r.rank, sort: (r) => r.rank, numeric: true },
		{ key: 'groupings', label: m.table_groupings(), text: (r) => groupings(r) || '–', value: groupings }
	];
}

function nColumn(n: Map<string, number | null>): DataColumn<MapArea> {
	return { key: 'n', label: m.byo_th_n(), text: (r) => String(n.get(r.code) ?? '–'), sort: (r) => n.get(r.code) ?? null, numeric: true };
}

export interface ProfileShareInput {
	rows: ProfileChartRow[];
	areaName: string;
	level: Level;
	code: string;
	/** The map view's query string with this area selected. */
	mapQuery: string;
}

/** Whether a profile row's figure (the area's or the city's) is estimated by the build: "ungefärligt" in its table. */
function profileApproximate(r: ProfileChartRow, which: 'area' | 'city'): boolean {
	return which === 'area' ? r.status === 'approximate' || r.coverage !== null : r.cityStatus === 'approximate' || r.cityCoverage !== null;
}

/** A profile row's figure as the chart draws it: "53 037 pers.", or "≈ 53 037 pers." where it is estimated (the
 *  chart's note says what ≈ means, and the table beside it gives the whole note). */
export function profileFigure(r: ProfileChartRow, which: 'area' | 'city'): string {
	const v = which === 'area' ? r.value : r.city;
	const text = formatValue(v, r.unit, locale(), r.decimals);
	return v !== null && profileApproximate(r, which) ? `${m.compare_approx_mark()} ${text}` : text;
}

/** The note under the profile chart, or '' where no figure it draws is marked ≈. */
export function profileChartNote(rows: readonly ProfileChartRow[]): string {
	return rows.some((r) => (r.value !== null && profileApproximate(r, 'area')) || (r.city !== null && profileApproximate(r, 'city'))) ? m.profile_approx_note() : '';
}

/** The profile chart's reading in words: its first indicators against the city (the share menu's text and the embed's
 *  summary; the data table has every row), each figure with the note the table gives it ("(ungefärligt)"). */
export function profileReading(rows: readonly ProfileChartRow[]): string {
	const fig = (r: ProfileChartRow, v: number | null, note: string) => [formatValue(v, r.unit, locale(), r.decimals), note].filter(Boolean).join(' ');
	return rows
		.slice(0, 3)
		.map((r) => `${r.label} ${fig(r, r.value, statusNote(r.status, r.coverage))} (${m.level_kommun()} ${fig(r, r.city, statusNote(r.cityStatus, r.cityCoverage))})`)
		.join('; ');
}

/** An area's profile chart: linked to the map with the area selected, embedded by /embed/omrade. */
export function profileShare({ rows, areaName, level, code, mapQuery }: ProfileShareInput): ShareSpec {
	const title = m.profile_title({ area: areaName });
	const subtitle = levelLabel(level);
	return {
		link: { path: `${base}${localizeHref('/')}`, rest: `?${mapQuery}` },
		embed: `${base}${localizeHref('/embed/omrade')}?${serialiseProfileLink({ level, code })}`,
		title,
		subtitle,
		source: `${m.source_label()}: ${m.profile_sources()}`,
		csvTitle: `${title} – ${subtitle}`,
		citeTitle: `${title} – ${subtitle}`,
		altTitle: `${title} – ${subtitle}`,
		citeSource: m.profile_sources(),
		definition: m.profile_definition(),
		kind: m.profile_kind(),
		reading: profileReading(rows),
		fileParts: [m.file_profile(), areaName, level]
	};
}
