// Injected into every benchmarked page before its own scripts (plain JS: it is read as text, never bundled).
// Exposes window.__bench: waiting for performance marks, timing one map control change until the chart title (and the
// table) change, and one regroup on /jamfor until its results show the new groupings.
(() => {
	try {
		performance.setResourceTimingBufferSize(5000);
	} catch {}
	const waiters = [];
	const origMark = performance.mark.bind(performance);
	performance.mark = function (name, opts) {
		const entry = origMark(name, opts);
		for (const w of waiters.slice()) if (w.name === name) w.resolve(entry.startTime);
		return entry;
	};
	const markTime = (name) => {
		const e = performance.getEntriesByName(name, 'mark');
		return e.length ? e[0].startTime : null;
	};
	/** Resolves with the mark's time (or null after timeoutMs). */
	function waitMark(name, timeoutMs) {
		const t = markTime(name);
		if (t !== null) return Promise.resolve(t);
		return new Promise((resolve) => {
			const w = { name, resolve: (v) => { clearTimeout(timer); waiters.splice(waiters.indexOf(w), 1); resolve(v); } };
			const timer = setTimeout(() => w.resolve(null), timeoutMs);
			waiters.push(w);
		});
	}
	// When the map and the table are both in the DOM (parsed from the prerendered HTML or rendered by script).
	const DATA = ['#main [data-chart="choropleth"] path', '#main table tbody tr'];
	let dataInDom = null;
	// The end of the first rendering frame after that (its paint recorded; raster and presentation follow on other
	// threads): being in the DOM is not being painted, e.g. when the page painted its header before the parser reached
	// the map.
	let dataFrame = null;
	const seen = () => DATA.every((sel) => document.querySelector(sel));
	const domWatch = new MutationObserver(() => {
		if (dataInDom === null && seen()) {
			dataInDom = performance.now();
			domWatch.disconnect();
			requestAnimationFrame(() => setTimeout(() => (dataFrame = performance.now()), 0));
		}
	});
	domWatch.observe(document, { subtree: true, childList: true });

	const dbStatus = () => document.querySelector('[data-db-status]')?.getAttribute('data-db-status') ?? null;
	const title = () => document.querySelector('h2.chart-title')?.textContent ?? null;

	/** Resolves with duckdb:ready's time, or null once the footer reports an error or after timeoutMs. */
	function waitReady(timeoutMs) {
		return new Promise((resolve) => {
			let done = false;
			const finish = (v) => {
				if (done) return;
				done = true;
				clearInterval(iv);
				resolve(v);
			};
			const iv = setInterval(() => dbStatus() === 'error' && finish(null), 50);
			waitMark('duckdb:ready', timeoutMs).then(finish);
		});
	}

	/** Picks `value` (when given and enabled) or the next enabled option of <select id=kind> after the current one. */
	function nextOption(kind, value) {
		const sel = document.getElementById(kind);
		if (!sel) return null;
		const opts = Array.from(sel.options).filter((o) => !o.disabled);
		if (value !== undefined) return opts.some((o) => o.value === value) && sel.value !== value ? { sel, value } : null;
		if (opts.length < 2) return null;
		const i = opts.findIndex((o) => o.value === sel.value);
		return { sel, value: opts[(i + 1) % opts.length].value };
	}

	/**
	 * Queries run since the counts qs0/qe0: their durations and first start → last end. From the 'query' measures the
	 * app records per query when it has them (exact even when queries overlap), else from query:start/end marks paired
	 * in order (older builds; wrong when queries overlap).
	 */
	function queriesSince(qs0, qe0, qm0) {
		const measures = performance.getEntriesByName('query', 'measure').slice(qm0);
		if (qm0 > 0 || measures.length)
			return {
				queries: measures.map((m) => m.duration),
				querySpan: measures.length ? Math.max(...measures.map((m) => m.startTime + m.duration)) - Math.min(...measures.map((m) => m.startTime)) : null
			};
		const starts = performance.getEntriesByName('query:start', 'mark').slice(qs0).map((e) => e.startTime);
		const ends = performance.getEntriesByName('query:end', 'mark').slice(qe0).map((e) => e.startTime);
		return {
			queries: starts.map((s, i) => (ends[i] === undefined ? null : ends[i] - s)),
			querySpan: starts.length && ends.length ? ends[ends.length - 1] - starts[0] : null
		};
	}
	const queryCounts = () => [
		performance.getEntriesByName('query:start', 'mark').length,
		performance.getEntriesByName('query:end', 'mark').length,
		performance.getEntriesByName('query', 'measure').length
	];

	/**
	 * Runs act() and resolves with the performance.now() at which each condition first held after a DOM mutation
	 * (null for one that never held within timeoutMs). A condition is checked after every mutation of the page.
	 */
	function timeUntil(conditions, act, timeoutMs) {
		const at = conditions.map(() => null);
		return new Promise((resolve) => {
			const check = () => {
				const now = performance.now();
				conditions.forEach((c, i) => at[i] === null && c() && (at[i] = now));
				if (at.every((t) => t !== null)) finish();
			};
			const mo = new MutationObserver(check);
			const timer = setTimeout(finish, timeoutMs);
			function finish() {
				mo.disconnect();
				clearTimeout(timer);
				resolve(at);
			}
			mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
			act();
		});
	}

	// The map's table of areas (deferred until the chart has painted; aria-busy until then).
	const mapTable = () => document.querySelector('.explorer > .table-wrap');
	const tableCaption = () => mapTable()?.querySelector('caption')?.textContent ?? null;

	/**
	 * Changes one control (to `value`, or to the next option) and times it until the chart title's text changes (a DOM
	 * mutation; the map's fills change in the same update), and until the table below shows the new view (its caption
	 * changed and no longer busy). ms/tableMs are null on timeout.
	 */
	async function change(kind, timeoutMs, value) {
		const pick = nextOption(kind, value);
		if (!pick) return { kind, skipped: true, reason: value === undefined ? 'fewer than two options' : `option ${value} not offered or already shown` };
		const before = title();
		const captionBefore = tableCaption();
		const statusBefore = dbStatus();
		const [qs0, qe0, qm0] = queryCounts();
		const t0 = performance.now();
		const titleChanged = () => {
			const now = title();
			return now !== null && now !== before;
		};
		const tableShown = () => !mapTable() || (tableCaption() !== captionBefore && mapTable().getAttribute('aria-busy') !== 'true');
		const [t1, t2] = await timeUntil(
			[titleChanged, tableShown],
			() => {
				pick.sel.value = pick.value;
				pick.sel.dispatchEvent(new Event('input', { bubbles: true }));
				pick.sel.dispatchEvent(new Event('change', { bubbles: true }));
			},
			timeoutMs
		);
		return {
			kind,
			value: pick.value,
			level: document.getElementById('level')?.value ?? null,
			start: t0,
			ms: t1 === null ? null : t1 - t0,
			tableMs: t2 === null || !mapTable() ? null : t2 - t0,
			statusBefore,
			statusAfter: dbStatus(),
			titleBefore: before,
			titleAfter: title(),
			...queriesSince(qs0, qe0, qm0)
		};
	}

	/**
	 * /jamfor: toggles the grouping checkbox at index i (on→off or off→on; never the last one left on) and times it
	 * until the results show the new groupings (their data-state attribute changes: every section draws in that update).
	 */
	async function regroup(i, timeoutMs) {
		const boxes = Array.from(document.querySelectorAll('input[name=grupper]'));
		const box = boxes[i % Math.max(boxes.length, 1)];
		if (!box) return { kind: 'regroup', skipped: true, reason: 'no grouping checkboxes' };
		if (box.checked && boxes.filter((b) => b.checked).length < 2) return { kind: 'regroup', skipped: true, reason: 'last grouping left on' };
		const results = () => document.querySelector('.results[data-state]');
		const before = results()?.getAttribute('data-state') ?? null;
		const statusBefore = dbStatus();
		const [qs0, qe0, qm0] = queryCounts();
		const t0 = performance.now();
		const [t1] = await timeUntil(
			[() => { const now = results()?.getAttribute('data-state'); return !!now && now !== before && results().getAttribute('aria-busy') !== 'true'; }],
			() => box.click(),
			timeoutMs
		);
		return {
			kind: 'regroup',
			value: `${box.value}:${box.checked ? 'on' : 'off'}`,
			start: t0,
			ms: t1 === null ? null : t1 - t0,
			statusBefore,
			statusAfter: dbStatus(),
			titleBefore: before,
			titleAfter: results()?.getAttribute('data-state') ?? null,
			...queriesSince(qs0, qe0, qm0)
		};
	}

	/** Waits for app:first-chart, then (in the next task) changes one control. */
	async function firstInteraction(kind, timeoutMs, value) {
		const fc = await waitMark('app:first-chart', timeoutMs);
		if (fc === null) return { kind, error: 'no app:first-chart' };
		await new Promise((r) => setTimeout(r, 0));
		return { firstChart: fc, ...(await change(kind, timeoutMs, value)) };
	}

	function snapshot() {
		const nav = performance.getEntriesByType('navigation')[0];
		const paint = (n) => performance.getEntriesByName(n).find((e) => e.entryType === 'paint')?.startTime ?? null;
		return {
			timeOrigin: performance.timeOrigin,
			fp: paint('first-paint'),
			fcp: paint('first-contentful-paint'),
			firstChart: markTime('app:first-chart'),
			duckdbReady: markTime('duckdb:ready'),
			dataInDom,
			dataFrame,
			marks: performance.getEntriesByType('mark').map((e) => ({ name: e.name, t: e.startTime })),
			dbStatus: dbStatus(),
			nav: nav ? { url: nav.name, responseEnd: nav.responseEnd, encodedBodySize: nav.encodedBodySize, transferSize: nav.transferSize, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd } : null,
			resources: performance.getEntriesByType('resource').map((e) => ({
				url: e.name,
				initiatorType: e.initiatorType,
				startTime: e.startTime,
				responseEnd: e.responseEnd,
				encodedBodySize: e.encodedBodySize,
				transferSize: e.transferSize
			}))
		};
	}

	window.__bench = { waitMark, waitReady, markTime, change, regroup, firstInteraction, snapshot, dbStatus };
	// Set by an earlier init script for interaction loads: arm the first change before the page's own scripts run.
	const auto = window.__BENCH_FIRST__;
	if (auto) window.__benchFirst = firstInteraction(auto.kind, auto.timeoutMs, auto.value);
})();
