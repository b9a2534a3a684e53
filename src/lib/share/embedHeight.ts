// An embedded page (src/routes/embed/) tells the page that frames it how tall its content is, whenever that changes; the
// script in the embed snippet (citation.ts) sets the frame's height from it, so no part of the chart scrolls inside
// the frame. Only a height is sent, to whichever page frames this one: nothing else is said, nothing is received.

export const EMBED_HEIGHT_MESSAGE = 'stadsdelskollen:height';

/** Starts reporting this page's height to its parent frame (none when not framed); returns the stop function. */
export function reportEmbedHeight(): () => void {
	if (window.parent === window) return () => {};
	const root = document.documentElement;
	let last = 0;
	const send = () => {
		const height = Math.ceil(root.getBoundingClientRect().height);
		if (height === last || height <= 0) return;
		last = height;
		window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
	};
	const observer = new ResizeObserver(send);
	observer.observe(root);
	send();
	return () => observer.disconnect();
}
