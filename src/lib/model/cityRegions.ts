// Stockholm's 13 stadsdelsområden (2020–) grouped into Innerstaden, Västerort and Söderort, and Järva inside Västerort.

export type InnerstadYtterstad = 'innerstaden' | 'vasterort' | 'soderort';

const INNERSTADEN = new Set(['kungsholmen', 'norrmalm', 'ostermalm', 'sodermalm']);
const VASTERORT = new Set(['rinkeby-kista', 'spanga-tensta', 'hasselby-vallingby', 'bromma']);
const SODERORT = new Set(['enskede-arsta-vantor', 'skarpnack', 'farsta', 'hagersten-alvsjo', 'skarholmen']);
/** Järva: an overlapping group inside Västerort, not a level. */
export const JARVA: ReadonlySet<string> = new Set(['rinkeby-kista', 'spanga-tensta']);

/** Innerstaden / Västerort / Söderort of a current SDO slug; null for a slug that is not one of the 13. */
export function innerstadYtterstad(sdo: string): InnerstadYtterstad | null {
	if (INNERSTADEN.has(sdo)) return 'innerstaden';
	if (VASTERORT.has(sdo)) return 'vasterort';
	if (SODERORT.has(sdo)) return 'soderort';
	return null;
}

/** The parts of the city the motion's question (KS 2025/652) is about: Järva, the rest of Västerort, Söderort, Innerstaden. */
export type CityPart = 'jarva' | 'vasterortOther' | 'soderort' | 'innerstaden';
export const CITY_PARTS: readonly CityPart[] = ['jarva', 'vasterortOther', 'soderort', 'innerstaden'];

/** The part of the city of a current SDO slug, Järva taken out of Västerort; null for a slug that is not one of the 13. */
export function cityPart(sdo: string): CityPart | null {
	if (JARVA.has(sdo)) return 'jarva';
	const r = innerstadYtterstad(sdo);
	return r === 'vasterort' ? 'vasterortOther' : r;
}
