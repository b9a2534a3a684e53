// The sentences a user reads about a hostile or unusable table, in Swedish (default) and English, from synthetic
// tables run through the same functions the panel uses.
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime';
import { parseFile, parseText } from '$lib/byo/parseTable';
import { buildAreaIndex } from '$lib/byo/matchAreas';
import { guessMapping } from '$lib/byo/guessMapping';
import { validateTable } from '$lib/byo/validate';
import { yearProblem } from '$lib/byo/plausible';
import { tableNotes } from '$lib/byo/tableNotes';
import { TEST_AREAS } from '$lib/byo/testAreas';
import { issueText, parseErrorText, tableNoteText, yearProblemText } from './issueText';

const index = buildAreaIndex(TEST_AREAS);
const inEnglish = () => overwriteGetLocale(() => 'en');
afterEach(() => overwriteGetLocale(() => 'sv'));

function read(text: string) {
	const r = parseText(text, 'csv', 'utf-8');
	if (!r.ok) throw new Error('parse failed');
	return r.table;
}

function report(text: string) {
	const t = read(text);
	const { mapping } = guessMapping(t, index);
	return validateTable(t, mapping, index, { level: 'stadsdelsomrade', year: 2025, unit: 'count', fileName: 'syntetisk.csv' }).report;
}

const rowTexts = (r: ReturnType<typeof report>) => r.issues.map((i) => [i.line, issueText(i), i.cell]);

describe('row problems', () => {
	it('a quoted "1,234" in a comma-separated file is refused as ambiguous, not read as 1.234 (English page)', () => {
		inEnglish();
		const r = report('area,value\nBromma,"1,234"\nFarsta,12.5');
		expect(r.rowsUsed).toBe(1);
		expect(rowTexts(r)).toEqual([
			[2, 'Ambiguous number (value): thousands or three decimals? Write thousands without a separator (1234), decimals with a fourth decimal (1.2340).', '1,234']
		]);
	});

	it('says the same in Swedish, and refuses implausibly large numbers with the bound', () => {
		const r = report('område;värde\nBromma;1.234\nFarsta;1e308\nNorrmalm;99999999999999999999999\nKungsholmen;12,5');
		expect(r.rowsUsed).toBe(1);
		expect(rowTexts(r)).toEqual([
			[2, 'Tvetydigt tal (värde): tusental eller tre decimaler? Skriv tusental utan avgränsare (1234), decimaler med en fjärde decimal (1,2340).', '1.234'],
			[3, 'Orimligt stort tal (värde) – högst ±1\u00a0000\u00a0000\u00a0000\u00a0000 kan användas.', '1e308'],
			[4, 'Orimligt stort tal (värde) – högst ±1\u00a0000\u00a0000\u00a0000\u00a0000 kan användas.', '99999999999999999999999']
		]);
		inEnglish();
		expect(issueText(r.issues[1]!)).toBe('Implausibly large number (värde) – at most ±1,000,000,000,000 can be used.');
	});
});

describe('a column that writes decimals two ways', () => {
	it('a decimal point among decimal commas: the point\'s row is refused, naming the column and a row with the comma', () => {
		const r = report('område;Syntetisk andel\nBromma;12,5\nFarsta;3.5\nNorrmalm;1 234,5\nKungsholmen;7');
		expect(r.rowsUsed).toBe(3);
		expect(rowTexts(r)).toEqual([
			[3, 'Decimaltecknen blandas (Syntetisk andel): decimalpunkt här men decimalkomma på de flesta rader, t.ex. rad 2 (12,5). Skriv alla tal i kolumnen på samma sätt.', '3.5']
		]);
		inEnglish();
		expect(issueText(r.issues[0]!)).toBe(
			'Decimals written two ways (Syntetisk andel): a decimal point here but a decimal comma in most rows, e.g. row 2 (12,5). Write every number in the column the same way.'
		);
	});

	it('"1.234,5" in one row and "1,234.5" in another: neither is used, each naming the other', () => {
		inEnglish();
		const r = report('area|Synthetic count\nBromma|1.234,5\nFarsta|1,234.5\nNorrmalm|12');
		expect(r.rowsUsed).toBe(1);
		expect(rowTexts(r)).toEqual([
			[2, 'Decimals written two ways (Synthetic count): a decimal comma here and a decimal point as often, e.g. row 3 (1,234.5), so which is meant cannot be told. Write every number in the column the same way.', '1.234,5'],
			[3, 'Decimals written two ways (Synthetic count): a decimal point here and a decimal comma as often, e.g. row 2 (1.234,5), so which is meant cannot be told. Write every number in the column the same way.', '1,234.5']
		]);
	});
});

describe('the fixed year', () => {
	it.each([
		[null, 'Ange ett år – ingen kolumn anger det.', 'Enter a year – no column gives it.'],
		[2024.7, 'Året måste vara ett helt årtal, utan decimaler.', 'The year must be a whole year, without decimals.'],
		[-5, 'Året måste ligga mellan 1900 och 2100, inte -5.', 'The year must be between 1900 and 2100, not -5.'],
		[99999, 'Året måste ligga mellan 1900 och 2100, inte 99999.', 'The year must be between 1900 and 2100, not 99999.']
	])('%s is refused with a reason', (year, sv, en) => {
		const problem = yearProblem(year);
		expect(problem).not.toBeNull();
		expect(yearProblemText(problem!, year)).toBe(sv);
		inEnglish();
		expect(yearProblemText(problem!, year)).toBe(en);
	});

	it('a whole year in range has no problem', () => {
		expect(yearProblem(2024)).toBeNull();
	});
});

describe('unusable files', () => {
	const notes = (text: string) => {
		const t = read(text);
		return tableNotes(t, guessMapping(t, index)).map(tableNoteText);
	};

	it('a colon-separated file: no areas, no figures, no separator, and what a usable file looks like', () => {
		expect(notes('område:värde\nBromma:10\nFarsta:12')).toEqual([
			'Hittade ingen kolumn med områdesnamn eller koder. Tabellen behöver en kolumn med ett område per rad, t.ex. Bromma eller en områdeskod – ladda ned mallen ovan för ett exempel.',
			'Hittade ingen kolumn med siffror. Tabellen behöver minst en kolumn med tal, t.ex. 12,5 eller 1 234 – ladda ned mallen ovan för ett exempel.',
			'Varje rad lästes som en enda kolumn: hittade ingen avgränsare. Skilj kolumnerna åt med semikolon, komma, tabb eller lodstreck (|), som Excel gör när du sparar som CSV eller text.'
		]);
	});

	it('names the separator the columns were split at when nothing useful came of it', () => {
		inEnglish();
		expect(notes('a;b\nx;y\nz;w')).toEqual([
			'Found no column with area names or codes. The table needs a column with one area per row, e.g. Bromma or an area code – download the template above for an example.',
			'Found no column with figures. The table needs at least one column of numbers, e.g. 12.5 or 1234 – download the template above for an example.',
			'The columns were split at semicolons.'
		]);
	});

	it('says when columns were cut', () => {
		const header = ['område', ...Array.from({ length: 300 }, (_, i) => `v${i + 1}`)].join(';');
		const row = ['Bromma', ...Array.from({ length: 300 }, (_, i) => String(i))].join(';');
		expect(notes(`${header}\n${row}`)).toEqual(['Filen har 301 kolumner; de första 200 används.']);
	});

	it('a file that is no text says so and how to save it, in Swedish and English', async () => {
		// Synthetic: UTF-16 (BOM FF FE) cut inside a character.
		const r = await parseFile(new Uint8Array([0xff, 0xfe, 0x4f, 0x00, 0x6d]), 'syntetisk.txt', async () => []);
		if (r.ok) throw new Error('expected a refusal');
		expect(parseErrorText(r.error)).toBe(
			'Filen kunde inte läsas som text: teckenkodningen känns inte igen, eller så är filen skadad. Spara den som ”CSV UTF-8” i Excel och försök igen.'
		);
		inEnglish();
		expect(parseErrorText(r.error)).toBe(
			'The file could not be read as text: its character encoding is not recognised, or the file is damaged. Save it as “CSV UTF-8” in Excel and try again.'
		);
	});
});
