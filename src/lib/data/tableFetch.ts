// The page's side of tableFetch.worker.ts: one worker for the engine's boot, a promise per table file.
import { workerFailure } from './workerFailure.ts';

export interface TableRequest {
	id: number;
	url: string;
}

export type TableReply = { id: number; bytes: ArrayBuffer; sha256: string | null } | { id: number; error: string };

export interface FetchedTable {
	bytes: Uint8Array;
	/** Hex sha256 of the bytes, or null where the browser offers no crypto.subtle (not a secure context). */
	sha256: string | null;
}

export interface TableFetcher {
	fetch(url: string): Promise<FetchedTable>;
	/** Ends the worker; a fetch still pending is rejected. */
	close(): void;
}

/** `worker` is the started tableFetch.worker.ts (a parameter, so tests can hand in a fake). */
export function tableFetcher(worker: Worker): TableFetcher {
	const pending = new Map<number, { resolve: (t: FetchedTable) => void; reject: (e: Error) => void }>();
	let next = 0;
	const failAll = (e: Error) => {
		for (const p of pending.values()) p.reject(e);
		pending.clear();
	};
	worker.addEventListener('message', ({ data }: MessageEvent<TableReply>) => {
		const p = pending.get(data.id);
		if (!p) return;
		pending.delete(data.id);
		if ('error' in data) p.reject(new Error(data.error));
		else p.resolve({ bytes: new Uint8Array(data.bytes), sha256: data.sha256 });
	});
	worker.addEventListener('error', (e) => failAll(workerFailure(e, 'the table download worker')));
	return {
		fetch(url) {
			const id = next++;
			return new Promise<FetchedTable>((resolve, reject) => {
				pending.set(id, { resolve, reject });
				worker.postMessage({ id, url } satisfies TableRequest);
			});
		},
		close() {
			worker.terminate();
			failAll(new Error('table download stopped'));
		}
	};
}
