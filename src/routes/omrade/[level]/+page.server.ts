// One level's areas, each linking to its page; an unknown level, or one without area pages, is a 404.
import { error } from '@sveltejs/kit';
import { areaIndex } from '$lib/ui/area/areaIndex.server';
import type { EntryGenerator, PageServerLoad } from './$types';

export const csr = false;

export const entries: EntryGenerator = () => areaIndex().map(({ level }) => ({ level }));

export const load: PageServerLoad = ({ params }) => {
	const index = areaIndex().find((l) => l.level === params.level);
	if (!index) error(404, 'Unknown level');
	return index;
};
