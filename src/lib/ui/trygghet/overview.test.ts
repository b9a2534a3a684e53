import { describe, expect, it } from 'vitest';
import type { Observation } from '../../types/dataset.ts';
import type { EvidenceRow, NoticeRow } from '../../types/trygghet.ts';
import { lastFullYear, trygghetOverview } from './overview.ts';

const row = (id: string, measure: string, level: EvidenceRow['level'], code: string, year: number | null, value: number): EvidenceRow => ({
	id, family: 'stockholms_stad_trygghetsmatning', measure, measureName: { sv: `Namn ${measure}`, en: `Name ${measure}` }, measureKey: `f|${measure}|${level}`,
	value, unit: 'percent', unitName: { sv: 'procent', en: 'percent' }, year, period: null, level, code, sourceLevel: String(level), areaName: code,
	sourceType: 'news', publisher: 'P', publisherName: { sv: 'P', en: 'P' }, quote: null, quoteInherited: false, note: '', sourceTitle: 'T', sourceTitleRuns: [{ text: 'T', lang: 'sv' }], lang: 'sv', url: 'https://example.org/', caveats: []
});
const notice = (id: string, date: string, sdoCodes: string[]): NoticeRow => ({
	id, date, publishedAt: `${date} 10:00:00 +01:00`, type: 'Skottlossning', title: '', summary: '', url: '', stadsdelar: [], stadsdelsomraden: [], sdoCodes, unmatchedPlaces: []
});
const obs = (indicator: string, code: string, year: number, value: number | null): Observation => ({ indicator, level: 'stadsdelsomrade', code, year, value, numerator: null, denominator: null, status: 'ok' });

describe('trygghetOverview', () => {
	const parents = new Map([['hokarangen', { sdo: 'farsta', sdoName: 'Farsta' }]]);
	const sdos = [{ code: 'farsta', name: 'Farsta' }, { code: 'rinkeby-kista', name: 'Rinkeby-Kista' }];
	const evidence = [
		row('a', 'otrygg', 'stadsdelsomrade2007', 'farsta', 2017, 10),
		row('b', 'otrygg', 'stadsdelsomrade', 'farsta', 2020, 12),
		row('c', 'otrygg_i_omradet', 'stadsdelsomrade', 'farsta', 2020, 30),
		row('d', 'oro', 'stadsdel', 'hokarangen', 2020, 18),
		row('e', 'otrygg', 'kommun', '0180', 2020, 10)
	];
	const out = trygghetOverview({
		sdos,
		evidence,
		parents,
		notices: [notice('1', '2025-03-01', ['farsta']), notice('2', '2024-03-01', ['farsta']), notice('3', '2025-05-01', ['farsta', 'rinkeby-kista'])],
		noticeYear: 2025,
		crime: [obs('anmalda_brott_totalt', 'farsta', 2020, 900), obs('anmalda_brott_totalt', 'farsta', 2021, 950), obs('anmalda_brott_totalt_per_100k', 'farsta', 2021, 1700)]
	});

	it('gives each district the latest figure of each measure (either vintage), its stadsdelar after it, and no city rows', () => {
		expect(out[0]!.measures.map((m) => [m.id, m.year, m.value, m.isStadsdel])).toEqual([
			['b', 2020, 12, false],
			['c', 2020, 30, false],
			['d', 2020, 18, true]
		]);
		expect(out[1]!.measures).toEqual([]);
	});

	it('counts notices naming the district in the given year, and takes Brå’s latest year where fetched', () => {
		expect(out.map((r) => r.notices)).toEqual([2, 1]);
		expect(out[0]!.bra).toEqual({ year: 2021, total: 950, totalPer100k: 1700, person: null, personPer100k: null });
		expect(out[1]!.bra).toBeNull();
		expect(out[1]).toMatchObject({ region: 'vasterort', jarva: true });
	});

	it('takes the latest full year of a coverage period', () => {
		expect(lastFullYear('2026-08-22')).toBe(2025);
		expect(lastFullYear('2025-12-31')).toBe(2025);
	});
});
