// Invariants of the built dataset; each failure names the raw file, the row and the rule it breaks.
import type { Area, Grouping, Indicator, Level } from '../src/lib/types/dataset.ts';
import type { TracedObservation } from './types.ts';

export type Rule =
	| 'share_range'
	| 'numerator_le_denominator'
	| 'indicator_exists'
	| 'area_exists'
	| 'population_nesting'
	| 'indicator_metadata'
	| 'grouping_member_exists'
	| 'one_row_per_figure';

export interface ValidationFailure {
	/** Raw file (relative to the mirror) or, for catalogue entries without one, `indicator:<id>` / `grouping:<id>`. */
	file: string;
	/** 1-based line in that file, null where there is none. */
	row: number | null;
	rule: Rule;
	message: string;
}

/** Children's populations at `child` must add up to their parent's at `parent` (nesting read from Area.parents). */
export interface PopulationNesting {
	indicator: string;
	child: Level;
	parent: Level;
	/** Allowed gap: max(absolute, relative × parent). Defaults: 1 person per child, 0.1 %. */
	absolute?: number;
	relative?: number;
}

export interface ValidationInput {
	areas: Area[];
	indicators: Indicator[];
	observations: TracedObservation[];
	groupings: Grouping[];
	populationNesting?: PopulationNesting[];
}

const EPS = 1e-9;

/** Percent indicators are shares in 0–100, except rates of change, whose ids end in `_forandring`. */
export function isShare(indicator: Indicator): boolean {
	return indicator.unit === 'percent' && !indicator.id.endsWith('_forandring');
}

const where = (o: TracedObservation) => ({ file: o.origin?.file ?? `indicator:${o.indicator}`, row: o.origin?.row ?? null });
const label = (o: TracedObservation) => `${o.indicator} ${o.level} ${o.code} ${o.year}`;

export function validate(input: ValidationInput): ValidationFailure[] {
	const failures: ValidationFailure[] = [];
	const indicators = new Map(input.indicators.map((i) => [i.id, i]));
	const areaKeys = new Set(input.areas.map((a) => `${a.level}|${a.code}`));

	for (const i of input.indicators) failures.push(...checkIndicator(i, indicators));

	for (const o of input.observations) {
		const indicator = indicators.get(o.indicator);
		if (!indicator) {
			failures.push({ ...where(o), rule: 'indicator_exists', message: `${label(o)}: indicator "${o.indicator}" is not in the catalogue` });
			continue;
		}
		if (!areaKeys.has(`${o.level}|${o.code}`))
			failures.push({ ...where(o), rule: 'area_exists', message: `${label(o)}: no area "${o.code}" at level ${o.level}` });
		if (!isShare(indicator)) continue;
		if (o.value !== null && (o.value < -EPS || o.value > 100 + EPS))
			failures.push({ ...where(o), rule: 'share_range', message: `${label(o)}: share ${o.value} % is outside 0–100 %` });
		if (o.numerator !== null && o.denominator !== null && (o.numerator < -EPS || o.numerator > o.denominator * (1 + EPS) + EPS))
			failures.push({ ...where(o), rule: 'numerator_le_denominator', message: `${label(o)}: numerator ${o.numerator} is not within 0–denominator ${o.denominator}` });
	}

	for (const check of input.populationNesting ?? []) failures.push(...checkNesting(check, input.areas, input.observations));

	for (const g of input.groupings) {
		const levels: [Level, string[]][] = [[g.level, g.members], ...(Object.entries(g.memberships) as [Level, string[]][])];
		for (const [level, codes] of levels)
			for (const code of codes)
				if (!areaKeys.has(`${level}|${code}`))
					failures.push({ file: `grouping:${g.id}`, row: null, rule: 'grouping_member_exists', message: `grouping ${g.id}: member "${code}" does not exist at level ${level}` });
		if (g.complementOf !== null && !input.groupings.some((o) => o.id === g.complementOf))
			failures.push({ file: `grouping:${g.id}`, row: null, rule: 'grouping_member_exists', message: `grouping ${g.id}: complement of unknown grouping "${g.complementOf}"` });
	}
	return failures;
}

/**
 * Two source rows of one file giving the same figure (indicator, level, code, year): a repeated or conflicting row,
 * which would otherwise silently win or be summed. Figures from different files (e.g. fetched data replacing
 * transcribed) and those with no source row (gaps made explicit) are not compared.
 */
export function repeatedFigures(observations: TracedObservation[]): ValidationFailure[] {
	const first = new Map<string, TracedObservation>();
	const failures: ValidationFailure[] = [];
	for (const o of observations) {
		if (!o.origin) continue;
		const key = `${o.origin.file}|${label(o)}`;
		const seen = first.get(key);
		if (!seen) first.set(key, o);
		else
			failures.push({
				...where(o),
				rule: 'one_row_per_figure',
				message: `${label(o)}: lines ${seen.origin!.row} and ${o.origin.row} of ${o.origin.file} both give this figure; remove the repeated or conflicting row`
			});
	}
	return failures;
}

function checkIndicator(i: Indicator, all: Map<string, Indicator>): ValidationFailure[] {
	const problems: string[] = [];
	const blank = (s: string | undefined) => !s || s.trim() === '';
	if (blank(i.name.sv) || blank(i.name.en)) problems.push('a Swedish and an English name');
	if (blank(i.description.sv) || blank(i.description.en)) problems.push('a Swedish and an English definition');
	const s = i.source;
	if (!s || blank(s.publisher) || blank(s.table) || blank(s.url) || blank(s.licence)) problems.push('a source with publisher, table, url and licence');
	if (s && (s.tableLang === undefined || s.licenceLang === undefined)) problems.push("the language of its source's table and licence (tableLang, licenceLang; null where they have none)");
	if (!s || s.files.length === 0) problems.push('at least one raw file');
	const agg = i.aggregation;
	const weight = agg.kind === 'weighted_mean' || agg.kind === 'not_aggregable' ? agg.weight : null;
	if (weight !== null && !all.has(weight)) problems.push(`a weight indicator that exists (not "${weight}")`);
	return problems.map((p) => ({ file: s?.files[0] ?? `indicator:${i.id}`, row: null, rule: 'indicator_metadata' as const, message: `indicator ${i.id} needs ${p}` }));
}

function checkNesting(check: PopulationNesting, areas: Area[], observations: TracedObservation[]): ValidationFailure[] {
	const parentOf = new Map<string, string>();
	for (const a of areas) if (a.level === check.child && a.parents[check.parent]) parentOf.set(a.code, a.parents[check.parent]!);
	const sums = new Map<string, { total: number; n: number; missing: number }>();
	const parents: TracedObservation[] = [];
	for (const o of observations) {
		if (o.indicator !== check.indicator) continue;
		if (o.level === check.parent) parents.push(o);
		if (o.level !== check.child) continue;
		const parent = parentOf.get(o.code);
		if (!parent) continue;
		const k = `${parent}|${o.year}`;
		const s = sums.get(k) ?? { total: 0, n: 0, missing: 0 };
		if (o.value === null) s.missing += 1;
		else {
			s.total += o.value;
			s.n += 1;
		}
		sums.set(k, s);
	}
	const failures: ValidationFailure[] = [];
	for (const p of parents) {
		const s = sums.get(`${p.code}|${p.year}`);
		if (!s || p.value === null || s.missing > 0) continue;
		const allowed = Math.max(check.absolute ?? s.n, (check.relative ?? 0.001) * p.value);
		if (Math.abs(s.total - p.value) > allowed)
			failures.push({
				...where(p),
				rule: 'population_nesting',
				message: `${label(p)}: ${s.n} ${check.child} areas sum to ${s.total}, the ${check.parent} has ${p.value} (allowed gap ${allowed})`
			});
	}
	return failures;
}

/** A build error message: a count, then one line per failure as `file:row [rule] message`, capped per rule. */
export function formatFailures(failures: ValidationFailure[], perRule = 20): string {
	if (failures.length === 0) return 'Validation passed.';
	const lines = [`Validation failed: ${failures.length} problem${failures.length === 1 ? '' : 's'}.`];
	const byRule = new Map<Rule, ValidationFailure[]>();
	for (const f of failures) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
	for (const [rule, list] of byRule) {
		lines.push(`${rule} (${list.length}):`);
		for (const f of list.slice(0, perRule)) lines.push(`  ${f.file}${f.row === null ? '' : ':' + f.row} [${rule}] ${f.message}`);
		if (list.length > perRule) lines.push(`  … and ${list.length - perRule} more`);
	}
	return lines.join('\n');
}
