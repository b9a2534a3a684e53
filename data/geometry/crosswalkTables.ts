// Reads the mirror's crosswalk tables (geo/crosswalks) into parents per code and land areas.
import type { Level } from '../../src/lib/types/dataset.ts';
import { slug } from '../slug.ts';
import type { TableParents } from './crosswalkCheck.ts';
import { cell, numberCell, readCsv, GEO_FILES, type GeoFile } from './readers.ts';

export interface CrosswalkTable extends TableParents {
	landKm2: Map<string, number>;
}

function table(
	rawDir: string,
	file: GeoFile,
	codeColumn: string,
	codeOf: (value: string) => string,
	parentColumns: Partial<Record<Level, [column: string, codeOf: (value: string) => string]>>
): CrosswalkTable {
	const parents = new Map<string, Partial<Record<Level, string>>>();
	const landKm2 = new Map<string, number>();
	readCsv(rawDir, file).forEach((row, i) => {
		const where = `${GEO_FILES[file]} row ${i + 2}`;
		const code = codeOf(cell(row, codeColumn, where));
		const p: Partial<Record<Level, string>> = {};
		for (const [level, [column, parentCode]] of Object.entries(parentColumns) as [Level, [string, (v: string) => string]][]) {
			p[level] = parentCode(cell(row, column, where));
		}
		parents.set(code, p);
		landKm2.set(code, numberCell(row, 'landyta_km2', where));
	});
	return { file: GEO_FILES[file], parents, landKm2 };
}

const same = (v: string) => v;

export function stadsdelTable(rawDir: string): CrosswalkTable {
	return table(rawDir, 'stadsdelToSdo', 'stadsdel', slug, { stadsdelsomrade: ['stadsdelsomrade', slug] });
}

export function desoTable(rawDir: string): CrosswalkTable {
	return table(rawDir, 'desoToStadsdel', 'desokod', same, {
		regso: ['regsokod_2020', same],
		stadsdel: ['stadsdel_primar', slug],
		stadsdelsomrade: ['stadsdelsomrade_primar', slug]
	});
}

export function regsoTable(rawDir: string): CrosswalkTable {
	return table(rawDir, 'regsoToStadsdel', 'regsokod_2020', same, {
		stadsdel: ['stadsdel_primar', slug],
		stadsdelsomrade: ['stadsdelsomrade_primar', slug]
	});
}

/** Land area of each stadsdelsområde: Σ stadsdel land × its land share in that stadsdelsområde. */
export function sdoLandKm2(rawDir: string): Map<string, number> {
	const out = new Map<string, number>();
	readCsv(rawDir, 'stadsdelToSdo').forEach((row, i) => {
		const where = `${GEO_FILES.stadsdelToSdo} row ${i + 2}`;
		const land = numberCell(row, 'landyta_km2', where);
		for (const part of cell(row, 'alla_stadsdelsomraden_landyta', where).split(';')) {
			const [name, share] = part.split(':');
			const n = Number(share);
			if (!name || !share?.trim() || !Number.isFinite(n)) throw new Error(`${where}: unreadable land share '${part}'`);
			const code = slug(name);
			out.set(code, (out.get(code) ?? 0) + land * n);
		}
	});
	return out;
}

export interface Deso2025Row {
	deso2025: string;
	deso2018: string;
	relation: 'same_code' | 'split_from';
	regso2025: string;
	regso2020: string;
}

export function deso2025Rows(rawDir: string): Deso2025Row[] {
	return readCsv(rawDir, 'deso2025ToDeso').map((row, i) => {
		const where = `${GEO_FILES.deso2025ToDeso} row ${i + 2}`;
		const relation = cell(row, 'relation', where);
		if (relation !== 'same_code' && relation !== 'split_from') throw new Error(`${where}: unknown relation '${relation}'`);
		return {
			deso2025: cell(row, 'deso2025', where),
			deso2018: cell(row, 'deso2018', where),
			relation,
			regso2025: cell(row, 'regso2025', where),
			regso2020: cell(row, 'regso2020', where)
		};
	});
}
