// A clearly SYNTHETIC dataset the size of Sweden, for the scaling benchmark only (never built into the site, never
// shown): 290 municipalities named "Syntetisk kommun NNN", ~6 000 DeSO-sized areas, 10 years, 30 indicators —
// ≈ 1.8 M observation rows with numerator and denominator — split into one Arrow IPC file per municipality, as a
// national version would load them on demand. Deterministic (seeded), so every run measures the same bytes.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Float64, Int16, Int8, Utf8, makeVector, Table, tableToIPC, vectorFromArray } from 'apache-arrow';

export const NATIONAL = { municipalities: 290, areas: 6_000, years: 10, firstYear: 2015, indicators: 30 };
export type NationalSize = typeof NATIONAL;

export interface NationalIndex {
	synthetic: true;
	note: string;
	years: number[];
	indicators: number;
	municipalities: { code: string; name: string; areas: number; file: string; rows: number; bytes: number }[];
}

/** Small, fast, seeded generator (mulberry32). */
function random(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Areas per municipality: skewed like Sweden's (a few large cities, many small municipalities), summing to `total`. */
export function areaCounts(municipalities: number, total: number): number[] {
	const weights = Array.from({ length: municipalities }, (_, i) => 1 / Math.pow(i + 1, 0.75));
	const sum = weights.reduce((s, w) => s + w, 0);
	const counts = weights.map((w) => Math.max(3, Math.round((w / sum) * total)));
	// Settle rounding on the largest so the total is exact.
	counts[0]! += total - counts.reduce((s, c) => s + c, 0);
	return counts;
}

/** Writes index.json and kommun/<code>.arrow under dir; returns the index. */
export function generateNational(dir: string, size: NationalSize = NATIONAL, seed = 20261204): NationalIndex {
	const rnd = random(seed);
	mkdirSync(path.join(dir, 'kommun'), { recursive: true });
	const years = Array.from({ length: size.years }, (_, i) => size.firstYear + i);
	const counts = areaCounts(size.municipalities, size.areas);
	const municipalities: NationalIndex['municipalities'] = [];
	for (const [m, n] of counts.entries()) {
		const code = String(m + 1).padStart(3, '0');
		const rows = n * size.years * size.indicators;
		const area: string[] = new Array(rows);
		const indicator = new Int8Array(rows);
		const year = new Int16Array(rows);
		const value = new Float64Array(rows);
		const numerator = new Float64Array(rows);
		const denominator = new Float64Array(rows);
		const valid = new Uint8Array(rows).fill(1);
		let r = 0;
		for (let a = 0; a < n; a++) {
			const areaCode = `S${code}C${String(a + 1).padStart(4, '0')}`;
			const population = 700 + Math.floor(rnd() * 2300);
			for (let i = 0; i < size.indicators; i++) {
				const level = 0.05 + rnd() * 0.5;
				for (const y of years) {
					const den = population + Math.floor((rnd() - 0.5) * 100);
					const num = Math.round(den * Math.min(1, Math.max(0, level + (rnd() - 0.5) * 0.04)));
					area[r] = areaCode;
					indicator[r] = i;
					year[r] = y;
					numerator[r] = num;
					denominator[r] = den;
					value[r] = (100 * num) / den;
					// About 1 % suppressed, as small areas are in real tables: the value stays missing.
					if (rnd() < 0.01) valid[r] = 0;
					r++;
				}
			}
		}
		const nullable = (xs: Float64Array) => vectorFromArray(Array.from(xs, (x, i) => (valid[i] ? x : null)), new Float64());
		const table = new Table({
			code: vectorFromArray(area, new Utf8()),
			indicator: makeVector({ type: new Int8(), data: indicator }),
			year: makeVector({ type: new Int16(), data: year }),
			value: nullable(value),
			numerator: nullable(numerator),
			denominator: nullable(denominator)
		});
		const bytes = tableToIPC(table, 'stream');
		const file = `kommun/${code}.arrow`;
		writeFileSync(path.join(dir, file), bytes);
		municipalities.push({ code, name: `Syntetisk kommun ${code}`, areas: n, file, rows, bytes: bytes.length });
	}
	const index: NationalIndex = {
		synthetic: true,
		note: 'SYNTHETIC benchmark data: invented values for invented municipalities; never shown in the product.',
		years,
		indicators: size.indicators,
		municipalities
	};
	writeFileSync(path.join(dir, 'index.json'), JSON.stringify(index));
	return index;
}
