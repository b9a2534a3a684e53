// Injected into every benchmarked page before its own scripts (plain JS: it is read as text, never bundled).
// Exposes window.__bench: waiting for performance marks and timing one control change until the chart title changes.
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
	const seen = () => DATA.every((sel) => document.querySelector(sel));
	const domWatch = new MutationObserver(() => {
		if (dataInDom === null && seen()) {
			dataInDom = performance.now();
			domWatch.disconnect();
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

	/** Picks the next enabled option of <select id=kind> after the current one. */
	function nextOption(kind) {
		const sel = document.getElementById(kind);
		if (!sel) return null;
		const opts = Array.from(sel.options).filter((o) => !o.disabled);
		if (opts.length < 2) return null;
		const i = opts.findIndex((o) => o.value === sel.value);
		return { sel, value: opts[(i + 1) % opts.length].value };
	}

	/** Changes one control and times it until the chart title's text changes (a DOM mutation), or null on timeout. */
	async function change(kind, timeoutMs) {
		const pick = nextOption(kind);
		if (!pick) return { kind, skipped: true };
		const before = title();
		const statusBefore = dbStatus();
		const qs0 = performance.getEntriesByName('query:start', 'mark').length;
		const qe0 = performance.getEntriesByName('query:end', 'mark').length;
		let t0 = 0;
		const done = new Promise((resolve) => {
			const mo = new MutationObserver(() => {
				const now = title();
				if (now !== null && now !== before) finish(performance.now());
			});
			const timer = setTimeout(() => finish(null), timeoutMs);
			function finish(t) {
				mo.disconnect();
				clearTimeout(timer);
				resolve(t);
			}
			mo.observe(document.body, { subtree: true, childList: true, characterData: true });
		});
		t0 = performance.now();
		pick.sel.value = pick.value;
		pick.sel.dispatchEvent(new Event('input', { bubbles: true }));
		pick.sel.dispatchEvent(new Event('change', { bubbles: true }));
		const t1 = await done;
		const starts = performance.getEntriesByName('query:start', 'mark').slice(qs0).map((e) => e.startTime);
		const ends = performance.getEntriesByName('query:end', 'mark').slice(qe0).map((e) => e.startTime);
		return {
			kind,
			value: pick.value,
			start: t0,
			ms: t1 === null ? null : t1 - t0,
			statusBefore,
			statusAfter: dbStatus(),
			titleBefore: before,
			titleAfter: title(),
			// query:start/end pairs in order (DuckDB answers one query at a time)
			queries: starts.map((s, i) => (ends[i] === undefined ? null : ends[i] - s)),
			querySpan: starts.length && ends.length ? ends[ends.length - 1] - starts[0] : null
		};
	}

	/** Waits for app:first-chart, then (in the next task) changes one control. */
	async function firstInteraction(kind, timeoutMs) {
		const fc = await waitMark('app:first-chart', timeoutMs);
		if (fc === null) return { kind, error: 'no app:first-chart' };
		await new Promise((r) => setTimeout(r, 0));
		return { firstChart: fc, ...(await change(kind, timeoutMs)) };
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

	window.__bench = { waitMark, waitReady, markTime, change, firstInteraction, snapshot, dbStatus };
	// Set by an earlier init script for interaction loads: arm the first change before the page's own scripts run.
	const auto = window.__BENCH_FIRST__;
	if (auto) window.__benchFirst = firstInteraction(auto.kind, auto.timeoutMs);
})();
