// Landing page: the default map view, computed at build.
import { mapInitial } from '$lib/server/mapInitial';

export const load = async () => mapInitial();
