// The landing map's first view, computed at build from the pipeline's files so it reads without JavaScript.
import { loadCatalogue, loadIndicatorFile, loadTopology } from './dataset';
import { clientCatalogue, DEFAULT_GROUPINGS, mapLevels, stateCatalogue } from '$lib/ui/map/catalogue';
import { defaultState } from '$lib/state/viewState';
import { loadView, type ViewSources } from '$lib/ui/map/loadView';
import { areaRowsWithCity } from '$lib/model/areaRows';

const fileSources: ViewSources = {
	topology: async (key) => loadTopology(key),
	meta: async (id) => loadIndicatorFile(id).indicator,
	async values(indicator, level, year) {
		return areaRowsWithCity(loadIndicatorFile(indicator).rows, level, year);
	}
};

export async function mapInitial() {
	const catalogue = clientCatalogue(loadCatalogue());
	const state = defaultState(stateCatalogue(catalogue, () => false));
	state.groupings = DEFAULT_GROUPINGS;
	const ind = catalogue.indicators.find((i) => i.id === state.indicator);
	if (!ind) throw new Error(`default indicator ${state.indicator} is not in the catalogue`);
	const initial = await loadView(fileSources, catalogue.frame, catalogue.groupings, state, mapLevels(catalogue, ind).includes(state.level) ? state.level : null);
	return { catalogue, initial };
}
