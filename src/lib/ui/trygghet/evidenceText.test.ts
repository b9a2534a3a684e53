import { describe, expect, it } from 'vitest';
import { measureOptions } from './evidenceText.ts';

// SYNTHETIC rows: only the fields the filter reads.
const row = (measure: string, sv: string) => ({ measure, measureName: { sv, en: sv } });

describe('measureOptions', () => {
	it('offers each key once, sorted by name, and a key two surveys word differently under both wordings', () => {
		expect(
			measureOptions([
				row('oro_for_bostadsinbrott', 'Orolig för bostadsinbrott'),
				row('oro_for_brott', 'Oro för brott'),
				row('oro_for_bostadsinbrott', 'Mycket eller ganska stor oro för bostadsinbrott'),
				row('oro_for_brott', 'Oro för brott')
			])
		).toEqual([
			{ key: 'oro_for_bostadsinbrott', label: 'Mycket eller ganska stor oro för bostadsinbrott / Orolig för bostadsinbrott' },
			{ key: 'oro_for_brott', label: 'Oro för brott' }
		]);
	});
});
