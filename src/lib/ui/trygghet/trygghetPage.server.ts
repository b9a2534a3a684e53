// Build-time data for the trygghet page: quoted evidence by district, comparable series, Brå city series, police
// notice counts and list, and Polisen's utsatta områden by district. Runs at prerender; never shipped as code.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { FeatureCollection, Geometry } from 'geojson';
import type { Area, Level } from '$lib/types/dataset';
import type { EvidenceRow, NoticeRow, TrygghetData } from '$lib/types/trygghet';
import { loadCatalogue, loadTopology } from '$lib/server/dataset';
import { comparableSeries } from '$lib/model/comparableSeries';
import { countNoticesByArea, noticeRegionTotals, noticeRegionYears, periodIncomplete } from '$lib/model/noticeCounts';
import { evidenceForArea, groupByDistrict, type StadsdelParents } from '$lib/model/evidenceDistricts';
import { utsatta2025InArea, utsattaOverlap, type ListedArea, type OverlapShare } from '$lib/model/utsattaOverlap';
import { cityPart } from '$lib/model/cityRegions';
import { BRA_PERSON, lastFullYear, trygghetOverview } from './overview';

let trygghet: TrygghetData | null = null;
export function loadTrygghet(): TrygghetData {
	if (trygghet) return trygghet;
	const file = path.resolve('static', 'data', 'trygghet.json');
	try {
		trygghet = JSON.parse(readFileSync(file, 'utf8')) as TrygghetData;
	} catch (e) {
		throw new Error(`Cannot read ${file}: run \`npm run data\` first (${(e as Error).message})`);
	}
	return trygghet;
}

function features(key: Level | 'utsatta2023'): { code: string; name: string; kategori: string; geometry: Geometry }[] {
	const topo = loadTopology(key) as Topology;
	const fc = feature(topo, topo.objects[key]!) as unknown as FeatureCollection<Geometry, { code: string; name: string; kategori?: string }>;
	return fc.features.map((f) => ({ code: f.properties.code, name: f.properties.name, kategori: f.properties.kategori ?? '', geometry: f.geometry }));
}

export function stadsdelParents(areas: readonly Area[]): StadsdelParents {
	const sdoName = new Map(areas.filter((a) => a.level === 'stadsdelsomrade').map((a) => [a.code, a.name]));
	const out = new Map<string, { sdo: string; sdoName: string }>();
	for (const a of areas) {
		const sdo = a.level === 'stadsdel' ? a.parents.stadsdelsomrade : undefined;
		if (sdo) out.set(a.code, { sdo, sdoName: sdoName.get(sdo) ?? sdo });
	}
	return out;
}

const overlaps = new Map<Level, OverlapShare[]>();
/** Share of each 2023 utsatt område held by each area of a level with geometry (computed once per level per build). */
export function utsatta2023Overlaps(level: Level): OverlapShare[] {
	let o = overlaps.get(level);
	if (!o) {
		o = loadCatalogue().geoLevels.includes(level) ? utsattaOverlap(features('utsatta2023'), features(level)) : [];
		overlaps.set(level, o);
	}
	return o;
}

/** The 2025 list as its name-matched RegSO, with their parents (Hjulsta has no RegSO of its name and is not here). */
export function utsatta2025Listed(): ListedArea[] {
	const c = loadCatalogue();
	const members = c.groupings.find((g) => g.id === 'utsatta2025')?.members ?? [];
	return c.areas
		.filter((a) => a.level === 'regso' && members.includes(a.code))
		.map((a) => ({ regso: a.code, name: a.name, parents: a.parents }));
}

/** The scrape's coverage as SOURCES_crime.md states it (not in the built file): continuous between these dates, with one gap. */
export const NOTICE_COVERAGE = { from: '2023-03-20', to: '2026-08-22', gaps: ['2025-06-22'] } as const;

export type NoticeLite = Pick<NoticeRow, 'id' | 'date' | 'publishedAt' | 'type' | 'summary' | 'url' | 'sdoCodes' | 'unmatchedPlaces'>;

export function trygghetPage() {
	const t = loadTrygghet();
	const c = loadCatalogue();
	const parents = stadsdelParents(c.areas);
	const sdoNames = Object.fromEntries(c.areas.filter((a) => a.level === 'stadsdelsomrade').map((a) => [a.code, a.name]));
	const stadsdelNames = Object.fromEntries(c.areas.filter((a) => a.level === 'stadsdel').map((a) => [a.code, a.name]));
	const evidence: EvidenceRow[] = t.evidence;
	const districts = groupByDistrict(evidence, parents).map((d) => ({ key: d.key, name: d.name, ids: d.rows.map((r) => r.id) }));
	const notices: NoticeLite[] = [...t.notices]
		.sort((a, b) => (b.date ?? b.publishedAt).localeCompare(a.date ?? a.publishedAt) || a.id.localeCompare(b.id))
		.map(({ id, date, publishedAt, type, summary, url, sdoCodes, unmatchedPlaces }) => ({ id, date, publishedAt, type, summary, url, sdoCodes, unmatchedPlaces }));
	const sdoGroup = c.groupings.find((g) => g.id === 'stadsdelslyftet');
	const sdos = c.areas.filter((a) => a.level === 'stadsdelsomrade').map((a) => ({ code: a.code, name: a.name })).sort((a, b) => a.name.localeCompare(b.name, 'sv'));
	const noticeYear = lastFullYear(NOTICE_COVERAGE.to);
	return {
		builtAt: c.builtAt,
		overview: trygghetOverview({ sdos, evidence, parents, notices: t.notices, noticeYear, crime: t.observations }),
		noticeYear,
		noticeYearIncomplete: periodIncomplete(String(noticeYear), NOTICE_COVERAGE),
		motion: motionEvidence(t, sdos),
		braDistricts: t.braDistricts ?? { fetched: false, retrievedAt: null, years: [] },
		polisenEvents: t.polisenEvents ?? { fetched: false, lastRetrievedAt: null, added: 0, firstAdded: null },
		evidence,
		families: t.evidenceFamilies,
		districts,
		stadsdelNames,
		sdoNames,
		series: comparableSeries(evidence).filter((s) => s.hasTrend),
		crimeYearly: t.crimeYearly,
		crimeQuarterly: t.crimeQuarterly,
		crimeQuarterlySource: t.crimeQuarterlySource ?? null,
		crimeIndicators: t.indicators.map(({ id, name, caveats, source }) => ({ id, name, caveats, source })),
		notices,
		noticeLang: t.noticeLang,
		noticeCoverage: NOTICE_COVERAGE,
		noticeTotals: noticeRegionTotals(t.notices, NOTICE_COVERAGE.from, NOTICE_COVERAGE.to),
		noticeCounts: {
			sdo: countNoticesByArea(t.notices, { by: 'stadsdelsomrade', period: 'halfyear' }),
			region: countNoticesByArea(t.notices, { by: 'innerstad_ytterstad', period: 'halfyear' })
		},
		utsatta2023: utsatta2023Overlaps('stadsdelsomrade'),
		utsatta2025: utsatta2025Listed(),
		utsattaCitations: c.groupings.filter((g) => g.id === 'utsatta2023' || g.id === 'utsatta2025').map((g) => ({ id: g.id, name: g.name, definition: g.definition, citation: g.citation, citationLang: g.citationLang })),
		stadsdelslyftet: sdoGroup?.members ?? []
	};
}

export type TrygghetPageData = ReturnType<typeof trygghetPage>;

/**
 * The evidence the motion's question can be held against: notices per part of the city and year (the same parts as
 * the notices section: Järva, Västerort outside Järva, Söderort, Innerstaden), Brå where fetched.
 */
function motionEvidence(t: TrygghetData, sdos: { code: string; name: string }[]) {
	const noticeYears = noticeRegionYears(t.notices, NOTICE_COVERAGE);
	const rate = t.observations.filter((o) => o.indicator === `${BRA_PERSON}_per_100k` && o.level === 'stadsdelsomrade' && o.value !== null);
	const braYears = rate.map((o) => o.year);
	const bra = rate.length
		? {
				first: Math.min(...braYears),
				last: Math.max(...braYears),
				rows: sdos.map((s) => ({
					code: s.code,
					name: s.name,
					region: cityPart(s.code),
					first: rate.find((o) => o.code === s.code && o.year === Math.min(...braYears))?.value ?? null,
					last: rate.find((o) => o.code === s.code && o.year === Math.max(...braYears))?.value ?? null
				}))
			}
		: null;
	return { noticeYears, bra };
}

/**
 * Everything AreaEvidence.svelte needs for one area, for an area page's load (build time): the quoted figures about
 * it, the 2023 områden it holds part of (share of each område lying in it) and the 2025 list entries inside it.
 */
export function areaTrygghet(level: Level, code: string) {
	return {
		evidence: evidenceForArea(loadTrygghet().evidence, level, code),
		utsatta2023: utsatta2023Overlaps(level).filter((o) => o.code === code),
		utsatta2025: utsatta2025InArea(utsatta2025Listed(), level, code)
	};
}
