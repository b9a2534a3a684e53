import { describe, expect, it } from 'vitest';
import { parseFilter, serialiseFilter } from './filterState.ts';

const options = { districts: ['farsta', 'stockholm'], measures: ['otrygg_i_bostadsomradet'] };

describe('evidence filter URL', () => {
	it('uses the first of a repeated filter and says it was repeated', () => {
		const { filter, issues } = parseFilter(new URLSearchParams('omrade=farsta&omrade=stockholm'), options);
		expect(filter.district).toBe('farsta');
		expect(issues).toEqual([{ param: 'omrade', reason: 'repeated' }]);
	});

	it('round-trips valid filters', () => {
		const { filter, issues } = parseFilter(new URLSearchParams('omrade=farsta&matt=otrygg_i_bostadsomradet&kalla=news'), options);
		expect(issues).toEqual([]);
		expect(serialiseFilter(filter)).toBe('omrade=farsta&matt=otrygg_i_bostadsomradet&kalla=news');
	});

	it('reports unknown, malformed and extra parameters and falls back to all', () => {
		const { filter, issues } = parseFilter(new URLSearchParams('omrade=atlantis&matt=<script>&kalla=blog&x=1'), options);
		expect(filter).toEqual({ district: null, measure: null, sourceType: null });
		expect(issues).toEqual([
			{ param: 'x', reason: 'unknown' },
			{ param: 'omrade', reason: 'unknown' },
			{ param: 'matt', reason: 'malformed' },
			{ param: 'kalla', reason: 'unknown' }
		]);
		expect(serialiseFilter(filter)).toBe('');
	});
});
