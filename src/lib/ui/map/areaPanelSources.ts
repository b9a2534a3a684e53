// Where the area panel's data comes from, injected (as loadView's sources are): in the browser, the area's profile
// through DuckDB and the survey figures quoted for it from the small trygghet file.
import { run } from '$lib/data/db';
import { areaProfile, type ProfileRow } from '$lib/data/queries/areaProfile';
import { ok, type Result } from '$lib/data/result';
import { fetchTrygghet } from '$lib/data/staticFiles';
import { evidenceForArea } from '$lib/model/evidenceDistricts';
import type { Level } from '$lib/types/dataset';
import type { EvidenceRow } from '$lib/types/trygghet';

export interface AreaPanelSources {
	/** Every indicator and year for the area, beside the whole city's value. */
	profile(level: Level, code: string): Promise<Result<ProfileRow[]>>;
	/** Survey figures quoted for the area (a failure when the file cannot be read). */
	evidence(level: Level, code: string): Promise<Result<EvidenceRow[]>>;
}

export function browserAreaPanelSources(base: string): AreaPanelSources {
	return {
		profile: (level, code) => run((c) => areaProfile(c, { level, code })),
		evidence: async (level, code) => {
			const r = await fetchTrygghet(base);
			return r.ok ? ok(evidenceForArea(r.value.evidence, level, code)) : r;
		}
	};
}
