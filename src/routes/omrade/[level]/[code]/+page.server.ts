// An area's own page, prerendered for every area of every level that has observations; plain HTML, no app script
// (only the small area-page island, which completes the address and adds the visitor's own figures from this browser).
import { error } from '@sveltejs/kit';
import { LEVELS, type Level } from '$lib/types/dataset';
import { locale } from '$lib/i18n/labels';
import { areaProfile, areasWithData } from '$lib/ui/area/areaProfile';
import { areaMiniMap, areaSources } from '$lib/ui/area/areaPages.server';
import { areaTrygghet } from '$lib/ui/trygghet/trygghetPage.server';
import { loadCatalogue } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

// Nothing on the page is interactive; without hydration each of the ~6 400 pages ships no script and no inlined data.
export const csr = false;

export const entries: EntryGenerator = () => areasWithData(areaSources()).map(({ level, code }) => ({ level, code }));

const isLevel = (l: string): l is Level => (LEVELS as readonly string[]).includes(l);

export const load: PageServerLoad = ({ params }) => {
	if (!isLevel(params.level)) error(404, 'Unknown level');
	const profile = areaProfile(areaSources(), params.level, params.code, locale());
	if (!profile || !profile.indicators.length) error(404, 'Unknown area');
	return { profile, map: areaMiniMap(params.level, params.code), trygghet: areaTrygghet(params.level, params.code), builtAt: loadCatalogue().builtAt };
};
