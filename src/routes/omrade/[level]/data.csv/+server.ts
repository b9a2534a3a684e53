// One CSV per level and language, written at build: every area with data × every indicator's latest value, linked
// from each area page. Swedish (/omrade/…): the Swedish Excel variant (UTF-8 with BOM, semicolons, decimal comma);
// English (/en/omrade/…): English labels, commas and decimal points.
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { formatDate, unitLabel } from '$lib/i18n/format';
import { coverageWords, levelLabel, locale } from '$lib/i18n/labels';
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
	const loc = locale();
	const { table, meta } = levelCsv(areaSources(), params.level, {
		area: m.table_area({}, { locale: loc }),
		code: loc === 'sv' ? 'kod' : 'code',
		indicator: (name, unit, year, id) => `${name}${unit ? ` (${unit})` : ''} ${year} [${id}]`,
		title: m.area_csv_title({ level: levelLabel(params.level) }, { locale: loc }),
		sourcesLabel: m.area_csv_sources({}, { locale: loc }),
		definition: m.area_csv_definition({}, { locale: loc }),
		notes: [m.share_dated({ date: formatDate(loadCatalogue().builtAt, loc) }, { locale: loc })],
		pick: (t) => t[loc],
		unit: (u) => unitLabel(u as Unit, loc),
		note: m.area_col_note({}, { locale: loc }),
		coverage: (share) => coverageWords(share, loc),
		weighted: m.area_weighted_note({}, { locale: loc }),
		meanOfValuesNote: (indicators) => m.area_csv_note_mean_of_values({ indicators: indicators.join('; ') }, { locale: loc })
	});
	if (!table.rows.length) error(404, 'No areas at this level');
	return new Response(toCsv(table, meta, loc === 'sv' ? 'excel-sv' : 'plain'), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
