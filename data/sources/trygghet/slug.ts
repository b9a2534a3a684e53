// Local copy of the shared area slug rule until data/slug.ts exists; replace the import when it lands.

/** Lowercase, å/ä→a, ö→o, é→e, other non-alphanumerics → '-', collapsed and trimmed. */
export function slug(name: string): string {
	return name
		.toLowerCase()
		.replace(/[åä]/g, 'a')
		.replace(/ö/g, 'o')
		.replace(/é/g, 'e')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
