// The user's own datasets for this page: read from IndexedDB once, held in memory (so the map can show them before
// DuckDB is ready) and mirrored into DuckDB's user_observations as soon as it is. Nothing here touches the network.
import { listDatasets, removeDataset, saveDataset } from '$lib/byo/store';
import type { UserDataset, UserIndicator } from '$lib/byo/types';
import { dbState, onDbState, run } from '$lib/data/db';
import { loadUserObservations, removeUserIndicators } from '$lib/data/queries/userTable';

let datasets: UserDataset[] = $state([]);
let ready: Promise<void> | null = null;
/** One copy into DuckDB per dataset: resolves true once its rows are in user_observations (false: retried later). */
const copies = new Map<string, Promise<boolean>>();

function copyToDb(d: UserDataset): Promise<boolean> {
	let p = copies.get(d.id);
	if (!p) {
		p = run((c) => loadUserObservations(c, d.observations)).then((r) => {
			if (!r.ok) copies.delete(d.id);
			return r.ok;
		});
		copies.set(d.id, p);
	}
	return p;
}

async function syncToDb() {
	if (dbState().status !== 'ready') return;
	await Promise.all(datasets.map(copyToDb));
}

export const userData = {
	get datasets(): UserDataset[] {
		return datasets;
	},
	/** Loads the stored datasets (once) and keeps DuckDB in step when it becomes ready. */
	init(): Promise<void> {
		ready ??= (async () => {
			try {
				datasets = await listDatasets();
			} catch {
				datasets = [];
			}
			onDbState((s) => {
				if (s.status === 'ready') void syncToDb();
			});
		})();
		return ready;
	},
	/** Adds a dataset; resolves false when it could not be stored (it is still shown until reload). */
	async add(d: UserDataset): Promise<boolean> {
		await this.init();
		datasets = [...datasets, d];
		void syncToDb();
		try {
			await saveDataset(d);
			return true;
		} catch {
			return false;
		}
	},
	async remove(id: string): Promise<void> {
		const d = datasets.find((x) => x.id === id);
		datasets = datasets.filter((x) => x.id !== id);
		copies.delete(id);
		await removeDataset(id).catch(() => {});
		if (d && dbState().status === 'ready') await run((c) => removeUserIndicators(c, d.indicators.map((i) => i.id)));
	},
	async setThreshold(id: string, n: number): Promise<void> {
		datasets = datasets.map((d) => (d.id === id ? { ...d, nThreshold: n } : d));
		const d = datasets.find((x) => x.id === id);
		if (d) await saveDataset(d).catch(() => {});
	},
	/** The dataset and indicator entry of a user indicator id ('egen_…'), if loaded. */
	find(indicatorId: string): { dataset: UserDataset; indicator: UserIndicator } | null {
		for (const dataset of datasets) {
			const indicator = dataset.indicators.find((i) => i.id === indicatorId);
			if (indicator) return { dataset, indicator };
		}
		return null;
	},
	/** Resolves once the rows of this user indicator are in DuckDB (booting it if needed); at once for any other id. */
	async inDb(indicatorId: string): Promise<void> {
		const found = this.find(indicatorId);
		if (found) await copyToDb(found.dataset);
	},
	takenIds(): Set<string> {
		return new Set(datasets.flatMap((d) => d.indicators.map((i) => i.id)));
	}
};

export const isUserIndicator = (id: string) => id.startsWith('egen_');
