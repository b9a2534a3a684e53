// Reads the mirror's long-format trygghet CSVs (indicator,unit,year,[period],area_level,area_name,value,note,…) into typed rows.
import { csvParse } from 'd3-dsv';

export interface LongRow {
	/** 1-based line in the file (header = 1); assumes no quoted line breaks, which the loader checks. */
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

/** Parses one long-format file; a missing column is a failure, a line-count mismatch a warning. */
export function parseLongCsv(text: string, file: string): LongParse {
	const body = text.replace(/^\uFEFF/, '');
	const parsed = csvParse(body);
	const missing = REQUIRED.filter((c) => !parsed.columns.includes(c));
	if (missing.length > 0) return { ok: false, error: `${file}: missing column(s) ${missing.join(', ')}` };
	const warnings: string[] = [];
	const physicalRows = body.split(/\r?\n/).filter((l) => l.length > 0).length - 1;
	if (physicalRows !== parsed.length) {
		warnings.push(`${file}: ${parsed.length} records on ${physicalRows} lines (quoted line breaks?); line numbers are approximate`);
	}
	const hasPeriod = parsed.columns.includes('period');
	const rows = parsed.map(
		(r, i): LongRow => ({
			line: i + 2,
			indicator: (r.indicator ?? '').trim(),
			unit: (r.unit ?? '').trim(),
			year: (r.year ?? '').trim(),
			period: hasPeriod ? (r.period ?? '').trim() || null : null,
			areaLevel: (r.area_level ?? '').trim(),
			areaName: (r.area_name ?? '').trim(),
			value: (r.value ?? '').trim(),
			note: r.note ?? '',
			sourceTitle: r.source_title ?? '',
			sourceUrl: (r.source_url ?? '').trim()
		})
	);
	return { ok: true, rows, warnings };
}
