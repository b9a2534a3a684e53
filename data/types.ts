// Build-time-only types shared by the pipeline modules (never shipped to the browser).
import type { Level, Observation } from '../src/lib/types/dataset.ts';

/** Where a figure came from in the raw mirror, so validation can name file and row. Stripped before writing. */
export interface Origin {
	file: string;
	/** 1-based line number in the file (header = 1), or the feature index for GeoJSON. */
	row: number;
}

export type TracedObservation = Observation & { origin?: Origin };

/** How counts at a finer level are carried to a coarser one. */
export interface Crosswalk {
	from: Level;
	to: Level;
	/** 'nested': exact containment by code; 'primary': each fine area goes whole to the coarse area holding most of
	 * its land; 'area_weighted': counts split by share of land area (a proxy for population, flagged approximate). */
	method: 'nested' | 'primary' | 'area_weighted';
	/** fine code → the coarse codes it contributes to, with the share of its counts each receives (shares sum to 1). */
	links: Map<string, { code: string; share: number }[]>;
}
