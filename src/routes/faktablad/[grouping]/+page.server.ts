// Printable factsheet per predefined grouping, prerendered.
import { error } from '@sveltejs/kit';
import { loadCatalogue, loadIndicatorFile, loadParts } from '$lib/server/dataset';
import { groupingFactsheet } from '$lib/ui/factsheet/groupingFactsheet';
import { COMPARE_LEVELS } from '$lib/model/compareSpecs';
import type { OwnFactContext } from '$lib/ui/factsheet/ownFactRows';
import { primaryGroupings } from '$lib/model/groupingRegistry';

/** One factsheet per predefined grouping (complements have none). */
const factsheetIds = () => primaryGroupings(loadCatalogue().groupings).map((g) => g.id);

export const entries = () => factsheetIds().map((grouping) => ({ grouping }));

export const load = async ({ params }) => {
	if (!factsheetIds().includes(params.grouping)) error(404, 'Not found');
	const cat = loadCatalogue();
	const sheet = groupingFactsheet(cat, params.grouping, loadIndicatorFile, loadParts());
	const { memberships: _m, members: _x, ...grouping } = sheet.grouping;
	// What the page needs to add the visitor's own tables (from their browser) to the sheet.
	const complement = cat.groupings.find((g) => g.complementOf === params.grouping);
	const own: OwnFactContext = {
		level: sheet.level,
		sets: Object.fromEntries(
			COMPARE_LEVELS.flatMap((l) => {
				const grouping = sheet.grouping.memberships[l];
				const rest = complement?.memberships[l];
				return grouping?.length && rest ? [[l, { grouping, rest }]] : [];
			})
		),
		populationByLevel: cat.populationByLevel
	};
	return { ...sheet, grouping, own, rows: sheet.rows.map((r) => ({ ...r, indicator: { ...r.indicator, caveats: r.indicator.caveats.slice(0, 2) } })) };
};
