// Indicators that measure the same thing on different area vintages (yearbook SDO 2007 → RegSO 2020 → DeSO 2025).
// A time series shows them as separate segments with a visible break, never one line joined across the change.

const FAMILIES: readonly (readonly string[])[] = [
	['folkmangd_31dec', 'folkmangd', 'folkmangd_deso2025'],
	['hyresratt_andel', 'hyresratt_andel_deso2025'],
	['utlandsk_bakgrund_andel_arsbok', 'utlandsk_bakgrund_andel']
];

/** The indicator's family in time order (itself alone when it has none), limited to ids `available` accepts. */
export function seriesFamily(id: string, available: (id: string) => boolean): string[] {
	const family = FAMILIES.find((f) => f.includes(id)) ?? [id];
	return family.filter((x) => x === id || available(x));
}
