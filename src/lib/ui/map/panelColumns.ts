// The area panel's one column list: its indicator table (with a sparkline per indicator) and the CSV of its profile
// both come from here. The CSV carries everything the table shows: the user's own rows (their file named), the latest
// value beside the city's, and each trend year by year (what the sparkline draws), plus the year and unit the table
// writes in small print. Missing stays missing: "uppgift saknas" on screen, an empty cell in the CSV. A figure the build
// estimated (carried from finer areas, a mean of medians) says so beside it and in the CSV's note columns, and one
// carried from finer areas some of which lack data says how much of their population it rests on.
import { m } from '$lib/paraglide/messages';
import { formatValue, unitLabel } from '$lib/i18n/format';
import { locale, statusNote, statusText } from '$lib/i18n/labels';
import type { DataColumn } from '$lib/share/dataColumns';
import type { ProfileChartRow } from '$lib/model/profileRows';
import type { OwnAreaRow } from '$lib/byo/areaRows';

/** A profile row, or one of the user's own (its file named; no city value, no trend). */
export interface PanelRow extends ProfileChartRow {
	ownFile?: string;
}

export interface PanelColumn extends DataColumn<PanelRow> {
	/** Small print after the cell's text on screen ('' for none). */
	note?: (r: PanelRow) => string;
	/** On screen a sparkline whose accessible name is the cell's text (a dash where there is no trend). */
	sparkline?: boolean;
}

/** The user's own rows first (in memory, shown at once), then the built indicators in catalogue order. */
export function panelRows(own: readonly OwnAreaRow[], profile: readonly ProfileChartRow[]): PanelRow[] {
	return [
		...own.map((o) => ({ id: `own-${o.indicator}`, label: o.name, unit: o.unit, decimals: o.decimals, year: o.year, value: o.value, status: 'ok' as const, coverage: null, city: null, cityStatus: null, cityCoverage: null, trend: [], ownFile: o.file })),
		...profile
	];
}

const fmt = (r: PanelRow, v: number | null) => formatValue(v, r.unit, locale(), r.decimals);
/** A trend year by year as the sparkline's name reads it; null for a single year (no trend drawn). */
const trendText = (r: PanelRow, pick: (t: PanelRow['trend'][number]) => number | null) =>
	r.trend.length > 1 ? r.trend.map((t) => `${t.year} ${fmt(r, pick(t))}`).join(', ') : null;

export function panelColumns(areaName: string): PanelColumn[] {
	return [
		{
			key: 'indicator',
			label: m.control_indicator(),
			text: (r) => r.label,
			note: (r) => (r.ownFile ? `${r.year}; ${m.byo_source({ file: r.ownFile })}` : String(r.year)),
			value: (r) => {
				const said = [unitLabel(r.unit, locale()), r.ownFile ? m.byo_source({ file: r.ownFile }) : ''].filter(Boolean);
				return said.length ? `${r.label} (${said.join('; ')})` : r.label;
			}
		},
		{ key: 'year', label: m.control_year(), value: (r) => r.year },
		{
			key: 'value',
			label: m.table_value(),
			csvLabel: areaName,
			text: (r) => fmt(r, r.value),
			note: (r) => [statusNote(r.status, r.coverage), r.city === null ? '' : `${m.tooltip_city({ value: fmt(r, r.city) })} ${statusNote(r.cityStatus, r.cityCoverage)}`.trim()].filter(Boolean).join(' '),
			value: (r) => r.value,
			numeric: true
		},
		{ key: 'status', label: m.area_col_note(), value: (r) => statusText(r.status, r.coverage) },
		{ key: 'city', label: m.level_kommun(), value: (r) => r.city },
		{ key: 'city-status', label: `${m.level_kommun()}: ${m.area_col_note()}`, value: (r) => statusText(r.cityStatus, r.cityCoverage) },
		{
			key: 'trend',
			label: m.panel_trend(),
			text: (r) => {
				const t = trendText(r, (p) => p.value);
				return t === null ? '–' : `${r.label}: ${t}`;
			},
			sparkline: true
		},
		{ key: 'trend-area', label: `${m.panel_trend()}: ${areaName}`, value: (r) => trendText(r, (p) => p.value) },
		{ key: 'trend-city', label: `${m.panel_trend()}: ${m.level_kommun()}`, value: (r) => trendText(r, (p) => p.city) }
	];
}
