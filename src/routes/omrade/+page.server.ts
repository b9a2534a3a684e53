// The index of area pages: every level with its number of areas, each linking to the level's list (/omrade/<level>).
// The areas themselves are listed per level, so no page holds all ~3 200 links at once.
import { areaIndex } from '$lib/ui/area/areaIndex.server';
import type { PageServerLoad } from './$types';

export const csr = false;

export const load: PageServerLoad = () => ({ levels: areaIndex().map(({ level, areas }) => ({ level, count: areas.length })) });
