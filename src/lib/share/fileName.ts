// File names that say what they hold, e.g. "andel-lag-ekonomisk-standard-2024-stadsdelsomrade.png".

export function fileSlug(...parts: (string | number)[]): string {
	return parts
		.map((p) => String(p))
		.join('-')
		.toLowerCase()
		.replace(/[åä]/g, 'a')
		.replace(/ö/g, 'o')
		.replace(/é/g, 'e')
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 120) || 'diagram';
}
