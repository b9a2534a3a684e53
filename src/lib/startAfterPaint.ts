// Runs in every prerendered page's start-up script (src/lib/server/paintFirst.ts inlines its source text), before any
// of the app's JavaScript is fetched: so it must stay self-contained, with no imports and no reference to anything
// outside its own body.
//
// Resolves once the page has had its first contentful paint, and only then asks for the app's modules (as
// modulepreload links, so they download in parallel rather than as an import waterfall). Until then the browser's
// worker threads raster the page instead of compiling scripts, and hydration, one long task, cannot hold the first
// paint back. A hidden tab paints nothing: it starts at once. Without paint timing, after the next frame; and never
// later than fallbackMs.
export function startAfterPaint(modules: string[], fallbackMs = 1000): Promise<void> {
	return new Promise((resolve) => {
		let started = false;
		let observer: PerformanceObserver | undefined;
		const start = () => {
			if (started) return;
			started = true;
			observer?.disconnect();
			clearTimeout(timer);
			for (const href of modules) {
				const link = document.createElement('link');
				link.rel = 'modulepreload';
				link.href = href;
				document.head.appendChild(link);
			}
			resolve();
		};
		const timer = setTimeout(start, fallbackMs);
		if (document.visibilityState === 'hidden') return start();
		if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
			requestAnimationFrame(() => setTimeout(start, 0));
			return;
		}
		observer = new PerformanceObserver((list) => {
			if (list.getEntriesByName('first-contentful-paint').length) start();
		});
		// buffered: a paint that happened before this script ran is reported too.
		observer.observe({ type: 'paint', buffered: true });
	});
}
