// Reads a .docx back for tests: the body's paragraphs and tables as text, the images' alt texts and the media files.
import { strFromU8, unzipSync } from 'fflate';

export interface DocxContent {
	/** Paragraphs outside tables, in order. */
	paragraphs: string[];
	/** Each table as rows of cell texts. */
	tables: string[][][];
	/** Each drawing's docPr attributes (name, title, descr). */
	images: Record<string, string>[];
	/** Files under word/media/, by name. */
	media: Map<string, Uint8Array>;
	xml: string;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const text = (xml: string) => Array.from(xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g), (t) => unescape(t[1]!)).join('');
const all = (xml: string, re: RegExp) => Array.from(xml.matchAll(re), (x) => x[0]);

export function readDocx(file: Uint8Array): DocxContent {
	const files = unzipSync(file);
	const xml = strFromU8(files['word/document.xml']!);
	const tablesXml = all(xml, /<w:tbl>[\s\S]*?<\/w:tbl>/g);
	const outside = tablesXml.reduce((rest, t) => rest.replace(t, ''), xml);
	return {
		paragraphs: all(outside, /<w:p[ >][\s\S]*?<\/w:p>/g).map(text),
		tables: tablesXml.map((t) => all(t, /<w:tr[ >][\s\S]*?<\/w:tr>/g).map((r) => all(r, /<w:tc>[\s\S]*?<\/w:tc>/g).map(text))),
		images: all(xml, /<wp:docPr [^>]*>/g).map((d) => Object.fromEntries(Array.from(d.matchAll(/(\w+)="([^"]*)"/g), (a) => [a[1]!, unescape(a[2]!)]))),
		media: new Map(Object.entries(files).filter(([name]) => name.startsWith('word/media/'))),
		xml
	};
}
