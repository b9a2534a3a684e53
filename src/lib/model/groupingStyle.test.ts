import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { groupingStyle, markerPath } from './groupingStyle.ts';
import { contrastRatio } from './colour.ts';

/** The focus ring's colour, as the page's stylesheet sets it. */
const FOCUS = /--focus:\s*(#[0-9a-f]{6})/i.exec(readFileSync(new URL('../../app.css', import.meta.url), 'utf8'))![1]!;

/**
 * Colour-vision deficiency as simulated by Machado, Oliveira & Fernandes (2009) at full severity: a matrix on linear
 * RGB (their published matrices for protanopia, deuteranopia and tritanopia).
 */
const CVD: Record<string, number[][] | null> = {
	normal: null,
	protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
	deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
	tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]]
};

/** CIELAB (D65) of a #rrggbb colour as seen with the given vision. */
function lab(hex: string, vision: string): [number, number, number] {
	const lin = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	const m = CVD[vision];
	const [r, g, b] = m ? m.map((row) => Math.min(1, Math.max(0, row[0]! * lin[0]! + row[1]! * lin[1]! + row[2]! * lin[2]!))) : lin;
	const xyz = [(0.4124 * r! + 0.3576 * g! + 0.1805 * b!) / 0.95047, 0.2126 * r! + 0.7152 * g! + 0.0722 * b!, (0.0193 * r! + 0.1192 * g! + 0.9505 * b!) / 1.08883];
	const [fx, fy, fz] = xyz.map((t) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116));
	return [116 * fy! - 16, 500 * (fx! - fy!), 200 * (fy! - fz!)];
}

/** CIE76 colour difference of two colours as seen with the given vision. */
function deltaE(a: string, b: string, vision: string): number {
	const [x, y] = [lab(a, vision), lab(b, vision)];
	return Math.hypot(x[0] - y[0], x[1] - y[1], x[2] - y[2]);
}

/** How far apart two grouping colours (or one and the focus ring) must be, with every vision simulated. */
const MIN_DELTA_E = 20;

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

	it.each(pairs.flatMap(([a, b]) => Object.keys(CVD).map((v) => [a, b, v] as const)))('%s and %s are told apart by colour with %s vision', (a, b, vision) => {
		expect(deltaE(groupingStyle(a).colour, groupingStyle(b).colour, vision)).toBeGreaterThanOrEqual(MIN_DELTA_E);
	});

	it.each(ALL.flatMap((k) => Object.keys(CVD).map((v) => [k, v] as const)))('%s is told apart from the focus ring with %s vision', (key, vision) => {
		expect(deltaE(groupingStyle(key).colour, FOCUS, vision)).toBeGreaterThanOrEqual(MIN_DELTA_E);
	});

	it('simulates colour blindness: red and green, far apart in normal vision, come close for a deuteranope', () => {
		expect(deltaE('#d62728', '#2ca02c', 'normal')).toBeGreaterThan(80);
		expect(deltaE('#d62728', '#2ca02c', 'deuteranopia')).toBeLessThan(MIN_DELTA_E);
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
