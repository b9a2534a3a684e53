// The Underlag as a Word file, built in the browser with docx: the title, then each figure (the first after the
// title, the others on a new page) as a PNG at print resolution with its alt text, the numbered caption, the source
// line with dates and link, the notes and, if chosen, the chart's table as a Word table; the sources at the end.
// Loaded only when the user downloads (it is large), never with the pages that show charts.
import {
	AlignmentType,
	Document,
	ExternalHyperlink,
	HeadingLevel,
	ImageRun,
	Packer,
	Paragraph,
	Table,
	TableCell,
	TableRow,
	TextRun,
	WidthType
} from 'docx';
import { localeTag, type Locale } from '../i18n/format.ts';
import type { DocFigure, DocModel, DocTable } from './documentModel.ts';

/** A run's language (spelling and a screen reader's voice), for the document's default or a figure's own words. */
const wordLang = (l: Locale) => ({ value: localeTag(l) });
/** The run options for a figure's own words: its language where it is not the document's, else nothing. */
const ownLang = (l: Locale | null) => (l ? { language: wordLang(l) } : {});

/** The text width (16 cm) in twentieths of a point, as Word measures table columns. */
const TEXT_WIDTH_TWIPS = Math.round((16 / 2.54) * 1440);
const SMALL = 18; // half-points: 9 pt

function table(t: DocTable, lang: Locale | null): (Paragraph | Table)[] {
	const width = Math.floor(TEXT_WIDTH_TWIPS / t.cells[0]!.length);
	const row = (cells: string[], header: boolean) =>
		new TableRow({
			tableHeader: header,
			cantSplit: true,
			children: cells.map(
				(text, i) =>
					new TableCell({
						width: { size: width, type: WidthType.DXA },
						children: [
							new Paragraph({
								alignment: t.numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
								children: [new TextRun({ text, bold: header, size: SMALL, ...ownLang(lang) })]
							})
						]
					})
			)
		});
	const out: (Paragraph | Table)[] = [
		new Paragraph({ style: 'Caption', keepNext: true, spacing: { before: 240 }, children: [new TextRun(t.caption)] }),
		new Table({
			width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
			columnWidths: t.cells[0]!.map(() => width),
			rows: t.cells.map((cells, i) => row(cells, i === 0))
		})
	];
	if (t.missingNote) out.push(new Paragraph({ children: [new TextRun({ text: t.missingNote, size: SMALL })] }));
	return out;
}

function figure(f: DocFigure, png: Uint8Array): (Paragraph | Table)[] {
	// The figure's own words keep the language of the page they were added on; the document's words are its own.
	const own = ownLang(f.lang);
	const out: (Paragraph | Table)[] = [
		new Paragraph({
			pageBreakBefore: f.number > 1,
			keepNext: true,
			children: [
				new ImageRun({
					type: 'png',
					data: png,
					transformation: { width: f.image.widthPx, height: f.image.heightPx },
					altText: { name: `figure-${f.number}`, title: f.caption, description: f.alt }
				})
			]
		}),
		new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun(f.captionLead), new TextRun({ text: f.title, ...own })] }),
		new Paragraph({
			children: [
				new TextRun({ text: f.sourceOwn, size: SMALL, ...own }),
				new TextRun({ text: `${f.sourceRest} ${f.linkLabel}: `, size: SMALL }),
				new ExternalHyperlink({ link: f.permalink, children: [new TextRun({ text: f.permalink, style: 'Hyperlink', size: SMALL })] })
			]
		}),
		...f.details.map((d) => new Paragraph({ children: [new TextRun({ text: d, size: SMALL, ...own })] })),
		...(f.langNote ? [new Paragraph({ children: [new TextRun({ text: f.langNote, size: SMALL, italics: true })] })] : [])
	];
	if (f.note) out.push(new Paragraph({ spacing: { before: 120 }, children: [new TextRun(f.note)] }));
	if (f.table) out.push(...table(f.table, f.lang));
	return out;
}

/** The .docx file for a document model and each figure's PNG (in the model's order). */
export function docxBlob(model: DocModel, pngs: Uint8Array[]): Promise<Blob> {
	const doc = new Document({
		title: model.title,
		creator: 'Stadsdelskollen',
		description: model.compiled,
		styles: {
			default: {
				document: { run: { font: 'Arial', size: 22, language: wordLang(model.locale) } },
				caption: { run: { bold: true, size: 20, color: '1B1B1F' } }
			}
		},
		sections: [
			{
				properties: { page: { margin: { top: '2.5cm', bottom: '2.5cm', left: '2.5cm', right: '2.5cm' } } },
				children: [
					new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(model.title)] }),
					new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: model.compiled, size: SMALL })] }),
					...model.figures.flatMap((f, i) => figure(f, pngs[i]!)),
					new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(model.sourcesTitle)] }),
					...model.sources.map((s) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(s)] }))
				]
			}
		]
	});
	return Packer.toBlob(doc);
}
