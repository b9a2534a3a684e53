import { describe, expect, it } from 'vitest';
import { groupingStyle, markerPath } from './groupingStyle.ts';
import { contrastRatio } from './colour.ts';

// Every grouping that can be shown together on /jamfor: the catalogue's groupings (data/groupings.ts), the complement
// each one gets ("övriga staden"), the user's own grouping and the whole city.
const PRIMARY = ['fokus2025', 'stadsdelslyftet', 'utsatta2023', 'utsatta2025'];
const ALL = [...PRIMARY, ...PRIMARY.map((id) => `ovriga_${id}`), 'egen', 'hela_staden'];
const pairs = ALL.flatMap((a, i) => ALL.slice(i + 1).map((b) => [a, b] as const));

describe('grouping styles', () => {
	it.each(pairs)('%s and %s differ in shape or line dash, not only in colour', (a, b) => {
		const sa = groupingStyle(a);
		const sb = groupingStyle(b);
		expect(sa.shape !== sb.shape || sa.dash !== sb.dash).toBe(true);
		// Markers are drawn without lines in the dot plot, so the shapes themselves must differ too.
		expect(markerPath(sa.shape, 5)).not.toBe(markerPath(sb.shape, 5));
	});

	it.each(pairs)('%s and %s have different colours', (a, b) => {
		expect(groupingStyle(a).colour).not.toBe(groupingStyle(b).colour);
	});

	it.each(ALL)('%s: its colour is at least 3:1 against white', (key) => {
		expect(contrastRatio(groupingStyle(key).colour, '#ffffff')).toBeGreaterThanOrEqual(3);
	});

	it('draws a complement with a dashed line and its grouping with a solid one', () => {
		for (const id of PRIMARY) {
			expect(groupingStyle(id).dash).toBe('');
			expect(groupingStyle(`ovriga_${id}`).dash).not.toBe('');
		}
	});
});
