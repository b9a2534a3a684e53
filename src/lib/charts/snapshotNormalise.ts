// Normalises server-rendered chart markup for golden snapshots: Svelte's comments and scoped class hashes removed,
// numbers rounded to one decimal, one tag per line, so a diff shows only real changes.
export function normalise(html: string): string {
	return html
		.replace(/<!--[^]*?-->/g, '')
		.replace(/\s?svelte-[a-z0-9]+/g, '')
		.replace(/ class=""/g, '')
		.replace(/-?\d+\.\d+/g, (n) => String(Math.round(Number(n) * 10) / 10))
		.replace(/></g, '>\n<')
		.trim();
}
