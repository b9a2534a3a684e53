// Brå's district counts per 100 000 of the project's own population of the same year: a rate that, unlike Brå's,
// adds up over groupings (Σ offences / Σ population), and a check of Brå's rate: a large difference is a build
// warning. Pure: the build passes the carried population observations.
import type { Indicator, Level, Observation } from '../../../src/lib/types/dataset.ts';
import type { TracedObservation } from '../../types.ts';
import { CRIME_CATEGORIES, CRIME_INDICATOR } from './braCrime.ts';

export const OWN_RATE_SUFFIX = '_per_100k_folkmangd';
/** Above this relative difference between Brå's rate and ours, the build warns. */
export const RATE_WARN_SHARE = 0.05;

/** Population indicators per level, in order of preference, each only for its own years (never another year's). */
export const POPULATION_BY_LEVEL: Partial<Record<Level, readonly string[]>> = {
	// The city value: the mirror's kommun count over the kommun's population of the same year.
	kommun: ['folkmangd', 'folkmangd_deso2025'],
	stadsdelsomrade: ['folkmangd', 'folkmangd_deso2025'],
	stadsdelsomrade2007: ['folkmangd_31dec']
};

const POPULATION_TEXT = {
	sv: 'Folkmängden är samma års: SCB:s RegSO-tabeller 2020–2023 och DeSO 2025-tabeller 2024–2025 summerade till stadsdelsområden, och Statistik om Stockholm (31 december) för 2007 års indelning. År utan folkmängd i datasetet får inget värde.',
	en: "The population is that of the same year: SCB's RegSO tables 2020–2023 and DeSO 2025 tables 2024–2025 summed to stadsdelsområden, and Statistik om Stockholm (31 December) for the 2007 division. Years without a population in the dataset have no value."
};

/** One own-rate indicator per count indicator that has district observations. */
export function ownRateIndicators(countIndicators: readonly Indicator[]): Indicator[] {
	return CRIME_CATEGORIES.map((c) => countIndicators.find((i) => i.id === CRIME_INDICATOR[c])).flatMap((ind) =>
		ind
			? [
					{
						...ind,
						id: `${ind.id}${OWN_RATE_SUFFIX}`,
						name: {
							sv: `${ind.name.sv.replace(/, antal$/, '')}, per 100 000 invånare (folkmängd samma år)`,
							en: `${ind.name.en.replace(/, count$/, '')}, per 100,000 inhabitants (population of the same year)`
						},
						description: {
							sv: `Brås antal per stadsdelsområde (för staden: Brås kommunserie) delat med stadsdelsområdets folkmängd samma år, gånger 100 000 (egen beräkning). ${POPULATION_TEXT.sv}`,
							en: `Brå's count per stadsdelsområde (for the city: Brå's kommun series) divided by the stadsdelsområde's population of the same year, times 100,000 (our computation). ${POPULATION_TEXT.en}`
						},
						unit: 'per_100k' as const,
						aggregation: { kind: 'ratio' as const, scale: 100_000 },
						decimals: 0,
						years: [],
						levels: []
					}
				]
			: []
	);
}

export function ownRates(
	district: readonly TracedObservation[],
	population: readonly Observation[]
): { observations: TracedObservation[]; warnings: string[] } {
	const pop = new Map<string, Observation>();
	for (const [level, ids] of Object.entries(POPULATION_BY_LEVEL) as [Level, string[]][])
		for (const id of [...ids].reverse())
			for (const o of population) if (o.indicator === id && o.level === level && o.value !== null && o.value > 0) pop.set(`${level}|${o.code}|${o.year}`, o);
	const braRate = new Map(district.filter((o) => o.indicator.endsWith('_per_100k')).map((o) => [`${o.indicator}|${o.level}|${o.code}|${o.year}`, o.value]));
	const counts = new Set<string>(Object.values(CRIME_INDICATOR));
	const observations: TracedObservation[] = [];
	const warnings: string[] = [];
	for (const o of district) {
		if (!counts.has(o.indicator) || o.value === null) continue;
		const p = pop.get(`${o.level}|${o.code}|${o.year}`);
		if (!p) continue;
		const value = (100_000 * o.value) / p.value!;
		observations.push({ ...o, indicator: `${o.indicator}${OWN_RATE_SUFFIX}`, value, numerator: o.value, denominator: p.value, status: p.status === 'ok' ? 'derived' : 'approximate' });
		const theirs = braRate.get(`${o.indicator}_per_100k|${o.level}|${o.code}|${o.year}`);
		if (theirs != null && theirs > 0 && Math.abs(value - theirs) / theirs > RATE_WARN_SHARE)
			warnings.push(
				`bra_sol ${o.indicator} ${o.level} ${o.code} ${o.year}: Brå's rate ${theirs} per 100 000 differs by ${Math.round((100 * Math.abs(value - theirs)) / theirs)} % from ${Math.round(value)} computed with population ${p.value} (${p.indicator}, ${o.year})`
			);
	}
	return { observations, warnings };
}
