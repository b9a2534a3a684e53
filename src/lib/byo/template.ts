// A template CSV per level, made in the browser from the list of areas: Swedish Excel (BOM, semicolons), one row per
// area with its code and name and empty value columns to fill in.
import { dsvFormat } from 'd3-dsv';
import type { Level } from '../types/dataset.ts';
import type { AreaEntry } from './matchAreas.ts';
import { neutraliseFormula } from '../share/csv.ts';

export const TEMPLATE_COLUMNS = ['kod', 'namn', 'år', 'värde', 'täljare', 'nämnare', 'n', 'felmarginal'];

export function templateCsv(level: Level, areas: readonly AreaEntry[], year: number): string {
	const rows = areas
		.filter((a) => a.level === level)
		.sort((a, b) => a.name.localeCompare(b.name, 'sv'))
		.map((a) => [neutraliseFormula(a.code), neutraliseFormula(a.name), String(year), '', '', '', '', '']);
	return '\ufeff' + dsvFormat(';').formatRows([TEMPLATE_COLUMNS, ...rows]).replace(/\n/g, '\r\n') + '\r\n';
}
