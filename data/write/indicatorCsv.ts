// One indicator's figures as CSV for download: a comment header naming source, definition, licence and caveats, then rows.
// A carried row says, in its note column, how much of its finer areas' population had data (coverage), and a row the
// build estimated by area weighting says its counts are estimates; its counts stay unrounded, so that
// taljare / namnare reproduces the value shown.
import { csvFormatRows } from 'd3-dsv';
import type { Indicator, Level, Observation } from '../../src/lib/types/dataset.ts';
import { neutraliseFormula } from '../../src/lib/share/csv.ts';
import { formatCoverage } from '../../src/lib/i18n/format.ts';
import { isAreaWeighted } from '../../src/lib/model/areaWeighted.ts';
import sv from '../../messages/sv.json' with { type: 'json' };

/** The wording is the site's own (messages/sv.json), so the CSV and the pages say the same. */
const say = (key: 'area_weighted_note' | 'value_coverage', params: Record<string, string> = {}) =>
	(sv as Record<string, string>)[key]!.replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? '');

/** The note on one row: whether its counts were estimated by area weighting, and its coverage ('' for neither). */
export function indicatorRowNote(ind: Pick<Indicator, 'areaWeighted'>, r: Pick<Observation, 'level' | 'year' | 'coverage'>): string {
	const notes: string[] = [];
	if (isAreaWeighted(ind, r.level, r.year)) notes.push(say('area_weighted_note'));
	if (r.coverage != null) notes.push(say('value_coverage', { pct: formatCoverage(r.coverage, 'sv') }));
	return notes.join('; ');
}

/** A figure as written: twelve significant digits, every digit a source publishes and more than an estimate means,
 *  without the floating-point tail of a computed count (1083.6963200000002 → 1083.69632). */
function figure(v: number | null): string {
	return v === null ? '' : String(Number(v.toPrecision(12)));
}

export function indicatorCsv(ind: Indicator, rows: Observation[], nameOf: (level: Level, code: string) => string): string {
	const header = [
		`# ${ind.name.sv} / ${ind.name.en}`,
		`# Definition: ${ind.description.sv}`,
		`# Källa: ${ind.source.publisher}, ${ind.source.table}, ${ind.source.url} (licens: ${ind.source.licence})`,
		...ind.caveats.map((c) => `# Förbehåll: ${c.sv}`),
		`# Status: ok = som i källan; derived = beräknat från avrundade andelar; approximate = ungefärligt (t.ex. viktat eller överfört mellan indelningar); missing = uppgift saknas`,
		`# befolkning_med_uppgift_andel: för ett värde räknat från mindre områden där några saknar uppgift, andelen (0–1) av deras befolkning som har uppgift; tomt = ingen saknas eller okänt. Areaviktade antal är uppskattningar och lämnas oavrundade så att taljare / namnare ger värdet.`
	];
	const body = csvFormatRows([
		['indikator', 'niva', 'kod', 'namn', 'ar', 'varde', 'taljare', 'namnare', 'status', 'befolkning_med_uppgift_andel', 'anmarkning'],
		...rows.map((r) =>
			[
				r.indicator,
				r.level,
				r.code,
				nameOf(r.level, r.code),
				String(r.year),
				figure(r.value),
				figure(r.numerator),
				figure(r.denominator),
				r.status,
				r.coverage == null ? '' : String(Math.round(r.coverage * 1e4) / 1e4),
				indicatorRowNote(ind, r)
			].map(neutraliseFormula)
		)
	]);
	return header.map((h) => h.replace(/[\r\n]+/g, ' ')).join('\n') + '\n' + body + '\n';
}
