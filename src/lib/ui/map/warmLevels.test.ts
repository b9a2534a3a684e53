import { describe, expect, it } from 'vitest';
import { warmLevels, type Idle } from './warmLevels';

/** Idle periods under test control. */
function idleQueue() {
	const waiting: (() => void)[] = [];
	const idle: Idle = (run) => {
		waiting.push(run);
		return () => waiting.splice(waiting.indexOf(run), 1);
	};
	const flush = async () => {
		waiting.shift()?.();
		await new Promise((r) => setTimeout(r, 0));
	};
	return { idle, waiting, flush };
}

describe('warmLevels', () => {
	it('prepares one level per idle period, in order, and nothing before the page is idle', async () => {
		const q = idleQueue();
		const done: string[] = [];
		warmLevels(['stadsdel', 'regso', 'deso'], async (l) => void done.push(l), q.idle);
		expect(done).toEqual([]);
		await q.flush();
		expect(done).toEqual(['stadsdel']);
		await q.flush();
		await q.flush();
		expect(done).toEqual(['stadsdel', 'regso', 'deso']);
		expect(q.waiting).toHaveLength(0);
	});

	it('goes on past a level that fails, leaving it to its first visit', async () => {
		const q = idleQueue();
		const done: string[] = [];
		warmLevels(['regso', 'deso'], async (l) => (l === 'regso' ? Promise.reject(new Error('data-file-missing')) : void done.push(l)), q.idle);
		await q.flush();
		await q.flush();
		expect(done).toEqual(['deso']);
	});

	it('stops when cancelled', async () => {
		const q = idleQueue();
		const done: string[] = [];
		const cancel = warmLevels(['stadsdel', 'regso'], async (l) => void done.push(l), q.idle);
		await q.flush();
		cancel();
		expect(q.waiting).toHaveLength(0);
		expect(done).toEqual(['stadsdel']);
	});
});
