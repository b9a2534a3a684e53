// Downloading the Underlag as Word: each figure's exported SVG rasterised at print resolution by share/svgExport,
// then the docx module, loaded only now, writes the file.
import { download, svgToPng } from '../share/svgExport.ts';
import { fileSlug } from '../share/fileName.ts';
import type { DocModel } from './documentModel.ts';

export async function downloadDocx(model: DocModel): Promise<void> {
	const pngs: Uint8Array[] = [];
	// One at a time: a print-resolution canvas is large.
	for (const f of model.figures) pngs.push(new Uint8Array(await (await svgToPng(f.svg, f.width, f.height, f.image.scale)).arrayBuffer()));
	const { docxBlob } = await import('./docxDocument.ts');
	download(await docxBlob(model, pngs), `${fileSlug(model.title)}.docx`);
}
