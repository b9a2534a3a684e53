// Chrome-less embed of the map (default view prerendered; any other view from the URL, rendered in the browser).
import { mapInitial } from '$lib/server/mapInitial';

export const load = async () => mapInitial();
