// A user's datasets kept in this browser's IndexedDB (idb-keyval) until they remove them; nothing is sent anywhere.
// Entries are checked on the way out, so a stale or altered record is dropped instead of breaking the map.
import { createStore, del, set, values, type UseStore } from 'idb-keyval';
import { LEVELS } from '../types/dataset.ts';
import type { UserDataset } from './types.ts';

let store: UseStore | null = null;
const db = () => (store ??= createStore('stadsdelskollen-egen-data', 'datasets'));

const ID = /^egen_[a-z0-9_]{1,75}$/;
const num = (x: unknown) => x === null || (typeof x === 'number' && Number.isFinite(x));

/** True when a stored value has the shape this version of the app writes. */
export function isUserDataset(x: unknown): x is UserDataset {
	if (typeof x !== 'object' || x === null) return false;
	const d = x as UserDataset;
	return (
		typeof d.id === 'string' &&
		typeof d.fileName === 'string' &&
		typeof d.addedAt === 'string' &&
		(LEVELS as readonly string[]).includes(d.level) &&
		typeof d.nThreshold === 'number' &&
		Array.isArray(d.indicators) &&
		d.indicators.every((i) => typeof i === 'object' && i !== null && ID.test(i.id) && typeof i.name === 'string' && Array.isArray(i.years) && Array.isArray(i.levels)) &&
		Array.isArray(d.observations) &&
		d.observations.every(
			(o) => typeof o === 'object' && o !== null && typeof o.code === 'string' && typeof o.indicator === 'string' && Number.isInteger(o.year) && num(o.value) && num(o.numerator) && num(o.denominator) && num(o.n) && num(o.moe)
		)
	);
}

export async function saveDataset(d: UserDataset): Promise<void> {
	// $state proxies cannot be structured-cloned: store a plain copy.
	await set(d.id, JSON.parse(JSON.stringify(d)), db());
}

export async function listDatasets(): Promise<UserDataset[]> {
	const all = await values<unknown>(db());
	return all.filter(isUserDataset).sort((a, b) => a.addedAt.localeCompare(b.addedAt));
}

export async function removeDataset(id: string): Promise<void> {
	await del(id, db());
}
