// The synthetic national dataset: Sweden's size by default, skewed like Sweden, exact totals, readable Arrow files
// with counts, and suppressed values left missing.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { areaCounts, generateNational, NATIONAL } from './generate';

describe('areaCounts', () => {
	it('splits 6 000 areas over 290 municipalities, largest first, at least 3 each', () => {
		const c = areaCounts(NATIONAL.municipalities, NATIONAL.areas);
		expect(c).toHaveLength(290);
		expect(c.reduce((s, x) => s + x, 0)).toBe(6_000);
		expect(Math.min(...c)).toBeGreaterThanOrEqual(3);
		expect(c[0]).toBe(Math.max(...c));
		expect(NATIONAL.areas * NATIONAL.years * NATIONAL.indicators).toBe(1_800_000);
	});
});

describe('generateNational (small size)', () => {
	it('writes one Arrow file per municipality with every area × indicator × year and an index marked synthetic', () => {
		const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-national-'));
		try {
			const index = generateNational(dir, { municipalities: 3, areas: 12, years: 2, firstYear: 2020, indicators: 4 });
			expect(index.synthetic).toBe(true);
			expect(index.municipalities.map((m) => m.name)).toEqual(['Syntetisk kommun 001', 'Syntetisk kommun 002', 'Syntetisk kommun 003']);
			const tables = index.municipalities.map((m) => tableFromIPC(readFileSync(path.join(dir, m.file))));
			expect(tables.reduce((s, t) => s + t.numRows, 0)).toBe(12 * 2 * 4);
			const rows = tables.flatMap((t) => t.toArray().map((r) => r.toJSON()));
			for (const r of rows) {
				if (r.value === null) expect(r.numerator).toBeNull();
				else expect(r.value).toBeCloseTo((100 * r.numerator) / r.denominator, 10);
			}
			expect(new Set(rows.map((r) => r.year))).toEqual(new Set([2020, 2021]));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
