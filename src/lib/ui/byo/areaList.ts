// The built list of every area's code and name (static/data/areas.json), fetched once from our own origin when the
// user opens "Add your own data".
import type { AreaEntry } from '$lib/byo/matchAreas';
import { LEVELS } from '$lib/types/dataset';

let cached: Promise<AreaEntry[]> | null = null;

const isEntry = (x: unknown): x is AreaEntry =>
	typeof x === 'object' &&
	x !== null &&
	(LEVELS as readonly string[]).includes((x as AreaEntry).level) &&
	typeof (x as AreaEntry).code === 'string' &&
	typeof (x as AreaEntry).name === 'string';

export function loadAreaList(base: string): Promise<AreaEntry[]> {
	cached ??= fetch(`${base}/data/areas.json`)
		.then((r) => {
			if (!r.ok) throw new Error(`data-file-missing:areas.json:${r.status}`);
			// Bytes that are no JSON (cut short, garbage) are a damaged file, as the shape check below says, not a failed calculation.
			return r.json().catch(() => {
				throw new Error('data-corrupt: areas.json is not valid JSON');
			});
		})
		.then((x: unknown) => {
			if (!Array.isArray(x) || !x.every(isEntry)) throw new Error('data-corrupt: areas.json');
			return x;
		});
	cached.catch(() => (cached = null));
	return cached;
}
