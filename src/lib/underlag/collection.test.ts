import { describe, expect, it } from 'vitest';
import { addFigure, moveFigure, readDoc, removeFigure, setNote } from './collection.ts';
import { syntheticFigure } from './syntheticFigure.ts';
import { EMPTY_DOC } from './types.ts';

const a = syntheticFigure({ id: 'a' });
const b = syntheticFigure({ id: 'b', permalink: 'http://127.0.0.1/segregation#d' });
const c = syntheticFigure({ id: 'c', permalink: 'http://127.0.0.1/jamfor?x' });
const abc = { ...EMPTY_DOC, figures: [a, b, c] };
const ids = (d: { figures: { id: string }[] }) => d.figures.map((f) => f.id).join('');

describe('the collection', () => {
	it('adds at the end and says at which place; the same chart twice is kept once', () => {
		const one = addFigure(EMPTY_DOC, a);
		expect([one.position, one.added, ids(one.doc)]).toEqual([1, true, 'a']);
		const two = addFigure(one.doc, b);
		expect([two.position, ids(two.doc)]).toEqual([2, 'ab']);
		const again = addFigure(two.doc, syntheticFigure({ id: 'z' }));
		expect([again.position, again.added, ids(again.doc)]).toEqual([1, false, 'ab']);
		// Same link, another image (e.g. the user's own data changed): a new figure.
		expect(addFigure(two.doc, syntheticFigure({ id: 'y', svg: '<svg id="other"/>' })).added).toBe(true);
	});

	it('moves up and down, clamped at the ends', () => {
		expect(ids(moveFigure(abc, 'c', -1))).toBe('acb');
		expect(ids(moveFigure(abc, 'a', 1))).toBe('bac');
		expect(ids(moveFigure(abc, 'a', -1))).toBe('abc');
		expect(ids(moveFigure(abc, 'c', 5))).toBe('abc');
		expect(ids(moveFigure(abc, 'nope', 1))).toBe('abc');
	});

	it('removes and annotates one figure', () => {
		expect(ids(removeFigure(abc, 'b'))).toBe('ac');
		expect(setNote(abc, 'b', 'Jämför med 2019.').figures.map((f) => f.note)).toEqual(['', 'Jämför med 2019.', '']);
	});
});

describe('readDoc', () => {
	it('reads back what it wrote', () => {
		const stored = JSON.parse(JSON.stringify({ ...abc, title: 'Svar' }));
		expect(readDoc(stored)).toEqual({ ...abc, title: 'Svar' });
	});

	it('drops malformed figures and duplicate ids, and reads nonsense as empty', () => {
		const bad = [{ ...a, id: 'x', table: { columns: 'no', rows: [] } }, { ...a, id: 'y', svg: '<script>' }, { ...a, id: 'j', permalink: 'javascript:alert(1)' }, { ...b, width: -1 }, { ...a, id: 'z', table: { ...a.table, rows: [{ v: {} }] } }];
		expect(ids(readDoc({ title: 1, includeTables: 'yes', figures: [a, ...bad, a, c] }))).toBe('ac');
		expect(readDoc({ title: 1, includeTables: 'yes', figures: [] })).toEqual(EMPTY_DOC);
		for (const junk of [null, 'x', 3, [], { figures: 'x' }]) expect(readDoc(junk).figures).toEqual([]);
	});

	it("keeps a figure's recorded language, and a figure whose language is not the site's without it", () => {
		const read = readDoc({ title: '', includeTables: true, figures: [{ ...a, lang: 'en' }, { ...c, lang: '"><b>de' }] });
		expect(read.figures.map((f) => [f.id, f.lang])).toEqual([
			['a', 'en'],
			['c', undefined]
		]);
		expect('lang' in read.figures[1]!).toBe(false);
	});
});
