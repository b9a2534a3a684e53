// Reads SOL's tab-separated result (POST /solwebb/action/anmalda/resultat/textfil, decoded from ISO-8859-1) into one
// row per offence, region and year. The fetcher runs it before writing anything, and the build reads the saved file
// with it, so a departure from the expected layout stops the fetch rather than the build. Pure: no I/O.
//
// Layout assumed (never seen live from here): title lines, then a header naming offence, region, period, count and
// per-100 000 columns in any order, then one line per cell; a label left empty repeats the line above; `..` marks a
// placeholder (e.g. a parent row a nested selection brings back), never a figure.
import { BraProtocolError, normaliseLabel } from './vocabulary.ts';
import type { BraSelection } from './selection.ts';

export interface ResultRow {
	/** 1-based line in the file. */
	line: number;
	offenceId: string;
	regionId: string;
	year: number;
	count: number | null;
	per100k: number | null;
}

export interface ParsedResult {
	rows: ResultRow[];
	/** Lines with `..` only (placeholders), kept out of the rows. */
	placeholders: { line: number; offence: string; region: string; period: string }[];
}

const COLUMNS = {
	offence: /brott/i,
	region: /region|område/i,
	period: /period|^år$/i,
	per100k: /100\s*000|100k/i,
	count: /^antal( brott)?$/i
} as const;
type Column = keyof typeof COLUMNS;

/** "1 234", "1234", "2 217,5" → number; ".." → null; anything else → undefined (not a number). */
export function parseSolNumber(s: string): number | null | undefined {
	const t = s.replace(/[\s\u00a0\u202f]/g, '');
	if (t === '..' || t === '.' || t === '-') return null;
	if (!/^-?\d+(,\d+)?$/.test(t)) return undefined;
	return Number(t.replace(',', '.'));
}

export function looksLikeHtml(text: string): boolean {
	return /^\s*(<!doctype html|<html|<\?xml|<head|<body)/i.test(text) || /<\/(html|body|div|table)>/i.test(text.slice(0, 4000));
}

export function parseResult(text: string, selection: BraSelection, file = 'result'): ParsedResult {
	const fail = (m: string): never => {
		throw new BraProtocolError('textfil', `${file}: ${m}`);
	};
	if (looksLikeHtml(text)) fail(`an HTML page came back instead of tab-separated text (starts "${text.trim().slice(0, 80)}")`);
	const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
	const headerAt = lines.findIndex((l) => {
		const cells = l.split('\t').map((c) => c.trim());
		return (Object.keys(COLUMNS) as Column[]).every((k) => cells.some((c) => COLUMNS[k].test(c) && (k !== 'offence' || !COLUMNS.count.test(c))));
	});
	if (headerAt < 0) fail(`no header line naming offence, region, period, count and per 100 000 columns (first line: "${(lines[0] ?? '').slice(0, 80)}")`);
	const header = lines[headerAt]!.split('\t').map((c) => c.trim());
	const col = {} as Record<Column, number>;
	for (const k of ['per100k', 'count', 'offence', 'region', 'period'] as Column[]) {
		const i = header.findIndex((c, j) => COLUMNS[k].test(c) && !Object.values(col).includes(j));
		col[k] = i;
	}
	const byLabel = <T extends { id: string; label: string }>(es: readonly T[]) => new Map(es.map((e) => [normaliseLabel(e.label), e]));
	const offences = byLabel(selection.offences);
	const regions = byLabel(selection.regions);
	const periods = byLabel(selection.periods);
	const rows: ResultRow[] = [];
	const placeholders: ParsedResult['placeholders'] = [];
	const last = { offence: '', region: '', period: '' };
	for (let i = headerAt + 1; i < lines.length; i++) {
		const cells = lines[i]!.split('\t').map((c) => c.trim());
		if (cells.every((c) => c === '')) continue;
		const line = i + 1;
		for (const k of ['offence', 'region', 'period'] as const) last[k] = cells[col[k]] || last[k];
		const count = parseSolNumber(cells[col.count] ?? '');
		const per100k = parseSolNumber(cells[col.per100k] ?? '');
		if (count === undefined || per100k === undefined) fail(`line ${line}: "${cells[col.count]}" / "${cells[col.per100k]}" is neither a number nor '..'`);
		if (count === null && per100k === null) {
			placeholders.push({ line, ...last });
			continue;
		}
		const offence = offences.get(normaliseLabel(last.offence));
		const region = regions.get(normaliseLabel(last.region));
		const period = periods.get(normaliseLabel(last.period));
		if (!offence) fail(`line ${line}: offence "${last.offence}" was not selected`);
		if (!region) fail(`line ${line}: region "${last.region}" was not selected`);
		if (!period) fail(`line ${line}: period "${last.period}" was not selected`);
		rows.push({ line, offenceId: offence!.id, regionId: region!.id, year: Number(period!.label), count: count ?? null, per100k: per100k ?? null });
	}
	if (rows.length === 0) fail(`the result holds no figures (${placeholders.length} placeholder line(s) only)`);
	return { rows, placeholders };
}
