// Printable factsheet per predefined grouping, prerendered.
import { error } from '@sveltejs/kit';
import { loadCatalogue, loadIndicatorFile } from '$lib/server/dataset';
import { groupingFactsheet } from '$lib/ui/factsheet/groupingFactsheet';

const GROUPINGS = ['fokus2025', 'stadsdelslyftet', 'utsatta2023', 'utsatta2025'];

export const entries = () => GROUPINGS.map((grouping) => ({ grouping }));

export const load = async ({ params }) => {
	if (!GROUPINGS.includes(params.grouping)) error(404, 'Not found');
	const cat = loadCatalogue();
	const sheet = groupingFactsheet(cat, params.grouping, loadIndicatorFile);
	const { memberships: _m, members: _x, ...grouping } = sheet.grouping;
	return { ...sheet, grouping, rows: sheet.rows.map((r) => ({ ...r, indicator: { ...r.indicator, caveats: r.indicator.caveats.slice(0, 2) } })) };
};
