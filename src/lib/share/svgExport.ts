// A chart as a self-contained SVG for print and documents: title, subtitle, the chart with its computed styles
// inlined, an optional legend, the source and licence line and the data date, with the font embedded.
import fontRegularUrl from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff2?url';
import fontBoldUrl from '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2?url';
import { flushSync, mount, unmount, type Component } from 'svelte';
import { FIXED_LAYOUT } from '../charts/chartWidth.svelte';
import { wrap } from '../charts/wrapText';
import { NO_DATA_HATCH_ID } from '../model/colour';
import { markerPath, type Shape } from '../model/groupingStyle';

export interface ExportMeta {
	title: string;
	subtitle: string;
	/** Source and licence, e.g. "Källa: SCB (CC0). Bearbetning: Stadsdelskollen." */
	source: string;
	/** e.g. "Data byggda 29 november 2026" */
	dated: string;
	legend?: LegendItem[];
	/** Lines under the legend, before the source (what the chart's key says beyond its items). */
	notes?: string[];
}

/**
 * A swatch of fill; with `dash` a line as drawn on the chart (a grouping's dashed outline: black when the fill is
 * 'none', else in the fill's colour, '' for a solid line); with `shape` the chart's marker on it, so that items are
 * told apart by shape and line as well as by colour (WCAG 1.4.1).
 */
export interface LegendItem {
	fill: string;
	label: string;
	dash?: string;
	shape?: Shape;
}

/** One legend item's symbol at (x, y), its top left corner, and its width. */
function legendSymbol(item: LegendItem, x: number, y: number): { svg: string; width: number } {
	if (item.dash === undefined && item.shape === undefined)
		return { svg: `<rect x="${x}" y="${y}" width="16" height="12" fill="${esc(item.fill)}" stroke="#767676"/>`, width: 16 };
	const ink = item.fill === 'none' ? '#1b1b1f' : item.fill;
	const line =
		item.dash === undefined
			? ''
			: `<line x1="${x}" y1="${y + 6}" x2="${x + 30}" y2="${y + 6}" stroke="${esc(ink)}" stroke-width="2.2"${item.dash ? ` stroke-dasharray="${esc(item.dash)}"` : ''}/>`;
	const marker = item.shape === undefined ? '' : `<path transform="translate(${x + 15},${y + 6})" d="${markerPath(item.shape, 5)}" fill="${esc(ink)}" data-shape="${item.shape}"/>`;
	return { svg: line + marker, width: 30 };
}

const FONT = 'Atkinson Hyperlegible';
const STYLE_PROPS = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'stroke-linejoin', 'stroke-opacity', 'opacity', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline', 'paint-order', 'visibility', 'display'];

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

async function base64(url: string): Promise<string> {
	const buf = new Uint8Array(await (await fetch(url)).arrayBuffer());
	let bin = '';
	for (let i = 0; i < buf.length; i += 0x8000) bin += String.fromCharCode(...buf.subarray(i, i + 0x8000));
	return btoa(bin);
}

let fontCss: Promise<string> | null = null;
function embeddedFonts(): Promise<string> {
	fontCss ??= Promise.all([base64(fontRegularUrl), base64(fontBoldUrl)]).then(
		([r, b]) =>
			`@font-face{font-family:'${FONT}';font-weight:400;src:url(data:font/woff2;base64,${r}) format('woff2')}` +
			`@font-face{font-family:'${FONT}';font-weight:700;src:url(data:font/woff2;base64,${b}) format('woff2')}`
	);
	return fontCss;
}

/** Copies each element's computed presentation into attributes, so the SVG looks the same outside the page. */
function inlineStyles(src: Element, dst: Element) {
	const cs = getComputedStyle(src);
	const style = STYLE_PROPS.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';');
	dst.setAttribute('style', style + `;font-family:'${FONT}',sans-serif`);
	dst.removeAttribute('class');
	dst.removeAttribute('tabindex');
	dst.removeAttribute('role');
	for (let i = 0; i < src.children.length; i++) inlineStyles(src.children[i]!, dst.children[i]!);
}

export async function exportSvg(shown: SVGSVGElement, meta: ExportMeta): Promise<{ svg: string; width: number; height: number }> {
	const drawn = atDesktopWidth(shown);
	const chart = drawn.svg;
	const vb = chart.viewBox.baseVal;
	const cw = vb && vb.width ? vb.width : chart.clientWidth;
	const ch = vb && vb.height ? vb.height : chart.clientHeight;
	const W = Math.max(640, Math.round(cw));
	const pad = 16;
	const scale = (W - 2 * pad) / cw;
	const clone = chart.cloneNode(true) as SVGSVGElement;
	inlineStyles(chart, clone);
	drawn.done();
	// What marks the page's state rather than the figures (the selected area's ring) stays out of the image.
	for (const el of clone.querySelectorAll('[data-export-omit]')) el.remove();
	clone.removeAttribute('style');
	clone.setAttribute('x', String(pad));
	clone.setAttribute('width', String(cw * scale));
	clone.setAttribute('height', String(ch * scale));

	const titleLines = wrap(meta.title, W - 2 * pad, 22);
	const subLines = wrap(meta.subtitle, W - 2 * pad, 15);
	let y = pad;
	const text: string[] = [];
	for (const l of titleLines) text.push(`<text x="${pad}" y="${(y += 26)}" font-size="22" font-weight="700">${esc(l)}</text>`);
	y += 4;
	for (const l of subLines) text.push(`<text x="${pad}" y="${(y += 19)}" font-size="15">${esc(l)}</text>`);
	y += 10;
	clone.setAttribute('y', String(y));
	y += ch * scale + 12;
	const legend: string[] = [];
	let lx = pad;
	for (const item of meta.legend ?? []) {
		const swatch = legendSymbol(item, 0, 0).width;
		const w = swatch + 8 + item.label.length * 7.2;
		if (lx + w > W - pad) {
			lx = pad;
			y += 20;
		}
		legend.push(legendSymbol(item, lx, y).svg);
		legend.push(`<text x="${lx + swatch + 5}" y="${y + 11}" font-size="13">${esc(item.label)}</text>`);
		lx += w + 12;
	}
	if (legend.length) y += 30;
	for (const l of (meta.notes ?? []).flatMap((n) => wrap(n, W - 2 * pad, 13))) text.push(`<text x="${pad}" y="${(y += 17)}" font-size="13">${esc(l)}</text>`);
	if (meta.notes?.length) y += 6;
	for (const l of [...wrap(meta.source, W - 2 * pad, 12), meta.dated])
		text.push(`<text x="${pad}" y="${(y += 16)}" font-size="12" fill="#3d3d45">${esc(l)}</text>`);
	const H = Math.ceil(y + pad);
	const hatch = `<pattern id="${NO_DATA_HATCH_ID}" patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#767676" stroke-width="1.5"/></pattern>`;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="'${FONT}', sans-serif">` +
		`<title>${esc(meta.title)}</title><defs><style>${await embeddedFonts()}</style>${hatch}</defs>` +
		`<rect width="${W}" height="${H}" fill="#ffffff"/>` +
		text.slice(0, titleLines.length + subLines.length).join('') +
		new XMLSerializer().serializeToString(clone) +
		legend.join('') +
		text.slice(titleLines.length + subLines.length).join('') +
		`</svg>`;
	return { svg, width: W, height: H };
}

let stage: HTMLDivElement | null = null;

/**
 * The off-screen box in the document that SVGs drawn only to be exported are drawn in: the export reads each
 * element's computed style, which a detached element does not have. One box serves every export.
 */
function exportStage(): HTMLDivElement {
	if (!stage) {
		stage = document.createElement('div');
		stage.setAttribute('aria-hidden', 'true');
		Object.assign(stage.style, { position: 'absolute', left: '-10000px', top: '0', width: '1px', height: '1px', overflow: 'hidden' });
		document.body.append(stage);
	}
	return stage;
}

/** An SVG drawn only to be exported (e.g. a table as a chart), from its markup; each call replaces what the stage holds. */
export function stagedSvg(markup: string): SVGSVGElement | null {
	const box = exportStage();
	box.innerHTML = markup;
	return box.querySelector('svg');
}

/** How to draw a chart at its desktop width: its own component, its props as they are now, and that width. */
export interface DesktopCopy<P extends Record<string, unknown>> {
	component: Component<P>;
	props: () => P;
	width: number;
}

const desktopCopies = new WeakMap<SVGSVGElement, DesktopCopy<Record<string, unknown>>>();

/**
 * Action on a chart's <svg> laid out at the width it is shown at: registers how to draw it at its desktop width, so
 * that an image exported from a phone is the one exported from a desktop, not the phone's layout.
 */
export function desktopCopy<P extends Record<string, unknown>>(node: SVGSVGElement, copy: DesktopCopy<P>) {
	desktopCopies.set(node, copy as unknown as DesktopCopy<Record<string, unknown>>);
	return {
		update: (next: DesktopCopy<P>) => void desktopCopies.set(node, next as unknown as DesktopCopy<Record<string, unknown>>),
		destroy: () => void desktopCopies.delete(node)
	};
}

/**
 * The chart as drawn at its desktop width: the shown <svg> itself when it is laid out at that width (or registered no
 * copy), else a copy of its component drawn in the export stage with its layout fixed at that width; `done`
 * removes the copy once it has been read.
 */
function atDesktopWidth(shown: SVGSVGElement): { svg: SVGSVGElement; done: () => void } {
	const copy = desktopCopies.get(shown);
	if (!copy || shown.viewBox.baseVal?.width === copy.width) return { svg: shown, done: () => {} };
	const box = document.createElement('div');
	exportStage().replaceChildren(box);
	const instance = mount(copy.component, { target: box, props: copy.props(), context: new Map([[FIXED_LAYOUT, true]]) });
	flushSync();
	// The chart's own <svg> (a figure around it may hold a legend's small ones).
	const svg = box.querySelector<SVGSVGElement>('svg[data-chart]');
	if (!svg) {
		void unmount(instance);
		return { svg: shown, done: () => {} };
	}
	return { svg, done: () => void unmount(instance).then(() => box.remove()) };
}

/** Rasterises an exported SVG at `scale`× (2× for Word and PowerPoint). */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
	try {
		const img = new Image();
		img.decoding = 'sync';
		await new Promise<void>((resolve, reject) => {
			img.onload = () => resolve();
			img.onerror = () => reject(new Error('the SVG could not be drawn'));
			img.src = url;
		});
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no canvas');
		ctx.fillStyle = '#ffffff';
		ctx.fillRect(0, 0, canvas.width, canvas.height);
		ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'));
	} finally {
		URL.revokeObjectURL(url);
	}
}

export function download(blob: Blob, filename: string) {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
