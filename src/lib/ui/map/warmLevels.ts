// Once the page is idle, prepares the map's other levels one at a time (their TopoJSON fetched and projected, the shown
// groupings' outlines traced), so the first visit to a level is as quick as a return to it: on two cores that first
// visit otherwise costs two to three times a return (measured by `npm run bench`, per level). One level per idle
// period, so a user's own action never waits behind more than one level's work. Returns a cancel function.
export type Idle = (run: () => void) => () => void;

/** requestIdleCallback where the browser has it (not Safari), else a short timer. */
export const browserIdle: Idle = (run) => {
	if (typeof requestIdleCallback === 'function') {
		const id = requestIdleCallback(run, { timeout: 2000 });
		return () => cancelIdleCallback(id);
	}
	const id = setTimeout(run, 50);
	return () => clearTimeout(id);
};

/** Runs at once: for work the user's next act is likely to wait for. */
export const immediately: Idle = (run) => {
	run();
	return () => {};
};

export function warmLevels<L>(levels: readonly L[], prepare: (level: L) => Promise<unknown>, idle: Idle = browserIdle): () => void {
	let cancelled = false;
	let cancelWait = () => {};
	const next = (i: number) => {
		if (cancelled || i >= levels.length) return;
		cancelWait = idle(() => {
			// A level that cannot be prepared now is simply left to its first visit, which reports any error itself.
			prepare(levels[i]!).catch(() => {}).finally(() => next(i + 1));
		});
	};
	next(0);
	return () => {
		cancelled = true;
		cancelWait();
	};
}
