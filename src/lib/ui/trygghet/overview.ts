// The trygghet page's opening overview: for each of the 13 stadsdelsområden, every trygghet measure that exists for
// it with its latest value and year (quoted survey figures, police notices naming it, Brå's reported offences where
// fetched). Pure: everything is passed in, computed once at build.
import type { Observation } from '../../types/dataset.ts';
import type { EvidenceFamily, EvidenceRow, EvidenceSourceType, NoticeRow } from '../../types/trygghet.ts';
import { districtOf, type StadsdelParents } from '../../model/evidenceDistricts.ts';
import { innerstadYtterstad, JARVA, type InnerstadYtterstad } from '../../model/cityRegions.ts';

export interface OverviewMeasure {
	id: string;
	family: EvidenceFamily;
	measureName: EvidenceRow['measureName'];
	unit: string;
	unitName: EvidenceRow['unitName'];
	value: number;
	year: number | null;
	period: string | null;
	/** The area the figure is about as the source names it (the district itself, or a stadsdel inside it). */
	areaName: string;
	isStadsdel: boolean;
	sourceType: EvidenceSourceType;
}

export interface OverviewBra {
	year: number;
	/** Brå's count and rate per 100 000 (Brå's population base for that year); null where not published. */
	total: number | null;
	totalPer100k: number | null;
	person: number | null;
	personPer100k: number | null;
}

export interface OverviewRow {
	code: string;
	name: string;
	region: InnerstadYtterstad | null;
	jarva: boolean;
	/** Latest quoted figure of each measure (same survey, wording and area; either SDO vintage), never merged with another. */
	measures: OverviewMeasure[];
	/** Notices naming the district in the latest full calendar year covered. */
	notices: number;
	bra: OverviewBra | null;
}

export const BRA_TOTAL = 'anmalda_brott_totalt';
export const BRA_PERSON = 'anmalda_brott_mot_person_brb_3_7_kap';

/** The latest full calendar year before `to` (YYYY-MM-DD), or that year when `to` is 31 December. */
export function lastFullYear(to: string): number {
	const y = Number(to.slice(0, 4));
	return to.slice(5) === '12-31' ? y : y - 1;
}

function latestBra(observations: readonly Observation[], code: string): OverviewBra | null {
	const own = observations.filter((o) => o.level === 'stadsdelsomrade' && o.code === code && o.value !== null);
	const totals = own.filter((o) => o.indicator === BRA_TOTAL);
	if (!totals.length) return null;
	const year = Math.max(...totals.map((o) => o.year));
	const v = (id: string) => own.find((o) => o.indicator === id && o.year === year)?.value ?? null;
	return { year, total: v(BRA_TOTAL), totalPer100k: v(`${BRA_TOTAL}_per_100k`), person: v(BRA_PERSON), personPer100k: v(`${BRA_PERSON}_per_100k`) };
}

export function trygghetOverview(input: {
	sdos: readonly { code: string; name: string }[];
	evidence: readonly EvidenceRow[];
	parents: StadsdelParents;
	notices: readonly NoticeRow[];
	noticeYear: number;
	crime: readonly Observation[];
}): OverviewRow[] {
	return input.sdos.map((sdo) => {
		const latest = new Map<string, EvidenceRow>();
		for (const r of input.evidence) {
			if (districtOf(r, input.parents).key !== sdo.code) continue;
			// The district's own figures at either SDO vintage are one series (its boundaries did not change in 2020;
			// SOURCES.md): the latest wins. Different wordings, surveys or areas (a stadsdel) stay apart.
			const sdoLevel = r.level === 'stadsdelsomrade' || r.level === 'stadsdelsomrade2007';
			const key = sdoLevel ? `${r.family}|${r.measure}|sdo` : `${r.measureKey}#${r.areaName}`;
			const prev = latest.get(key);
			if (!prev || (r.year ?? -1) > (prev.year ?? -1)) latest.set(key, r);
		}
		const measures = [...latest.values()]
			.map((r) => ({
				id: r.id,
				family: r.family,
				measureName: r.measureName,
				unit: r.unit,
				unitName: r.unitName,
				value: r.value,
				year: r.year,
				period: r.period,
				areaName: r.areaName,
				isStadsdel: r.level === 'stadsdel',
				sourceType: r.sourceType
			}))
			.sort((a, b) => Number(a.isStadsdel) - Number(b.isStadsdel) || a.family.localeCompare(b.family) || a.measureName.sv.localeCompare(b.measureName.sv, 'sv'));
		const notices = input.notices.filter((n) => n.sdoCodes.includes(sdo.code) && (n.date ?? n.publishedAt).startsWith(String(input.noticeYear))).length;
		return { code: sdo.code, name: sdo.name, region: innerstadYtterstad(sdo.code), jarva: JARVA.has(sdo.code), measures, notices, bra: latestBra(input.crime, sdo.code) };
	});
}
