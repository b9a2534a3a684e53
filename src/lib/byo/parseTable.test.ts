// Parser tests on synthetic fixtures written here: Windows-1252 with semicolons and decimal commas, UTF-8 with BOM,
// UTF-16 as Excel's "Unicode-text" saves it, an XLSX made with write-excel-file, pasted tab-separated text, meta lines
// above a table as the app's CSV downloads have them, and files the parser must refuse.
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import writeXlsxFile from 'write-excel-file/node';
import { readSheet } from 'read-excel-file/node';
import { decodeText, parseFile, parseText, sniffSeparator, type XlsxReader } from './parseTable';
import { parseNumberCell } from './numbers';

const readXlsx: XlsxReader = async (data) => (await readSheet(Buffer.from(data))) as unknown[][];
const utf8 = (s: string) => new TextEncoder().encode(s);

function ok(r: Awaited<ReturnType<typeof parseFile>>) {
	if (!r.ok) throw new Error(`expected a table, got ${JSON.stringify(r.error)}`);
	return r.table;
}

describe('encodings', () => {
	it('reads Windows-1252 with semicolons and decimal commas', async () => {
		const csv = 'Område;Andel (%);Antal svar\r\nSkärholmen;12,5;1 204\r\nÖstermalm;3,25;87\r\nSpånga-Tensta;..;12\r\n';
		const bytes = new Uint8Array(iconv.encode(csv, 'win1252'));
		expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow(); // it really is not UTF-8
		const t = ok(await parseFile(bytes, 'enkät.csv', readXlsx));
		expect(t.encoding).toBe('windows-1252');
		expect(t.separator).toBe(';');
		expect(t.columns).toEqual(['Område', 'Andel (%)', 'Antal svar']);
		expect(t.rows.map((r) => r.cells[0])).toEqual(['Skärholmen', 'Östermalm', 'Spånga-Tensta']);
		expect(t.rows.map((r) => parseNumberCell(r.cells[1]))).toEqual([
			{ kind: 'number', value: 12.5, percent: false, decimal: ',' },
			{ kind: 'number', value: 3.25, percent: false, decimal: ',' },
			{ kind: 'missing-marker' }
		]);
		expect(parseNumberCell(t.rows[0]!.cells[2])).toEqual({ kind: 'number', value: 1204, percent: false });
		expect(t.rows.map((r) => r.line)).toEqual([2, 3, 4]);
	});

	it('strips a UTF-8 BOM and keeps å, ä, ö', async () => {
		const t = ok(await parseFile(utf8('\ufeffkod,värde\nhagersten-alvsjo,"1 234,5"\nÄlvsjö,7\n'), 'data.csv', readXlsx));
		expect(t.encoding).toBe('utf-8');
		expect(t.separator).toBe(',');
		expect(t.columns[0]).toBe('kod'); // no BOM glued to the first header
		expect(t.rows[0]!.cells).toEqual(['hagersten-alvsjo', '1 234,5']);
		expect(t.rows[1]!.cells[0]).toBe('Älvsjö');
	});

	// Synthetic "Unicode-text" as Excel saves it: UTF-16LE with the BOM FF FE, tabs, CRLF, å/ä/ö in the header.
	const unicodeText = 'Område\tAndel (%)\tAntal svar\r\nSkärholmen\t12,5\t1 204\r\nÖstermalm\t3,25\t87\r\n';
	const utf16 = (s: string, order: 'le' | 'be', bom = true) => {
		const le = Buffer.from((bom ? '\ufeff' : '') + s, 'utf16le');
		return new Uint8Array(order === 'le' ? le : le.swap16());
	};

	it.each(['le', 'be'] as const)('reads UTF-16%s with its BOM (Excel\'s "Unicode-text") like any other file', async (order) => {
		const bytes = utf16(unicodeText, order);
		expect([...bytes.slice(0, 2)]).toEqual(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
		const t = ok(await parseFile(bytes, 'enkät.txt', readXlsx));
		expect(t.encoding).toBe(`utf-16${order}`);
		expect(t.separator).toBe('\t');
		expect(t.columns).toEqual(['Område', 'Andel (%)', 'Antal svar']); // not "ÿþO m r å d e"
		expect(t.rows.map((r) => [r.line, r.cells[0]])).toEqual([
			[2, 'Skärholmen'],
			[3, 'Östermalm']
		]);
		expect(parseNumberCell(t.rows[0]!.cells[1])).toEqual({ kind: 'number', value: 12.5, percent: false, decimal: ',' });
	});

	it('reads UTF-16 without a BOM when every other byte is NUL, and only then', async () => {
		const le = ok(await parseFile(utf16(unicodeText, 'le', false), 'enkät.txt', readXlsx));
		expect([le.encoding, le.columns[0]]).toEqual(['utf-16le', 'Område']);
		const be = ok(await parseFile(utf16(unicodeText, 'be', false), 'enkät.txt', readXlsx));
		expect([be.encoding, be.columns[0]]).toEqual(['utf-16be', 'Område']);
		// Windows-1252 text has no NUL at all, so it is never taken for UTF-16.
		expect(decodeText(new Uint8Array(iconv.encode('Område;Värde\r\nÅ;1\r\n', 'win1252')))?.encoding).toBe('windows-1252');
	});

	it('refuses bytes that are no text we can read, rather than guess', async () => {
		const undecodable = { ok: false, error: { kind: 'undecodable' } };
		// UTF-16 cut inside a character (an odd number of bytes).
		expect(await parseFile(utf16(unicodeText, 'le').slice(0, 41), 'kapad.txt', readXlsx)).toEqual(undecodable);
		// UTF-16 with a lone surrogate.
		expect(await parseFile(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x3d, 0xd8, 0x0a, 0x00]), 'trasig.txt', readXlsx)).toEqual(undecodable);
		// NUL bytes, which no 8-bit text file holds (a binary file renamed .csv).
		expect(await parseFile(new Uint8Array([0x4b, 0x6f, 0x64, 0x00, 0x00, 0x00, 0x3b, 0x31, 0x0a, 0x00, 0x00]), 'bild.csv', readXlsx)).toEqual(undecodable);
		// A binary file without NUL bytes (every byte 1–255): not read as Windows-1252 columns of control characters.
		const noNul = Uint8Array.from({ length: 4000 }, (_, i) => 1 + ((i * 7919) % 255));
		expect(await parseFile(noNul, 'binar.csv', readXlsx)).toEqual(undecodable);
	});

	it('a stray control character in a real table does not refuse the file', async () => {
		const table = ok(await parseFile(utf8('Område;Värde\r\nBromma;1\u001b\r\nFarsta;2\f\r\n'), 'tabell.csv', readXlsx));
		expect(table.rows.map((r) => r.cells[0])).toEqual(['Bromma', 'Farsta']);
	});

	it('decodeText falls back only when the bytes are not UTF-8', () => {
		expect(decodeText(utf8('Åre'))?.encoding).toBe('utf-8');
		expect(decodeText(new Uint8Array([0xc5, 0x72, 0x65]))).toEqual({ text: 'Åre', encoding: 'windows-1252' });
	});
});

describe('separators and pasted text', () => {
	it('sniffs tab, then semicolon, then pipe, then comma', () => {
		expect(sniffSeparator('a\tb,c\n1\t2,5')).toBe('\t');
		expect(sniffSeparator('a;b\n1,5;2,5')).toBe(';');
		expect(sniffSeparator('a,b\n"1,5",2')).toBe(',');
		expect(sniffSeparator('a|b|c\n1|2|3')).toBe('|');
		// A comma in the header and a decimal comma in every row do not make a pipe-separated file comma-separated.
		expect(sniffSeparator('område|värde, %\nBromma|12,5\nFarsta|10,5')).toBe('|');
		// A pipe inside a comma-separated file's quoted cell is text.
		expect(sniffSeparator('a,b\n"x|y",2\n"z",3')).toBe(',');
	});

	it('reads a pipe-separated file (synthetic), with decimal commas and a quoted pipe kept as text', () => {
		const r = parseText('område|Syntetiskt värde|not\nBromma|12,5|"a|b"\nFarsta|1 234|', 'csv', 'utf-8');
		if (!r.ok) throw new Error('parse failed');
		expect(r.table.separator).toBe('|');
		expect(r.table.columns).toEqual(['område', 'Syntetiskt värde', 'not']);
		expect(r.table.rows.map((x) => x.cells)).toEqual([
			['Bromma', '12,5', 'a|b'],
			['Farsta', '1 234', '']
		]);
		expect(r.table.rows.map((x) => parseNumberCell(x.cells[1])).map((c) => (c.kind === 'number' ? c.value : null))).toEqual([12.5, 1234]);
	});

	it('reads a table pasted from Excel (tabs), skipping blank lines and numbering rows as the sheet does', () => {
		const r = parseText('Område\tVärde\n\nRinkeby-Kista\t45,2 %\nBromma\t12 %\n');
		if (!r.ok) throw new Error('parse failed');
		expect(r.table.separator).toBe('\t');
		expect(r.table.rows.map((x) => x.line)).toEqual([3, 4]);
		expect(parseNumberCell(r.table.rows[0]!.cells[1])).toEqual({ kind: 'number', value: 45.2, percent: true, decimal: ',' });
	});

	it('names blank and repeated headers', () => {
		const r = parseText('namn;;värde;värde\nA;x;1;2');
		if (!r.ok) throw new Error('parse failed');
		expect(r.table.columns).toEqual(['namn', 'kolumn 2', 'värde', 'värde (2)']);
	});

	it('keeps markup and formula-like cells as plain strings', () => {
		const r = parseText('namn;värde\n<script>alert(1)</script>;=1+2\n<img src=x onerror=alert(1)>;@SUM(A1)');
		if (!r.ok) throw new Error('parse failed');
		expect(r.table.rows.map((x) => x.cells)).toEqual([
			['<script>alert(1)</script>', '=1+2'],
			['<img src=x onerror=alert(1)>', '@SUM(A1)']
		]);
	});
});

describe('meta lines above the table (as the app\'s CSV downloads begin)', () => {
	it('passes over "# …" lines, quoted or not, and numbers rows as the file\'s lines', () => {
		const r = parseText(
			['# Syntetisk titel, 2024', '"# Definition: andel; syntetisk, ""citerad"""', '# ', 'Område;Värde', 'Bromma;1,5', 'Farsta;2'].join('\r\n'),
			'csv',
			'utf-8'
		);
		if (!r.ok) throw new Error('parse failed');
		expect(r.table.separator).toBe(';'); // not the meta lines' commas
		expect(r.table.columns).toEqual(['Område', 'Värde']);
		expect(r.table.columnsInFile).toBe(2);
		expect(r.table.rows.map((x) => [x.line, x.cells[0]])).toEqual([
			[5, 'Bromma'],
			[6, 'Farsta']
		]);
	});

	it('passes them over in pasted text, also a bare meta line whose quote never closes', () => {
		const r = parseText('# Källa: syntetisk,"öppet citat\nOmråde\tVärde\nBromma\t3\n');
		if (!r.ok) throw new Error('parse failed');
		expect(r.table.columns).toEqual(['Område', 'Värde']);
		expect(r.table.rows).toEqual([{ line: 3, cells: ['Bromma', '3'] }]);
	});

	it('keeps a header whose first column is named "#", or starts "#" without a space', () => {
		const r = parseText('#;Område;Värde\n1;Bromma;3\n');
		if (!r.ok) throw new Error('parse failed');
		expect(r.table.columns).toEqual(['#', 'Område', 'Värde']);
		const s = parseText('#nr;Område\n1;Bromma\n');
		expect(s.ok && s.table.columns[0]).toBe('#nr');
	});

	it('passes over them in a workbook too (a download saved again as .xlsx)', async () => {
		const buf = await writeXlsxFile([
			[{ value: '# Syntetisk titel' }],
			[{ value: '# Källa: syntetisk' }, { value: 'ett ord' }],
			[{ value: 'Område' }, { value: 'Värde' }],
			[{ value: 'Bromma' }, { value: 4 }]
		]).toBuffer();
		const t = ok(await parseFile(new Uint8Array(buf), 'nedladdad.xlsx', readXlsx));
		expect(t.columns).toEqual(['Område', 'Värde']);
		expect(t.rows).toEqual([{ line: 4, cells: ['Bromma', 4] }]);
	});

	it('a file of meta lines only is empty', () => {
		expect(parseText('# Syntetisk titel\r\n# Källa: syntetisk\r\n')).toEqual({ ok: false, error: { kind: 'empty' } });
	});
});

describe('XLSX', () => {
	it('reads the first sheet of a workbook written by write-excel-file', async () => {
		const buf = await writeXlsxFile([
			[{ value: 'Stadsdelsområde' }, { value: 'Andel' }, { value: 'n' }],
			[{ value: 'Rinkeby-Kista' }, { value: 41.5 }, { value: 250 }],
			[{ value: 'Hägersten-Älvsjö' }, { value: 17.25 }, { value: 18 }],
			[{ value: 'Östermalm' }, null, { value: 300 }]
		]).toBuffer();
		const t = ok(await parseFile(new Uint8Array(buf), 'enkät.xlsx', readXlsx));
		expect(t.format).toBe('xlsx');
		expect(t.columns).toEqual(['Stadsdelsområde', 'Andel', 'n']);
		expect(t.rows.map((r) => r.cells)).toEqual([
			['Rinkeby-Kista', 41.5, 250],
			['Hägersten-Älvsjö', 17.25, 18],
			['Östermalm', null, 300]
		]);
	});

	it('refuses old .xls and unreadable workbooks with a reason', async () => {
		const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
		expect(await parseFile(xls, 'gammal.xls', readXlsx)).toEqual({ ok: false, error: { kind: 'xls-unsupported' } });
		const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
		const r = await parseFile(broken, 'trasig.xlsx', readXlsx);
		expect(r.ok || r.error.kind).toBe('xlsx-unreadable');
	});
});

describe('wide files', () => {
	it('keeps the first 200 columns and remembers how many the file had', () => {
		// Synthetic: an area column and 300 value columns.
		const header = ['område', ...Array.from({ length: 300 }, (_, i) => `v${i + 1}`)].join(';');
		const row = ['Bromma', ...Array.from({ length: 300 }, (_, i) => String(i))].join(';');
		const r = parseText(`${header}\n${row}`);
		if (!r.ok) throw new Error('parse failed');
		expect(r.table.columns).toHaveLength(200);
		expect(r.table.columnsInFile).toBe(301);
	});
});

describe('refusals', () => {
	it('empty input and a header without rows', async () => {
		expect(await parseFile(new Uint8Array(), 'tom.csv', readXlsx)).toEqual({ ok: false, error: { kind: 'empty' } });
		expect(parseText('   \n  ')).toEqual({ ok: false, error: { kind: 'empty' } });
		expect(parseText('kod;värde\n')).toEqual({ ok: false, error: { kind: 'no-data-rows' } });
	});
});
