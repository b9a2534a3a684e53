// A small area list for the byo unit tests: today's 13 stadsdelsområden, the 14 before 2020, and a few stadsdelar
// and DeSO codes (names as in static/data/areas.json).
import type { AreaEntry } from './matchAreas.ts';

const SDO: [string, string][] = [
	['bromma', 'Bromma'],
	['enskede-arsta-vantor', 'Enskede-Årsta-Vantör'],
	['farsta', 'Farsta'],
	['hagersten-alvsjo', 'Hägersten-Älvsjö'],
	['hasselby-vallingby', 'Hässelby-Vällingby'],
	['kungsholmen', 'Kungsholmen'],
	['norrmalm', 'Norrmalm'],
	['ostermalm', 'Östermalm'],
	['rinkeby-kista', 'Rinkeby-Kista'],
	['skarholmen', 'Skärholmen'],
	['skarpnack', 'Skarpnäck'],
	['sodermalm', 'Södermalm'],
	['spanga-tensta', 'Spånga-Tensta']
];

export const TEST_AREAS: AreaEntry[] = [
	...SDO.map(([code, name]) => ({ level: 'stadsdelsomrade' as const, code, name })),
	...SDO.filter(([c]) => c !== 'hagersten-alvsjo').map(([code, name]) => ({ level: 'stadsdelsomrade2007' as const, code, name, parent: code })),
	{ level: 'stadsdelsomrade2007', code: 'hagersten-liljeholmen', name: 'Hägersten-Liljeholmen', parent: 'hagersten-alvsjo' },
	{ level: 'stadsdelsomrade2007', code: 'alvsjo', name: 'Älvsjö', parent: 'hagersten-alvsjo' },
	{ level: 'stadsdel', code: 'rinkeby', name: 'Rinkeby' },
	{ level: 'stadsdel', code: 'kista', name: 'Kista' },
	{ level: 'stadsdel', code: 'skarholmen', name: 'Skärholmen' },
	{ level: 'stadsdel', code: 'tensta', name: 'Tensta' },
	{ level: 'deso', code: '0180C1010', name: '0180C1010' },
	{ level: 'deso', code: '0180C1020', name: '0180C1020' },
	{ level: 'kommun', code: '0180', name: 'Stockholm' }
];

export const SDO_NAMES = SDO.map(([, name]) => name);
