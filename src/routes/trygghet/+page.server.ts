// The trygghet page: computed at build from static/data (trygghet.json, catalogue, utsatta polygons).
import { trygghetPage } from '$lib/ui/trygghet/trygghetPage.server';

export const load = async () => trygghetPage();
