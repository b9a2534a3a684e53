// Chrome-less embed of an area's profile: the default area prerendered from the built files; any other area from the
// URL, computed in the browser.
import { loadCatalogue, loadIndicatorFile } from '$lib/server/dataset';
import type { ProfileInput } from '$lib/model/profileRows';

const DEFAULT_AREA = { level: 'stadsdelsomrade', code: 'rinkeby-kista' } as const;

export const load = async () => {
	const cat = loadCatalogue();
	const inputs: ProfileInput[] = [];
	for (const ind of cat.indicators) {
		const rows = loadIndicatorFile(ind.id).rows;
		for (const r of rows) {
			if (r[0] !== DEFAULT_AREA.level || r[1] !== DEFAULT_AREA.code) continue;
			const city = rows.find((k) => k[0] === 'kommun' && k[2] === r[2]);
			inputs.push({ indicator: ind.id, year: r[2], value: r[3], status: r[6], coverage: r[7] ?? null, city: city?.[3] ?? null, cityStatus: city?.[6] ?? null, cityCoverage: city?.[7] ?? null });
		}
	}
	const area = cat.areas.find((a) => a.level === DEFAULT_AREA.level && a.code === DEFAULT_AREA.code)!;
	return {
		builtAt: cat.builtAt,
		indicators: cat.indicators.map(({ id, name, unit, decimals }) => ({ id, name, unit, decimals })),
		initial: { level: DEFAULT_AREA.level, code: DEFAULT_AREA.code, name: area.name, inputs }
	};
};
