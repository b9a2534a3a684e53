import { describe, expect, it } from 'vitest';
import { entropy, groupShare, segregationIndices } from './segregation.ts';
import { SYNTHETIC_SEGREGATION_AREAS, SYNTHETIC_SEGREGATION_EXPECTED as X } from '../../../tests/fixtures/synthetic-segregation.ts';

function ok(rows: Parameters<typeof segregationIndices>[0]) {
	const r = segregationIndices(rows);
	if (!r.ok) throw new Error(`expected indices, got ${r.failure.kind}`);
	return r.value;
}

describe('segregationIndices on three synthetic areas', () => {
	const v = ok(SYNTHETIC_SEGREGATION_AREAS);

	it('gives the hand-computed D, isolation, exposure and Theil H', () => {
		expect(v.dissimilarity).toBeCloseTo(X.dissimilarity, 12);
		expect(v.isolation).toBeCloseTo(X.isolation, 12);
		expect(v.exposure).toBeCloseTo(X.exposure, 12);
		expect(v.theilH).toBeCloseTo(X.theilH, 5);
		expect(v.minorityProportion).toBeCloseTo(0.25, 12);
		expect([v.minority, v.total, v.nAreas, v.nMissing]).toEqual([100, 400, 3, 0]);
	});

	it('splits D into per-area contributions that sum to D, with the sign of over-representation', () => {
		for (const c of v.contributions) {
			expect(c.contribution).toBeCloseTo(X.contributions[c.code as keyof typeof X.contributions], 12);
			expect(c.signed).toBeCloseTo(X.signed[c.code as keyof typeof X.signed], 12);
		}
		expect(v.contributions.reduce((s, c) => s + c.contribution, 0)).toBeCloseTo(v.dissimilarity, 12);
		expect(v.contributions.reduce((s, c) => s + c.signed, 0)).toBeCloseTo(0, 12);
	});

	it("compares a set's share of the minority with its share of the population", () => {
		const g = groupShare(v, ['SYN-C', 'SYN-unknown']);
		expect(g.minorityShare).toBeCloseTo(0.7, 12);
		expect(g.populationShare).toBeCloseTo(0.25, 12);
		expect(g.nAreas).toBe(1);
	});
});

describe('segregationIndices edge cases', () => {
	it('is 0 for an even distribution, with H 0 and isolation equal to the city share', () => {
		const v = ok([
			{ code: 'a', minority: 20, total: 100 },
			{ code: 'b', minority: 60, total: 300 }
		]);
		expect(v.dissimilarity).toBeCloseTo(0, 12);
		expect(v.theilH).toBeCloseTo(0, 12);
		expect(v.isolation).toBeCloseTo(0.2, 12);
	});

	it('is 1 for complete separation', () => {
		const v = ok([
			{ code: 'a', minority: 50, total: 50 },
			{ code: 'b', minority: 0, total: 150 }
		]);
		expect(v.dissimilarity).toBeCloseTo(1, 12);
		expect(v.theilH).toBeCloseTo(1, 12);
		expect(v.isolation).toBeCloseTo(1, 12);
		expect(v.exposure).toBeCloseTo(0, 12);
	});

	it('leaves out areas without counts and counts them, rather than reading them as zero', () => {
		const v = ok([...SYNTHETIC_SEGREGATION_AREAS, { code: 'SYN-M', minority: null, total: 500 }, { code: 'SYN-E', minority: 0, total: 0 }]);
		expect(v.dissimilarity).toBeCloseTo(X.dissimilarity, 12);
		expect(v.nMissing).toBe(1);
		expect(v.nAreas).toBe(3);
	});

	it('fails with a reason when there is nothing to compare or a count is impossible', () => {
		expect(segregationIndices([])).toEqual({ ok: false, failure: { kind: 'no_areas' } });
		expect(segregationIndices([{ code: 'a', minority: 0, total: 10 }])).toEqual({ ok: false, failure: { kind: 'one_group_only' } });
		expect(segregationIndices([{ code: 'a', minority: 12, total: 10 }])).toEqual({
			ok: false,
			failure: { kind: 'invalid_counts', code: 'a' }
		});
	});

	it('has a binary entropy of ln 2 at one half and 0 at the ends', () => {
		expect(entropy(0.5)).toBeCloseTo(Math.log(2), 12);
		expect(entropy(0)).toBe(0);
		expect(entropy(1)).toBe(0);
	});
});
