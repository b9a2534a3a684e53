// A table at the pre-2020 stadsdelsområden carried to today's 13 so it can be mapped: an unchanged area keeps its
// value; Hägersten-Älvsjö (Hägersten-Liljeholmen + Älvsjö) gets Σnumerator/Σdenominator when both parts have counts,
// else no value — never a mean of the two shares.
import type { AreaEntry } from './matchAreas.ts';
import type { UserIndicator, UserObservation } from './types.ts';

export function carryTo2020(indicator: UserIndicator, rows: readonly UserObservation[], areas: readonly AreaEntry[]): UserObservation[] {
	const children = new Map<string, string[]>();
	for (const a of areas)
		if (a.level === 'stadsdelsomrade2007' && a.parent) children.set(a.parent, [...(children.get(a.parent) ?? []), a.code]);
	const mine = rows.filter((r) => r.indicator === indicator.id && r.level === 'stadsdelsomrade2007');
	const years = [...new Set(mine.map((r) => r.year))];
	const out: UserObservation[] = [];
	for (const [parent, kids] of children)
		for (const year of years) {
			const parts = kids.map((k) => mine.find((r) => r.code === k && r.year === year));
			if (parts.some((p) => !p)) continue;
			const base = { indicator: indicator.id, level: 'stadsdelsomrade' as const, code: parent, year, moe: null };
			if (parts.length === 1) {
				out.push({ ...parts[0]!, ...base, moe: parts[0]!.moe });
				continue;
			}
			const sum = (k: 'numerator' | 'denominator' | 'n') => (parts.every((p) => p![k] !== null) ? parts.reduce((s, p) => s + p![k]!, 0) : null);
			const numerator = sum('numerator');
			const denominator = sum('denominator');
			const ok = indicator.aggregation.kind === 'ratio' && parts.every((p) => p!.value !== null) && numerator !== null && denominator !== null && denominator > 0;
			out.push({
				...base,
				value: ok ? (indicator.aggregation.kind === 'ratio' ? indicator.aggregation.scale : 1) * (numerator! / denominator!) : null,
				numerator: ok ? numerator : null,
				denominator: ok ? denominator : null,
				n: sum('n')
			});
		}
	return out;
}
