// One indicator's figures as CSV for download: a comment header naming source, definition and licence, then rows.
import { csvFormatRows } from 'd3-dsv';
import type { Indicator, Level, Observation } from '../../src/lib/types/dataset.ts';
import { neutraliseFormula } from '../../src/lib/share/csv.ts';

export function indicatorCsv(ind: Indicator, rows: Observation[], nameOf: (level: Level, code: string) => string): string {
	const header = [
		`# ${ind.name.sv} / ${ind.name.en}`,
		`# Definition: ${ind.description.sv}`,
		`# Källa: ${ind.source.publisher}, ${ind.source.table}, ${ind.source.url} (licens: ${ind.source.licence})`,
		`# Status: ok = som i källan; derived = beräknat från avrundade andelar; approximate = ungefärligt (t.ex. viktat eller överfört mellan indelningar); missing = uppgift saknas`
	];
	const body = csvFormatRows([
		['indikator', 'niva', 'kod', 'namn', 'ar', 'varde', 'taljare', 'namnare', 'status'],
		...rows.map((r) => [
			r.indicator,
			r.level,
			r.code,
			nameOf(r.level, r.code),
			String(r.year),
			r.value === null ? '' : String(r.value),
			r.numerator === null ? '' : String(r.numerator),
			r.denominator === null ? '' : String(r.denominator),
			r.status
		].map(neutraliseFormula))
	]);
	return header.map((h) => h.replace(/[\r\n]+/g, ' ')).join('\n') + '\n' + body + '\n';
}
