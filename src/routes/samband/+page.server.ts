// The samband page: indicator options, groupings, area names and the default scatter, computed at build.
import { sambandPage } from '$lib/ui/trygghet/sambandPage.server';

export const load = async () => sambandPage();
