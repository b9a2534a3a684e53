// The area page's address as a full URL once it is open in a browser: the prerendered page only knows its path (the
// build does not know where it is deployed), so the permalink and the citation are completed from the link itself.
export function absolutiseAddress(doc: Document): void {
	const link = doc.querySelector<HTMLAnchorElement>('a[data-testid="area-permalink"]');
	if (!link) return;
	const path = link.textContent ?? '';
	const full = link.href; // resolved by the browser against the page's own address
	if (!path.startsWith('/') || !/^https?:\/\//.test(full)) return;
	link.textContent = full;
	for (const el of doc.querySelectorAll<HTMLElement>('[data-testid="area-citation"]')) {
		const text = el.textContent ?? '';
		if (text.endsWith(path)) el.textContent = text.slice(0, -path.length) + full;
	}
}
