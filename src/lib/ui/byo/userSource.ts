// The map's view sources for a user indicator: its catalogue entry (source "egen data: <file>") and its values from
// DuckDB's user_observations when ready, else from the dataset held in memory.
import type { Indicator, Level } from '$lib/types/dataset';
import type { IndicatorLite } from '$lib/ui/map/catalogue';
import type { ViewValue } from '$lib/ui/map/loadView';
import { dbState, run } from '$lib/data/db';
import { userIndicatorValues } from '$lib/data/queries/userTable';
import { m } from '$lib/paraglide/messages';
import { formatDate } from '$lib/i18n/format';
import { userData } from './userData.svelte';
import type { UserDataset, UserIndicator } from '$lib/byo/types';

export function userIndicatorLite(i: UserIndicator): IndicatorLite {
	return {
		id: i.id,
		name: { sv: i.name, en: i.name },
		theme: 'context',
		unit: i.unit,
		direction: 'neutral',
		aggregation: i.aggregation,
		years: i.years,
		levels: i.levels,
		decimals: i.decimals,
		classification: 'quantile'
	};
}

export function userIndicatorMeta(d: UserDataset, i: UserIndicator): Indicator {
	const source = m.byo_source({ file: d.fileName });
	return {
		...userIndicatorLite(i),
		description: {
			sv: m.byo_definition({ file: d.fileName, date: formatDate(d.addedAt, 'sv') }, { locale: 'sv' }),
			en: m.byo_definition({ file: d.fileName, date: formatDate(d.addedAt, 'en') }, { locale: 'en' })
		},
		source: { publisher: source, table: d.fileName, url: '', licence: '', files: [] },
		caveats: []
	};
}

export const userSource = {
	meta(id: string): Indicator | null {
		const f = userData.find(id);
		return f ? userIndicatorMeta(f.dataset, f.indicator) : null;
	},
	async values(id: string, level: Level, year: number): Promise<ViewValue[] | null> {
		const f = userData.find(id);
		if (!f) return null;
		if (dbState().status === 'ready') {
			const r = await run((c) => userIndicatorValues(c, { indicator: id, level, year }));
			if (r.ok && r.value.length) return r.value;
		}
		return f.dataset.observations
			.filter((o) => o.indicator === id && o.level === level && o.year === year)
			.map((o) => ({ code: o.code, value: o.value, numerator: o.numerator, denominator: o.denominator, status: 'user', n: o.n, moe: o.moe }));
	}
};

