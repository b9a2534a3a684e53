// The comparison page's default view (Fokus, Stadsdelslyftet, övriga staden, hela staden), computed at build with
// the pure twin of the comparison query so the page reads without JavaScript.
import { loadCatalogue, loadIndicatorFile, loadParts } from '$lib/server/dataset';
import { aggregatePure, lookupFromFiles } from '$lib/model/aggregate';
import { areaRows, officialCity } from '$lib/model/areaRows';
import { compareClientCatalogue, stateCatalogue } from '$lib/ui/compare/compareCatalogue';
import { defaultCompareState } from '$lib/state/compareState';
import { loadCompare, type CompareSources } from '$lib/ui/compare/loadCompare';

export const load = async () => {
	const catalogue = compareClientCatalogue(loadCatalogue(), (id, year) => officialCity(loadIndicatorFile(id).rows, year));
	const state = defaultCompareState(stateCatalogue(catalogue));
	const file = (id: string) => loadIndicatorFile(id).rows;
	const sources: CompareSources = {
		async compare(level, specs, sets) {
			const lookup = lookupFromFiles(level, file);
			return specs.map((s) => sets.map((set) => aggregatePure(s, set, lookup)));
		},
		async parts() {
			return loadParts();
		},
		async values(indicator, level, year) {
			return areaRows(file(indicator), level, year);
		}
	};
	const initial = await loadCompare(sources, catalogue, state);
	return { catalogue, initial };
};
