// Brå's reported offences per stadsdelsområde, from the folder `npm run data:fetch` writes (data/fetched/bra_sol):
// the saved SOL result, checked against the manifest's sha256, read with the fetcher's own parser, as observations
// of the same indicators as the kommun series in the mirror (which stays the city value).
//
// Vintages: a label of the 13 current stadsdelsområden goes to level stadsdelsomrade for every year (their
// boundaries did not change in 2020); Hägersten-Liljeholmen and Älvsjö go to stadsdelsomrade2007. For the years
// they are published, the 12 unchanged areas are also written at stadsdelsomrade2007 (a complete map of that
// division), and Hägersten-Älvsjö gets a harmonised count, the sum of the two, with status 'derived'. Brå's rate is
// never harmonised (the populations are not published with it).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import type { CrimeCategory } from '../../../src/lib/types/trygghet.ts';
import type { TracedObservation } from '../../types.ts';
import { readVerified } from '../../fetch/store.ts';
import { slug } from '../../slug.ts';
import { parseResult } from '../../fetch/bra/result.ts';
import { BRA_FORMAT, BRA_MANIFEST, type BraManifest } from '../../fetch/bra/run.ts';
import { OFFENCE_IDS } from '../../fetch/bra/selection.ts';
import { CRIME_CATEGORIES, CRIME_INDICATOR } from './braCrime.ts';

export const HARMONISED = { code: 'hagersten-alvsjo', parts: ['hagersten-liljeholmen', 'alvsjo'] } as const;

export interface DistrictCrimeRow {
	category: CrimeCategory;
	level: 'stadsdelsomrade' | 'stadsdelsomrade2007';
	code: string;
	year: number;
	count: number | null;
	per100k: number | null;
	/** 'published' as Brå gives it; 'summed' for two published rows added (drugs+weapons); 'harmonised' HL + Älvsjö. */
	kind: 'published' | 'summed' | 'harmonised';
	line: number | null;
}

export interface BraDistricts {
	rows: DistrictCrimeRow[];
	/** Raw files read, relative to the fetched folder's parent (e.g. bra_sol/5-textfil.tsv). */
	inputs: string[];
	retrievedAt: string;
	service: string;
	warnings: string[];
}

export class BraDistrictsError extends Error {}

/** Reads the fetched folder; null when it does not exist (a build without fetched files). */
export function loadBraDistricts(dir: string): BraDistricts | null {
	const manifestPath = path.join(dir, BRA_MANIFEST);
	if (!existsSync(manifestPath)) return null;
	const fail = (m: string): never => {
		throw new BraDistrictsError(`${manifestPath}: ${m}`);
	};
	let manifest: BraManifest;
	try {
		manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as BraManifest;
	} catch (e) {
		return fail(`not valid JSON (${(e as Error).message})`);
	}
	if (manifest.format !== BRA_FORMAT) fail(`format is ${JSON.stringify(manifest.format)}, expected "${BRA_FORMAT}"`);
	const step = manifest.steps?.find((s) => s.file === manifest.result?.file);
	if (!step) fail('no step saved the result file');
	const file = path.join(dir, step!.file);
	const bytes = readVerified(dir, step!.file, step!.sha256);
	const parsed = parseResult(iconv.decode(bytes, 'iso-8859-1'), manifest.selection, file);
	const rel = `${path.basename(dir)}/${step!.file}`;
	return { rows: districtRows(parsed.rows, manifest), inputs: [rel], retrievedAt: step!.retrievedAt, service: manifest.service, warnings: [] };
}

/** Brå's rows → one row per category, area and year (pure; exported for tests). */
export function districtRows(
	rows: readonly { line: number; offenceId: string; regionId: string; year: number; count: number | null; per100k: number | null }[],
	manifest: Pick<BraManifest, 'selection'>
): DistrictCrimeRow[] {
	const region = new Map(manifest.selection.regions.map((r) => [r.id, r]));
	const cell = new Map<string, (typeof rows)[number]>();
	for (const r of rows) cell.set(`${r.offenceId}|${r.regionId}|${r.year}`, r);
	const years = [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);
	const out: DistrictCrimeRow[] = [];
	for (const category of CRIME_CATEGORIES) {
		const ids = OFFENCE_IDS[category];
		for (const reg of manifest.selection.regions)
			for (const year of years) {
				const parts = ids.map((id) => cell.get(`${id}|${reg.id}|${year}`));
				if (parts.every((p) => p === undefined)) continue;
				const sum = (k: 'count' | 'per100k') => (parts.every((p) => p && p[k] !== null) ? parts.reduce((s, p) => s + p![k]!, 0) : null);
				out.push({
					category,
					level: reg.vintage === 2020 ? 'stadsdelsomrade' : 'stadsdelsomrade2007',
					code: slug(reg.district),
					year,
					count: sum('count'),
					per100k: sum('per100k'),
					kind: ids.length > 1 ? 'summed' : 'published',
					line: parts.length === 1 ? parts[0]!.line : null
				});
			}
	}
	// Years of the 2007 division: the unchanged areas there too, and Hägersten-Älvsjö harmonised.
	const oldYears = new Set(out.filter((r) => r.level === 'stadsdelsomrade2007').map((r) => r.year));
	const extra: DistrictCrimeRow[] = [];
	for (const r of out)
		if (r.level === 'stadsdelsomrade' && oldYears.has(r.year) && r.code !== HARMONISED.code) extra.push({ ...r, level: 'stadsdelsomrade2007' });
	for (const category of CRIME_CATEGORIES)
		for (const year of oldYears) {
			if (out.some((r) => r.category === category && r.year === year && r.level === 'stadsdelsomrade' && r.code === HARMONISED.code)) continue;
			const parts = HARMONISED.parts.map((code) => out.find((r) => r.category === category && r.year === year && r.level === 'stadsdelsomrade2007' && r.code === code));
			if (parts.some((p) => !p || p.count === null)) continue;
			extra.push({ category, level: 'stadsdelsomrade', code: HARMONISED.code, year, count: parts.reduce((s, p) => s + p!.count!, 0), per100k: null, kind: 'harmonised', line: null });
		}
	return [...out, ...extra];
}

/** Count and Brå-rate observations of the kommun series' indicators; missing stays missing (null), never 0. */
export function districtObservations(rows: readonly DistrictCrimeRow[], file: string): TracedObservation[] {
	return rows.flatMap((r): TracedObservation[] => {
		const origin = r.line !== null ? { origin: { file, row: r.line } } : {};
		const common = { level: r.level, code: r.code, year: r.year, numerator: null, denominator: null, ...origin };
		const countStatus = r.count === null ? 'missing' : r.kind === 'published' ? 'ok' : 'derived';
		const obs: TracedObservation[] = [{ ...common, indicator: CRIME_INDICATOR[r.category], value: r.count, status: countStatus }];
		if (r.kind !== 'harmonised')
			obs.push({ ...common, indicator: `${CRIME_INDICATOR[r.category]}_per_100k`, value: r.per100k, status: r.per100k === null ? 'missing' : r.kind === 'summed' ? 'derived' : 'ok' });
		return obs;
	});
}
