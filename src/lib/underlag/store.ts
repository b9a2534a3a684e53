// The Underlag kept in this browser's IndexedDB (idb-keyval), one record changed in one transaction at a time,
// so a figure added in another tab is never lost by an edit here. Nothing is sent anywhere.
import { createStore, del, get, update, type UseStore } from 'idb-keyval';
import { readDoc } from './collection.ts';
import { EMPTY_DOC, type UnderlagDoc } from './types.ts';

let store: UseStore | null = null;
const db = () => (store ??= createStore('stadsdelskollen-underlag', 'underlag'));
const KEY = 'doc';

export async function loadUnderlag(): Promise<UnderlagDoc> {
	return readDoc(await get(KEY, db()));
}

/** Applies `change` to the stored collection (read, change and write in one transaction) and returns the result. */
export async function changeUnderlag(change: (doc: UnderlagDoc) => UnderlagDoc): Promise<UnderlagDoc> {
	let out = EMPTY_DOC;
	await update(KEY, (old) => (out = change(readDoc(old))), db());
	return out;
}

export async function clearUnderlag(): Promise<void> {
	await del(KEY, db());
}
