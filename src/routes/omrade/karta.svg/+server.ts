// The area pages' shared locator base map, prerendered once as a static SVG file.
import { miniBaseFile } from '$lib/ui/area/areaPages.server';

export const prerender = true;

export const GET = () => new Response(miniBaseFile(), { headers: { 'content-type': 'image/svg+xml' } });
