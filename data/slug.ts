// Area codes for levels without official codes (stadsdelsområde, city parts): a slug of the Swedish name.

/** Lowercase; å/ä→a, ö→o (and other accents stripped); runs of non-alphanumerics → '-'; no leading/trailing '-'. */
export function slug(name: string): string {
	return name
		.toLowerCase()
		.replace(/[åä]/g, 'a')
		.replace(/ö/g, 'o')
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}
