// Areas known only from statistics tables, without polygons: the 2007–2019 stadsdelsområden and 2014's valdistrikt.
import { slug } from '../slug.ts';
import { cell, readCsv, GEO_FILES } from './readers.ts';
import { SDO2007_TO_SDO } from './cityParts.ts';

/** Names of the 2007–2019 stadsdelsområden as the transcribed Statistik om Stockholm tables spell them. */
export function sdo2007Names(rawDir: string): { names: string[]; warnings: string[] } {
	const names = new Set<string>();
	readCsv(rawDir, 'sdo2007Table').forEach((row, i) => {
		if (row.area_level === 'stadsdelsomrade_2007_2020') names.add(cell(row, 'area_name', `${GEO_FILES.sdo2007Table} row ${i + 2}`));
	});
	const known = Object.keys(SDO2007_TO_SDO);
	const warnings = [
		...[...names].filter((n) => !known.includes(n)).map((n) => `stadsdelsomrade2007 '${n}' in ${GEO_FILES.sdo2007Table} has no mapping to a current stadsdelsområde`),
		...known.filter((n) => !names.has(n)).map((n) => `stadsdelsomrade2007 '${n}' does not occur in ${GEO_FILES.sdo2007Table}`)
	];
	return { names: [...new Set([...names, ...known])].sort((a, b) => slug(a).localeCompare(slug(b))), warnings };
}

/** The 2014 valdistrikt (code → name) from Valmyndigheten's results table. */
export function valdistrikt2014(rawDir: string): Map<string, string> {
	const out = new Map<string, string>();
	readCsv(rawDir, 'valdistriktTable').forEach((row, i) => {
		if (row.ar !== '2014' || row.distriktstyp !== 'valdistrikt') return;
		const where = `${GEO_FILES.valdistriktTable} row ${i + 2}`;
		const code = cell(row, 'valdistriktskod', where);
		if (!out.has(code)) out.set(code, cell(row, 'valdistriktsnamn', where));
	});
	return out;
}
