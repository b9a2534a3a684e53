// Fixed divisions without polygons of their own: the three city parts and the 14 stadsdelsområden of 2007–2019.
import { slug } from '../slug.ts';

/** Innerstaden, Västerort and Söderort as groups of the 13 current stadsdelsområden (Stockholms stad's usage). */
export const CITY_PARTS: { name: string; stadsdelsomraden: string[] }[] = [
	{ name: 'Innerstaden', stadsdelsomraden: ['Kungsholmen', 'Norrmalm', 'Östermalm', 'Södermalm'] },
	{ name: 'Västerort', stadsdelsomraden: ['Rinkeby-Kista', 'Spånga-Tensta', 'Hässelby-Vällingby', 'Bromma'] },
	{
		name: 'Söderort',
		stadsdelsomraden: ['Enskede-Årsta-Vantör', 'Skarpnäck', 'Farsta', 'Hägersten-Älvsjö', 'Skärholmen']
	}
];

/** City-part code of each current stadsdelsområde code. */
export function cityPartOfSdo(): Map<string, string> {
	return new Map(CITY_PARTS.flatMap((p) => p.stadsdelsomraden.map((sdo) => [slug(sdo), slug(p.name)] as const)));
}

/**
 * The 2007–2019 division → the current one. Every old stadsdelsområde lies within one current one: twelve are
 * identical, and Hägersten-Liljeholmen and Älvsjö were merged into Hägersten-Älvsjö on 2020-01-01.
 */
export const SDO2007_TO_SDO: Record<string, string> = {
	Bromma: 'Bromma',
	'Enskede-Årsta-Vantör': 'Enskede-Årsta-Vantör',
	Farsta: 'Farsta',
	'Hägersten-Liljeholmen': 'Hägersten-Älvsjö',
	'Hässelby-Vällingby': 'Hässelby-Vällingby',
	Kungsholmen: 'Kungsholmen',
	Norrmalm: 'Norrmalm',
	'Rinkeby-Kista': 'Rinkeby-Kista',
	Skarpnäck: 'Skarpnäck',
	Skärholmen: 'Skärholmen',
	'Spånga-Tensta': 'Spånga-Tensta',
	Södermalm: 'Södermalm',
	Älvsjö: 'Hägersten-Älvsjö',
	Östermalm: 'Östermalm'
};

/** Current stadsdelsområde code → the identical 2007 one; absent for Hägersten-Älvsjö, which has no single one. */
export function sdo2007OfSdo(): Map<string, string> {
	const byCurrent = new Map<string, string[]>();
	for (const [old, current] of Object.entries(SDO2007_TO_SDO)) {
		byCurrent.set(slug(current), [...(byCurrent.get(slug(current)) ?? []), slug(old)]);
	}
	return new Map([...byCurrent].filter(([, olds]) => olds.length === 1).map(([c, olds]) => [c, olds[0]!]));
}
