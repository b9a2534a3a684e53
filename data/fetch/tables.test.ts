import { describe, expect, it } from 'vitest';
import { SPECS } from '../sources/am_dashboard_deso2025_catalogue.ts';
import { POPULATION, TABLES, type CellSet } from './tables.ts';

const ids = TABLES.flatMap((t) => t.recipes.map((r) => r.id));

describe('table specs', () => {
	it('refresh exactly the indicators of the transcribed DeSO 2025 source, each from one table', () => {
		expect(new Set(ids).size).toBe(ids.length);
		expect([...ids].sort()).toEqual(SPECS.map((s) => s.id).sort());
	});

	it('take each indicator from the table the transcription names', () => {
		for (const t of TABLES) for (const r of t.recipes) expect(SPECS.find((s) => s.id === r.id)!.table, r.id).toBe(t.id);
	});

	it('only use codes they select', () => {
		for (const t of TABLES)
			for (const r of t.recipes) {
				const sets: CellSet[] = r.kind === 'share' ? [r.numerator, r.denominator] : r.kind === 'published' ? [r.cell] : [r.cells];
				for (const set of sets)
					for (const [dim, want] of Object.entries(set)) {
						const sel = t.select[dim];
						expect(sel, `${t.id} ${r.id} ${dim}`).toBeDefined();
						if (sel === '*' || want === '*') continue;
						for (const c of Array.isArray(want) ? want : [want]) expect(sel, `${t.id} ${r.id} ${dim}`).toContain(c);
					}
			}
	});

	it('name the population table the stand-in bases use', () => {
		expect(TABLES.find((t) => t.id === POPULATION.table)!.recipes.some((r) => r.id === POPULATION.indicator && r.kind === 'count')).toBe(true);
	});
});
