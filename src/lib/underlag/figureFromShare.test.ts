import { describe, expect, it } from 'vitest';
import { figureFromShare } from './figureFromShare.ts';
import { isUnderlagFigure } from './collection.ts';

describe('figureFromShare', () => {
	it('keeps what the menu exports and drops the CSV lines that repeat the date and the link', () => {
		const permalink = 'http://127.0.0.1/jamfor?grupper=fokus2025#dotplot-title';
		const f = figureFromShare(
			{
				meta: { title: 'T', subtitle: 'S', source: 'Källa: X. Bearbetning: Stadsdelskollen.', dated: 'Data byggda 1 december 2026' },
				table: { columns: [{ key: 'v', label: 'V' }], rows: [{ v: 1.5 }] },
				csvMeta: { title: 'T', source: 'Källa: X.', definition: 'Definition: d', notes: ['Data byggda 1 december 2026', 'egen data: a.csv', `Länk till exakt den här vyn: ${permalink}`] },
				permalink,
				alt: 'Punktdiagram: T.',
				ownDataNote: 'Din egna data finns inte i länken.',
				exported: { svg: '<svg/>', width: 640, height: 400 }
			},
			'id1',
			'2026-12-04T10:00:00Z',
			'sv'
		);
		expect(f.notes).toEqual(['egen data: a.csv']);
		expect([f.title, f.subtitle, f.dated, f.definition, f.ownDataNote, f.note]).toEqual(['T', 'S', 'Data byggda 1 december 2026', 'Definition: d', 'Din egna data finns inte i länken.', '']);
		expect(f.table.rows).toEqual([{ v: 1.5 }]);
		expect(f.lang).toBe('sv');
		expect(isUnderlagFigure(f)).toBe(true);
	});
});
