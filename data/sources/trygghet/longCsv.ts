// Reads the mirror's long-format trygghet CSVs (indicator,unit,year,[period],area_level,area_name,value,note,…) into typed rows.
import { parseCsv } from '../../csv.ts';

export interface LongRow {
	/** 1-based line where the record starts (header = 1), counting quoted line breaks. */
	line: number;
	indicator: string;
	unit: string;
	year: string;
	period: string | null;
	areaLevel: string;
	areaName: string;
	value: string;
	note: string;
	sourceTitle: string;
	sourceUrl: string;
}

const REQUIRED = [
	'indicator',
	'unit',
	'year',
	'area_level',
	'area_name',
	'value',
	'note',
	'source_title',
	'source_url'
] as const;

export type LongParse = { ok: true; rows: LongRow[]; warnings: string[] } | { ok: false; error: string };

/** Parses one long-format file; a missing column is a described failure. */
export function parseLongCsv(text: string, file: string): LongParse {
	const table = parseCsv(text, file);
	const missing = REQUIRED.filter((c) => !table.columns.includes(c));
	if (missing.length > 0) return { ok: false, error: `${file}: missing column(s) ${missing.join(', ')}` };
	const hasPeriod = table.columns.includes('period');
	const rows = table.rows.map(
		(r): LongRow => ({
			line: r.line,
			indicator: r.get('indicator'),
			unit: r.get('unit'),
			year: r.get('year'),
			period: hasPeriod ? r.get('period') || null : null,
			areaLevel: r.get('area_level'),
			areaName: r.get('area_name'),
			value: r.get('value'),
			note: r.get('note'),
			sourceTitle: r.get('source_title'),
			sourceUrl: r.get('source_url')
		})
	);
	return { ok: true, rows, warnings: [] };
}
