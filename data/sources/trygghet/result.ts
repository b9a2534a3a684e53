// The trygghet pipeline's output type, and how the per-family results combine.
import type { SourceResult } from '../../../src/lib/types/dataset.ts';
import type { TrygghetData } from '../../../src/lib/types/trygghet.ts';
import type { TracedObservation } from '../../types.ts';

/** SourceResult plus the trygghet-only tables; observations keep their origin until the build strips it. */
export interface TrygghetResult extends Omit<TrygghetData, 'observations'>, Omit<SourceResult, 'observations'> {
	observations: TracedObservation[];
}

const NOT_FETCHED = { fetched: false, retrievedAt: null, years: [] } as const;

export function emptyResult(): TrygghetResult {
	return {
		evidence: [],
		evidenceFamilies: [],
		crimeYearly: [],
		crimeQuarterly: [],
		crimeQuarterlySource: null,
		notices: [],
		noticeLang: null,
		indicators: [],
		observations: [],
		braDistricts: { ...NOT_FETCHED, years: [] },
		polisenEvents: { fetched: false, lastRetrievedAt: null, added: 0, firstAdded: null },
		inputs: [],
		warnings: []
	};
}

export function mergeResults(results: readonly TrygghetResult[]): TrygghetResult {
	const out = emptyResult();
	for (const r of results) {
		out.evidence.push(...r.evidence);
		out.evidenceFamilies.push(...r.evidenceFamilies);
		out.crimeYearly.push(...r.crimeYearly);
		out.crimeQuarterly.push(...r.crimeQuarterly);
		out.crimeQuarterlySource ??= r.crimeQuarterlySource;
		out.notices.push(...r.notices);
		out.noticeLang ??= r.noticeLang;
		out.indicators.push(...r.indicators);
		out.observations.push(...r.observations);
		if (r.braDistricts.fetched) out.braDistricts = r.braDistricts;
		if (r.polisenEvents.fetched) out.polisenEvents = r.polisenEvents;
		out.inputs.push(...r.inputs);
		out.warnings.push(...r.warnings);
	}
	return out;
}

/** The shape written to static/data/trygghet.json: origins dropped. */
export function toTrygghetData(result: TrygghetResult): TrygghetData {
	return {
		evidence: result.evidence,
		evidenceFamilies: result.evidenceFamilies,
		crimeYearly: result.crimeYearly,
		crimeQuarterly: result.crimeQuarterly,
		crimeQuarterlySource: result.crimeQuarterlySource,
		notices: result.notices,
		noticeLang: result.noticeLang,
		indicators: result.indicators,
		observations: result.observations.map(({ origin: _origin, ...o }) => o),
		braDistricts: result.braDistricts,
		polisenEvents: result.polisenEvents
	};
}
