import { describe, expect, it } from 'vitest';
import { checkSizes, pageKind } from './pageSizes.ts';

describe('pageKind', () => {
	it.each([
		['index.html', 'landing'],
		['en.html', 'landing'],
		['omrade/stadsdel/abrahamsberg.html', 'area'],
		['en/omrade/deso/0180C1010.html', 'area'],
		['faktablad/fokus2025.html', 'factsheet'],
		['en/faktablad/utsatta2023.html', 'factsheet'],
		['omrade.html', null],
		['en/omrade.html', null],
		['omrade/stadsdel.html', null],
		['jamfor.html', null],
		['embed/omrade.html', null],
		['faktablad/fokus2025/__data.json', null]
	])('%s is %s', (rel, kind) => expect(pageKind(rel)).toBe(kind));
});

describe('checkSizes', () => {
	it('names the largest page and counts those over the limit', () => {
		const r = checkSizes(
			[
				{ rel: 'a.html', br: 30 },
				{ rel: 'b.html', br: 41 },
				{ rel: 'c.html', br: 40 },
				{ rel: 'd.html', br: 55 }
			],
			40
		);
		expect(r).toEqual({ n: 4, max: 55, worst: 'd.html', over: 2, limit: 40, missing: [] });
	});

	it('lists pages without a compressed twin instead of counting them as small', () => {
		const r = checkSizes(
			[
				{ rel: 'a.html', br: null },
				{ rel: 'b.html', br: 12 }
			],
			40
		);
		expect(r).toMatchObject({ n: 1, max: 12, worst: 'b.html', over: 0, missing: ['a.html'] });
	});

	it('has no maximum when nothing was measured', () => {
		expect(checkSizes([], 40)).toMatchObject({ n: 0, max: null, worst: null, over: 0 });
	});
});
