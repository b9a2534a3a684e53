// The data build: every source in the raw mirror → one validated model under static/data (see README "Data").
// Skipped when nothing it reads has changed (input hash); any validation failure stops the build with file, row, rule.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Indicator, Level } from '../src/lib/types/dataset.ts';
import { hashInputs } from './inputHash.ts';
import { integrityWarnings, mirrorReads, recordMirrorReads, recordedHashes, resetMirrorReads, unverifiedReads, RECORD_FILE } from './mirror.ts';
import { withUnverifiedCaveat } from './unverified.ts';
import { checkDocumentedRows } from './sourcesDoc.ts';
import { REPO_ROOT, outDir, rawDir } from './paths.ts';
import type { TracedSourceResult } from './csv.ts';
import * as scbRegso from './sources/scb_regso_2020_2023.ts';
import * as omradestyp from './sources/scb_regso_socioekonomiskt_index.ts';
import * as deso2025 from './sources/am_dashboard_deso2025.ts';
import * as statistikOmStockholm from './sources/statistik_om_stockholm.ts';
import * as valmyndigheten from './sources/valmyndigheten.ts';
import * as trygghet from './sources/trygghet/load.ts';
import * as scbPxweb from './sources/scb_pxweb.ts';
import { fetchedDir, fetchedSibling } from './fetch/store.ts';
import { ownRateIndicators, ownRates } from './sources/trygghet/braOwnRates.ts';
import { toTrygghetData } from './sources/trygghet/result.ts';
import { buildAreas } from './geometry/areas.ts';
import { buildCrosswalks } from './geometry/crosswalks.ts';
import { landParts } from './geometry/landParts.ts';
import { buildTopologies } from './geometry/topology.ts';
import { readUtsattaEvidence } from './geometry/utsattaEvidence.ts';
import { buildGroupings } from './groupings.ts';
import { validate, formatFailures, repeatedFigures } from './validate.ts';
import { carryUp, POPULATION_IDS } from './build/carry.ts';
import { writeOutputs } from './build/writeOutputs.ts';
import { fitFrame } from '../src/lib/model/mapShapes.ts';
import { feature } from 'topojson-client';

const log = (s: string) => process.stderr.write(`[data] ${s}\n`);

/** The indicator the landing map opens with. */
export const DEFAULT_INDICATOR = 'lag_ekonomisk_standard_andel';
const MAP_WIDTH = 800;
const MAP_HEIGHT = 760;

const SOURCES: { name: string; load: (raw: string) => TracedSourceResult }[] = [
	{ name: 'scb_regso_2020_2023', load: scbRegso.load },
	{ name: 'scb_regso_socioekonomiskt_index', load: omradestyp.load },
	{ name: 'am_dashboard_deso2025', load: deso2025.load },
	{ name: 'statistik_om_stockholm', load: statistikOmStockholm.load },
	{ name: 'valmyndigheten', load: valmyndigheten.load }
];

export class BuildError extends Error {}

function fail(message: string): never {
	throw new BuildError(message);
}

/**
 * Builds the dataset into `out`; returns false when skipped because nothing changed. Throws BuildError on bad data.
 * `record`: write data/mirror.sha256 from the files read (after checking a new or updated mirror file's figures).
 */
export function build(force = false, raw = rawDir(), out = outDir(), fetched = fetchedDir(), record = false): boolean {
	if (!existsSync(raw))
		fail(
			`the raw data mirror is not at ${raw}. Put ../shared beside the repository, or set STADSDELSKOLLEN_RAW to its data/raw folder. ` +
				'(`npm run data:download` fetches the files that have a public address; the files made for the mirror have none.)'
		);
	const inputHash = hashInputs([
		{ dir: raw },
		...[fetched, fetchedSibling('bra_sol', fetched), fetchedSibling('polisen_events', fetched)].filter((d) => existsSync(d)).map((dir) => ({ dir })),
		{ dir: path.join(REPO_ROOT, 'data'), filter: (f) => (f.endsWith('.ts') && !f.endsWith('.test.ts')) || f === RECORD_FILE },
		{ dir: path.join(REPO_ROOT, 'src', 'lib', 'types') },
		// The indicator CSVs' notes are worded by the site's Swedish messages.
		{ dir: path.join(REPO_ROOT, 'messages'), filter: (f) => f.endsWith('sv.json') },
		{ dir: path.join(REPO_ROOT, 'src', 'lib', 'model'), filter: (f) => f.endsWith('mapShapes.ts') || f.endsWith('aggregate.ts') || f.endsWith('setSource.ts') }
	]);
	const catalogueFile = path.join(out, 'catalog.json');
	if (!force && existsSync(catalogueFile)) {
		try {
			const prev = JSON.parse(readFileSync(catalogueFile, 'utf8')) as { inputHash?: string; files?: Record<string, unknown> };
			const complete = Object.keys(prev.files ?? {}).every((f) => existsSync(path.join(out, f)));
			if (prev.inputHash === inputHash && complete) {
				log(`inputs unchanged (${inputHash.slice(0, 12)}); skipping. Use --force to rebuild.`);
				return false;
			}
		} catch {
			log('previous catalogue unreadable; rebuilding');
		}
	}
	log(`reading the mirror at ${raw}`);
	resetMirrorReads();
	const results = SOURCES.map((s) => {
		const r = s.load(raw);
		log(`${s.name}: ${r.indicators.length} indicators, ${r.observations.length} observations`);
		return r;
	});
	// Figures fetched from SCB (npm run data:fetch) replace or extend the transcribed DeSO 2025 figures.
	const refreshed = scbPxweb.loadIfPresent(fetched);
	if (refreshed) {
		const i = SOURCES.findIndex((s) => s.name === 'am_dashboard_deso2025');
		const merged = scbPxweb.mergeFetched(results[i]!.observations, refreshed.observations);
		results[i] = {
			indicators: scbPxweb.annotateIndicators(results[i]!.indicators, refreshed),
			observations: merged.observations,
			inputs: [...results[i]!.inputs, ...refreshed.inputs],
			warnings: [...results[i]!.warnings, ...refreshed.warnings, ...merged.warnings]
		};
		log(`scb_pxweb: ${refreshed.observations.length} observations fetched from SCB replace or extend the transcribed DeSO 2025 data (${fetched})`);
	}
	const tr = trygghet.load(raw, { bra: fetchedSibling('bra_sol', fetched), polisen: fetchedSibling('polisen_events', fetched) });
	log(`trygghet: ${tr.evidence.length} evidence rows, ${tr.notices.length} notices, ${tr.indicators.length} indicators`);

	const { areas, polygons, warnings: geoWarnings } = buildAreas(raw);
	log(`areas: ${areas.length}`);
	const crosswalks = buildCrosswalks(areas, polygons);
	const groupings = buildGroupings(areas, readUtsattaEvidence(raw, polygons));
	const topologies = buildTopologies(polygons);

	const indicators: Indicator[] = [...results.flatMap((r) => r.indicators), ...tr.indicators];
	const dup = indicators.find((ind, i) => indicators.findIndex((x) => x.id === ind.id) !== i);
	if (dup) fail(`indicator id ${dup.id} is defined by two sources`);
	const sourceObs = [...results.flatMap((r) => r.observations), ...tr.observations];
	const repeated = repeatedFigures(sourceObs);
	if (repeated.length) fail(`validation failed:\n${formatFailures(repeated)}`);
	const carried = carryUp(indicators, sourceObs, crosswalks, log);
	if (tr.braDistricts.fetched) {
		// Brå's district counts per 100 000 of our own population of the same year: needs the carried population.
		const own = ownRates(tr.observations, carried.observations);
		const ownIndicators = ownRateIndicators(tr.indicators);
		const ownCarried = carryUp(ownIndicators, own.observations, crosswalks, log);
		indicators.push(...ownIndicators);
		carried.observations.push(...ownCarried.observations);
		carried.warnings.push(...own.warnings, ...ownCarried.warnings);
		for (const [id, whole] of ownCarried.carriedFrom) carried.carriedFrom.set(id, whole);
		for (const [id, years] of ownCarried.areaWeighted) carried.areaWeighted.set(id, years);
		log(`bra_sol: Brå per stadsdelsområde fetched ${tr.braDistricts.retrievedAt}, years ${tr.braDistricts.years.join(', ')}`);
	}

	const failures = validate({
		areas,
		indicators,
		observations: carried.observations,
		groupings,
		populationNesting: [
			{ indicator: 'folkmangd', child: 'regso', parent: 'kommun' },
			{ indicator: deso2025.POPULATION_ID, child: 'deso2025', parent: 'kommun' }
		]
	});
	if (failures.length) fail(`validation failed:\n${formatFailures(failures)}`);

	for (const ind of indicators) {
		const withValue = carried.observations.filter((o) => o.indicator === ind.id && o.value !== null);
		ind.years = [...new Set(withValue.map((o) => o.year))].sort((a, b) => a - b);
		ind.levels = [...new Set(withValue.map((o) => o.level))] as Level[];
		const whole = carried.carriedFrom.get(ind.id);
		if (whole) ind.carriedFrom = whole;
		const estimated = carried.areaWeighted.get(ind.id);
		if (estimated) ind.areaWeighted = estimated;
	}
	const populationByLevel: Partial<Record<Level, string>> = {};
	for (const id of POPULATION_IDS) {
		const ind = indicators.find((i) => i.id === id);
		for (const l of ind?.levels ?? []) populationByLevel[l] ??= id;
	}
	const kommun = topologies.kommun;
	if (!kommun) fail('no kommun outline to fit the map to');
	const outline = feature(kommun, kommun.objects.kommun!);
	const geoLevels = Object.keys(topologies).filter((k) => k !== 'water' && k !== 'utsatta2023') as Level[];
	// Every mirror file has been read by now (landParts is the last reader).
	const parts = landParts(raw, areas);
	if (record) log(`recorded the sha256 of ${recordMirrorReads()} mirror files in ${path.relative(REPO_ROOT, RECORD_FILE)}`);
	// A file cut at a line break still parses; the row counts SOURCES.md documents show it was cut.
	const documented = checkDocumentedRows(raw, mirrorReads());
	if (documented.errors.length) fail(documented.errors.join('\n'));
	const recorded = recordedHashes();
	const integrity = [...documented.warnings, ...integrityWarnings(recorded)];
	for (const w of integrity) log(`WARNING: ${w}`);
	// Figures from a file that is not the checked version say so where they are shown (a caveat naming the file).
	const unverified = new Set(unverifiedReads(recorded).map((r) => r.file));
	const marked = (ind: Indicator) => withUnverifiedCaveat(ind, ind.source.files, unverified);
	const trygghetData = toTrygghetData(tr);
	const warnings = [
		...integrity,
		...results.flatMap((r) => r.warnings),
		...tr.warnings,
		...geoWarnings,
		...carried.warnings
	];
	if (!indicators.some((i) => i.id === DEFAULT_INDICATOR)) fail(`default indicator ${DEFAULT_INDICATOR} is not built`);
	const written = writeOutputs(out, {
		catalogue: {
			builtAt: new Date().toISOString(),
			inputHash,
			indicators: indicators.map(marked),
			groupings,
			areas,
			warnings,
			frame: fitFrame(outline, MAP_WIDTH, MAP_HEIGHT),
			defaultIndicator: DEFAULT_INDICATOR,
			geoLevels,
			populationByLevel
		},
		areas,
		observations: carried.observations.map(({ origin: _o, ...o }) => o),
		groupings,
		topologies,
		trygghet: {
			...trygghetData,
			indicators: trygghetData.indicators.map(marked),
			evidenceFamilies: trygghetData.evidenceFamilies.map((f) => withUnverifiedCaveat(f, [f.file], unverified))
		},
		parts
	});
	const bytes = Object.values(written.files).reduce((s, f) => s + f.bytes, 0);
	log(`wrote ${Object.keys(written.files).length} files (${(bytes / 1e6).toFixed(1)} MB) to ${out}; ${warnings.length} warnings`);
	return true;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('data/build.ts')) {
	try {
		const record = process.argv.includes('--record-mirror');
		build(record || process.argv.includes('--force'), undefined, undefined, undefined, record);
	} catch (e) {
		log(`FAILED: ${e instanceof Error ? e.message : String(e)}`);
		process.exit(1);
	}
}
