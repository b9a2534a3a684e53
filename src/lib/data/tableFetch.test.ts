// The page's side of the table download worker, against a fake worker: replies by id, failures by id, a worker that
// cannot load failing every pending download as a missing file, and close() ending what is still pending.
import { describe, expect, it } from 'vitest';
import { tableFetcher, type TableReply, type TableRequest } from './tableFetch.ts';

class FakeWorker extends EventTarget {
	requests: TableRequest[] = [];
	terminated = false;
	postMessage(r: TableRequest) {
		this.requests.push(r);
	}
	terminate() {
		this.terminated = true;
	}
	reply(data: TableReply) {
		this.dispatchEvent(new MessageEvent('message', { data }));
	}
}

const start = () => {
	const w = new FakeWorker();
	return { w, f: tableFetcher(w as unknown as Worker) };
};

describe('tableFetcher', () => {
	it('resolves each download with its own reply, whatever the order', async () => {
		const { w, f } = start();
		const a = f.fetch('/data/a.arrow');
		const b = f.fetch('/data/b.arrow');
		expect(w.requests.map((r) => r.url)).toEqual(['/data/a.arrow', '/data/b.arrow']);
		w.reply({ id: w.requests[1]!.id, bytes: new Uint8Array([2, 2]).buffer, sha256: 'bb' });
		w.reply({ id: w.requests[0]!.id, bytes: new Uint8Array([1]).buffer, sha256: null });
		expect(await a).toEqual({ bytes: new Uint8Array([1]), sha256: null });
		expect(await b).toEqual({ bytes: new Uint8Array([2, 2]), sha256: 'bb' });
	});

	it('rejects a download with the worker’s message, leaving the others pending', async () => {
		const { w, f } = start();
		const a = f.fetch('/data/a.arrow');
		const b = f.fetch('/data/b.arrow');
		w.reply({ id: w.requests[0]!.id, error: 'data-file-missing:/data/a.arrow:404' });
		await expect(a).rejects.toThrow('data-file-missing:/data/a.arrow:404');
		w.reply({ id: w.requests[1]!.id, bytes: new ArrayBuffer(1), sha256: 'x' });
		expect((await b).bytes.byteLength).toBe(1);
	});

	it('fails every pending download as a missing file when the worker cannot be loaded', async () => {
		const { w, f } = start();
		const a = f.fetch('/data/a.arrow');
		const b = f.fetch('/data/b.arrow');
		w.dispatchEvent(new Event('error'));
		await expect(a).rejects.toThrow(/^data-file-missing: the table download worker could not be loaded$/);
		await expect(b).rejects.toThrow(/data-file-missing/);
	});

	it('close() ends the worker and what is still pending', async () => {
		const { w, f } = start();
		const a = f.fetch('/data/a.arrow');
		f.close();
		expect(w.terminated).toBe(true);
		await expect(a).rejects.toThrow('table download stopped');
	});
});
