// One CSV per level, written at build: every area with data × every indicator's latest value (Swedish Excel variant:
// UTF-8 with BOM, semicolons, decimal comma), linked from each area page, which has no script to export with.
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { formatDate, unitLabel } from '$lib/i18n/format';
import { levelLabel } from '$lib/i18n/labels';
import { toCsv } from '$lib/share/csv';
import { loadCatalogue } from '$lib/server/dataset';
import { areasWithData } from '$lib/ui/area/areaProfile';
import { areaSources } from '$lib/ui/area/areaPages.server';
import { levelCsv } from '$lib/ui/area/levelCsv';
import { LEVELS, type Level, type Unit } from '$lib/types/dataset';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => [...new Set(areasWithData(areaSources()).map((a) => a.level))].map((level) => ({ level }));

const isLevel = (l: string): l is Level => (LEVELS as readonly string[]).includes(l);

export const GET: RequestHandler = ({ params }) => {
	if (!isLevel(params.level)) error(404, 'Unknown level');
	const { table, meta } = levelCsv(areaSources(), params.level, {
		area: m.table_area({}, { locale: 'sv' }),
		code: 'kod',
		indicator: (name, unit, year, id) => `${name}${unit ? ` (${unit})` : ''} ${year} [${id}]`,
		title: m.area_csv_title({ level: levelLabel(params.level) }, { locale: 'sv' }),
		sourcesLabel: m.area_csv_sources({}, { locale: 'sv' }),
		definition: m.area_csv_definition({}, { locale: 'sv' }),
		notes: [m.share_dated({ date: formatDate(loadCatalogue().builtAt, 'sv') }, { locale: 'sv' })],
		pick: (t) => t.sv,
		unit: (u) => unitLabel(u as Unit, 'sv')
	});
	if (!table.rows.length) error(404, 'No areas at this level');
	return new Response(toCsv(table, meta, 'excel-sv'), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
