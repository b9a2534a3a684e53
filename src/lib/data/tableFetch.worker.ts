// Downloads DuckDB's Arrow tables off the page's main thread: the body of a file of several megabytes is read and
// hashed here, and its bytes are handed back without a copy. On the main thread, reading observations.arrow's body
// held the page for ~20 ms at a moment nobody chose, often while it was answering the user's first change.
import type { TableReply, TableRequest } from './tableFetch.ts';

const scope = self as unknown as {
	onmessage: ((e: MessageEvent<TableRequest>) => void) | null;
	postMessage(message: TableReply, transfer?: Transferable[]): void;
};

const hex = (digest: ArrayBuffer) => Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');

scope.onmessage = async ({ data: { id, url } }) => {
	try {
		// Low priority: over HTTP/1.1's few connections, the small file that answers the user's first change goes first.
		const res = await fetch(url, { priority: 'low' });
		if (!res.ok) throw new Error(`data-file-missing:${url}:${res.status}`);
		const bytes = await res.arrayBuffer();
		// crypto.subtle exists only in secure contexts (https, localhost); the size check on the page always runs.
		const sha256 = globalThis.crypto?.subtle ? hex(await crypto.subtle.digest('SHA-256', bytes)) : null;
		scope.postMessage({ id, bytes, sha256 }, [bytes]);
	} catch (e) {
		scope.postMessage({ id, error: e instanceof Error ? e.message : String(e) });
	}
};
