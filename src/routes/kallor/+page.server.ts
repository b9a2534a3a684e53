// The data page: every indicator and grouping with definition, source, licence, years, levels and caveats.
import { loadCatalogue } from '$lib/server/dataset';

export const load = async () => {
	const c = loadCatalogue();
	return {
		builtAt: c.builtAt,
		indicators: c.indicators,
		groupings: c.groupings.map(({ memberships: _m, members, ...g }) => ({ ...g, memberCount: members.length })),
		warnings: c.warnings,
		areaCounts: Object.entries(
			c.areas.reduce<Record<string, number>>((acc, a) => ((acc[a.level] = (acc[a.level] ?? 0) + 1), acc), {})
		)
	};
};
