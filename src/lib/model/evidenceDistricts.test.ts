import { describe, expect, it } from 'vitest';
import type { EvidenceRow } from '../types/trygghet.ts';
import { CITY, evidenceForArea, groupByDistrict, matchesFilter, OTHER } from './evidenceDistricts.ts';

function row(id: string, level: EvidenceRow['level'], code: string | null, areaName: string, measure = 'm'): EvidenceRow {
	return {
		id, family: 'stockholms_stad_trygghetsmatning', measure, measureName: { sv: measure, en: measure }, unitName: { sv: 'procent', en: 'percent' }, measureKey: `f|${measure}|${level}`, value: 1,
		unit: 'percent', year: 2020, period: null, level, code, sourceLevel: String(level), areaName, sourceType: 'news',
		publisher: 'p', publisherName: { sv: 'p', en: 'p' }, quote: null, quoteInherited: false, note: '', sourceTitle: '', sourceTitleRuns: [{ text: '', lang: 'sv' }], lang: 'sv', url: 'https://example.org', caveats: []
	};
}

const parents = new Map([['hokarangen', { sdo: 'farsta', sdoName: 'Farsta' }]]);
const ROWS = [
	row('1', 'stadsdelsomrade', 'farsta', 'Farsta'),
	row('2', 'kommun', '0180', 'Stockholm'),
	row('3', 'stadsdel', 'hokarangen', 'Hökarängen', 'other'),
	row('4', null, null, 'Järva'),
	row('5', 'stadsdelsomrade2007', 'bromma', 'Bromma'),
	row('6', 'stadsdelsomrade2007', 'farsta', 'Farsta')
];

describe('groupByDistrict', () => {
	it('puts a stadsdel under its district, the city and unmapped areas last', () => {
		const d = groupByDistrict(ROWS, parents);
		expect(d.map((x) => [x.key, x.rows.map((r) => r.id).join(',')])).toEqual([
			['bromma', '5'],
			['farsta', '1,3,6'],
			[CITY, '2'],
			[OTHER, '4']
		]);
	});

	it('filters by district, measure and source type', () => {
		expect(matchesFilter(ROWS[2]!, 'farsta', { district: 'farsta', measure: 'other', sourceType: 'news' })).toBe(true);
		expect(matchesFilter(ROWS[2]!, 'farsta', { district: 'farsta', measure: 'm', sourceType: null })).toBe(false);
		expect(matchesFilter(ROWS[2]!, 'farsta', { district: null, measure: null, sourceType: 'official_table' })).toBe(false);
	});
});

describe('evidenceForArea', () => {
	it('gives an område its rows at both vintages, and a stadsdel only its own (nothing borrowed from the district)', () => {
		expect(evidenceForArea(ROWS, 'stadsdelsomrade', 'farsta').map((r) => r.id)).toEqual(['1', '6']);
		expect(evidenceForArea(ROWS, 'stadsdel', 'hokarangen').map((r) => r.id)).toEqual(['3']);
		expect(evidenceForArea(ROWS, 'stadsdel', 'farsta-strand')).toEqual([]);
	});
});
