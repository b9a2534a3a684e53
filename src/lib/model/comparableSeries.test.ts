import { describe, expect, it } from 'vitest';
import type { EvidenceRow } from '../types/trygghet.ts';
import { comparableSeries } from './comparableSeries.ts';

function row(over: Partial<EvidenceRow> & Pick<EvidenceRow, 'id' | 'measure' | 'year' | 'value'>): EvidenceRow {
	const base: EvidenceRow = {
		id: over.id,
		family: 'stockholms_stad_trygghetsmatning',
		measure: over.measure,
		measureName: { sv: over.measure, en: over.measure },
		unitName: { sv: 'procent', en: 'percent' },
		measureKey: '',
		value: over.value,
		unit: 'percent',
		year: over.year,
		period: null,
		level: 'kommun',
		code: '0180',
		sourceLevel: 'kommun',
		areaName: 'Stockholm',
		sourceType: 'news',
		publisher: 'Mitt i',
		publisherName: { sv: 'Mitt i', en: 'Mitt i' },
		quote: null,
		quoteInherited: false,
		note: '',
		sourceTitle: '',
		sourceTitleRuns: [{ text: '', lang: 'sv' }],
		lang: 'sv',
		url: '',
		caveats: []
	};
	const r = { ...base, ...over };
	// Same identity as data/sources/trygghet/evidence.ts measureKey: family | measure | level (or the source's level).
	return { ...r, measureKey: `${r.family}|${r.measure}|${r.level ?? `source:${r.sourceLevel}`}` };
}

describe('comparableSeries', () => {
	it('never merges two wordings of (probably) the same question', () => {
		const series = comparableSeries([
			row({ id: 'a', measure: 'otrygg_ute_ensam_sent', year: 2017, value: 10 }),
			row({ id: 'b', measure: 'oro_for_att_ga_ut_sent', year: 2014, value: 8 })
		]);
		expect(series).toHaveLength(2);
		expect(series.every((s) => s.points.length === 1 && !s.hasTrend)).toBe(true);
	});

	it('never joins two levels (SDO vintages) or two surveys with the same wording', () => {
		const series = comparableSeries([
			row({ id: 'a', measure: 'oro', year: 2017, value: 21, level: 'stadsdelsomrade2007', code: 'rinkeby-kista', sourceLevel: 'stadsdelsomrade_2007_2020' }),
			row({ id: 'b', measure: 'oro', year: 2020, value: 11, level: 'stadsdelsomrade', code: 'rinkeby-kista', sourceLevel: 'stadsdelsomrade_2020' }),
			row({ id: 'c', measure: 'oro_for_bostadsinbrott', year: 2014, value: 17 }),
			row({ id: 'd', measure: 'oro_for_bostadsinbrott', year: 2010, value: 14, family: 'bra_ntu' })
		]);
		expect(series).toHaveLength(4);
		expect(series.some((s) => s.hasTrend)).toBe(false);
	});

	it('orders points by year, flags a trend from two distinct years and keeps conflicting values apart', () => {
		const [series, ...rest] = comparableSeries([
			row({ id: 'x:3', measure: 'tryggt', year: 2021, value: 75 }),
			row({ id: 'x:1', measure: 'tryggt', year: 2011, value: 76 }),
			row({ id: 'x:2', measure: 'tryggt', year: 2021, value: 74 }),
			row({ id: 'x:4', measure: 'tryggt', year: null, value: 70 })
		]);
		expect(rest).toHaveLength(0);
		expect(series?.points.map((p) => [p.year, p.value])).toEqual([
			[2011, 76],
			[2021, 74],
			[2021, 75]
		]);
		expect(series?.hasTrend).toBe(true);
		expect(series?.conflictingYears).toEqual([2021]);
	});

	it('keeps areas with no level of ours apart by name', () => {
		const series = comparableSeries([
			row({ id: 'a', measure: 'trygg', year: 2020, value: 56, level: null, code: null, sourceLevel: 'lokalpolisomrade', areaName: 'Järva' }),
			row({ id: 'b', measure: 'trygg', year: 2022, value: 64, level: null, code: null, sourceLevel: 'lokalpolisomrade', areaName: 'Järva' }),
			row({ id: 'c', measure: 'trygg', year: 2021, value: 80, level: null, code: null, sourceLevel: 'lokalpolisomrade', areaName: 'Södermalm' })
		]);
		expect(series.map((s) => [s.areaName, s.points.length, s.hasTrend])).toEqual([
			['Järva', 2, true],
			['Södermalm', 1, false]
		]);
	});
});
