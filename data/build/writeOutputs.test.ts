import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeOutputs, type Outputs } from './writeOutputs.ts';

// A synthetic, empty dataset: what matters here is where the files land, not what they hold.
const outputs = (trygghet: unknown = { evidence: [] }): Outputs =>
	({ catalogue: { indicators: [] }, areas: [], observations: [], groupings: [], topologies: {}, trygghet, parts: {} }) as unknown as Outputs;

let root: string;
let out: string;
beforeEach(() => {
	root = mkdtempSync(path.join(os.tmpdir(), 'stadsdelskollen-write-'));
	out = path.join(root, 'data');
	mkdirSync(out);
	writeFileSync(path.join(out, 'catalog.json'), '{"previous":true}');
	writeFileSync(path.join(out, 'stale.json'), '{}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('writeOutputs', () => {
	it('replaces the previous output whole once every file is written', () => {
		writeOutputs(out, outputs());
		expect(JSON.parse(readFileSync(path.join(out, 'catalog.json'), 'utf8')).files).toHaveProperty(['observations.arrow']);
		expect(existsSync(path.join(out, 'stale.json'))).toBe(false);
		expect(readdirSync(root)).toEqual(['data']);
	});
	it('leaves the previous complete output untouched, and no half-written folder, when a write fails part-way', () => {
		// A value JSON cannot write stands in for a full disk after the tables are written.
		expect(() => writeOutputs(out, outputs({ evidence: [], n: 1n }))).toThrow(/BigInt/);
		expect(readFileSync(path.join(out, 'catalog.json'), 'utf8')).toBe('{"previous":true}');
		expect(existsSync(path.join(out, 'stale.json'))).toBe(true);
		expect(readdirSync(root)).toEqual(['data']);
	});
	it('clears a folder left by a build killed while writing', () => {
		mkdirSync(path.join(root, 'data.writing-999999'));
		writeOutputs(out, outputs());
		expect(readdirSync(root)).toEqual(['data']);
	});
});
