// Resolves once the page has had its first contentful paint, so a prerendered page is on screen before the app
// hydrates it: hydration is one long task that, started earlier, holds the first paint back. Waits for the browser's
// own paint timing where it reports one; a hidden tab paints nothing, so it resolves at once; without paint timing,
// after the next frame; and never later than fallbackMs.
import { afterPaint } from './charts/afterPaint.ts';

export function afterFirstPaint(fallbackMs = 1000): Promise<void> {
	return new Promise((resolve) => {
		if (document.visibilityState === 'hidden') return resolve();
		if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
			afterPaint(resolve, fallbackMs);
			return;
		}
		const observer = new PerformanceObserver((list) => {
			if (list.getEntriesByName('first-contentful-paint').length) done();
		});
		const timer = setTimeout(done, fallbackMs);
		function done() {
			observer.disconnect();
			clearTimeout(timer);
			resolve();
		}
		// buffered: a paint that happened before this call is reported too.
		observer.observe({ type: 'paint', buffered: true });
	});
}
