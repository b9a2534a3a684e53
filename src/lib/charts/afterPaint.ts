// Runs fn once the browser has had a chance to paint what is already on screen (next frame, then a task), so a
// large, secondary update (a long data table) never delays the chart the user just changed. A hidden tab paints no
// frames: a timer then runs it anyway. Returns a cancel function.
export function afterPaint(fn: () => void, fallbackMs = 250): () => void {
	let done = false;
	let task: ReturnType<typeof setTimeout> | undefined;
	const once = () => {
		if (done) return;
		done = true;
		cancel();
		fn();
	};
	const frame = requestAnimationFrame(() => (task = setTimeout(once, 0)));
	const fallback = setTimeout(once, fallbackMs);
	function cancel() {
		cancelAnimationFrame(frame);
		clearTimeout(task);
		clearTimeout(fallback);
	}
	return () => {
		done = true;
		cancel();
	};
}
