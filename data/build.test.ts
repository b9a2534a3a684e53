// The whole data build over the real mirror (skipped when it is absent): areas per level, figures a reader can check
// in the source files, a corrupt row failing the build with file, row and rule, a changed mirror file reported, and
// the damaged mirrors an outside audit tried (repeated row, renamed column, file cut at a line break, no SOURCES.md) refused.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { build } from './build.ts';
import { findRawDir } from './csv.ts';
import type { BuiltCatalogue, IndicatorFile } from '../src/lib/types/dataset.ts';
import type { TrygghetData } from '../src/lib/types/trygghet.ts';

const raw = findRawDir();
const out = mkdtempSync(path.join(os.tmpdir(), 'stadsdelskollen-build-'));
let cat: BuiltCatalogue;
const ind = (id: string) => JSON.parse(readFileSync(path.join(out, 'ind', `${id}.json`), 'utf8')) as IndicatorFile;
const value = (id: string, level: string, code: string, year: number) =>
	ind(id).rows.find((r) => r[0] === level && r[1] === code && r[2] === year)?.[3];

describe.skipIf(!raw)('data build over the real mirror', () => {
	beforeAll(() => {
		expect(build(true, raw!, out, path.join(out, 'no-fetched-data'))).toBe(true);
		cat = JSON.parse(readFileSync(path.join(out, 'catalog.json'), 'utf8')) as BuiltCatalogue;
	}, 120_000);
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	it('has every area at every level', () => {
		const count = (l: string) => cat.areas.filter((a) => a.level === l).length;
		expect({
			kommun: count('kommun'),
			stadsdelsomrade: count('stadsdelsomrade'),
			stadsdel: count('stadsdel'),
			regso: count('regso'),
			regso2025: count('regso2025'),
			deso: count('deso'),
			deso2025: count('deso2025'),
			valdistrikt2018: count('valdistrikt2018'),
			valdistrikt2022: count('valdistrikt2022')
		}).toEqual({
			kommun: 1,
			stadsdelsomrade: 13,
			stadsdel: 117,
			regso: 127,
			regso2025: 127,
			deso: 544,
			deso2025: 569,
			valdistrikt2018: 573,
			valdistrikt2022: 592
		});
	});

	it('keeps figures exactly as the source files give them', () => {
		// deso2025_stockholm_indicators.csv line 2: 0180C1010 pop 1870 (2025), low economic standard 22.0 (2024).
		expect(value('folkmangd_deso2025', 'deso2025', '0180C1010', 2025)).toBe(1870);
		expect(value('lag_ekonomisk_standard_andel', 'deso2025', '0180C1010', 2024)).toBe(22);
		// regso_foreign_born_2020_2023.csv lines 640–641: Rinkeby 2023, 17 237 residents of whom 6 333 born in Sweden.
		const rinkeby = ind('utrikes_fodda_andel').rows.find((r) => r[0] === 'regso' && r[1] === '0180R076' && r[2] === 2023);
		expect(rinkeby?.[5]).toBe(17237);
		expect(rinkeby?.[4]).toBe(17237 - 6333);
		expect(rinkeby?.[3]).toBeCloseTo((100 * (17237 - 6333)) / 17237, 6);
		// Valmyndigheten: the city's riksdag turnout 2018 including early votes not assigned to a district.
		expect(value('valdeltagande_riksdag', 'kommun', '0180', 2018)).toBeCloseTo(87.3, 1);
	});

	it('computes the city value of a share from counts, not as a mean of district shares', () => {
		const rows = ind('utrikes_fodda_andel').rows.filter((r) => r[0] === 'stadsdelsomrade' && r[2] === 2023);
		const num = rows.reduce((s, r) => s + (r[4] ?? 0), 0);
		const den = rows.reduce((s, r) => s + (r[5] ?? 0), 0);
		expect(value('utrikes_fodda_andel', 'kommun', '0180', 2023)).toBeCloseTo((100 * num) / den, 6);
		const meanOfShares = rows.reduce((s, r) => s + (r[3] ?? 0), 0) / rows.length;
		expect(Math.abs(value('utrikes_fodda_andel', 'kommun', '0180', 2023)! - meanOfShares)).toBeGreaterThan(0.1);
	});

	it('aggregates a derived-count DeSO 2025 indicator to stadsdelsområde as the sum of its parts, flagged', () => {
		const rows = ind('lag_ekonomisk_standard_andel').rows;
		const farsta = cat.areas.filter((a) => a.level === 'deso2025' && a.parents.stadsdelsomrade === 'farsta').map((a) => a.code);
		const parts = rows.filter((r) => r[0] === 'deso2025' && r[2] === 2024 && farsta.includes(r[1]));
		const sdo = rows.find((r) => r[0] === 'stadsdelsomrade' && r[1] === 'farsta' && r[2] === 2024)!;
		expect(parts.length).toBe(farsta.length);
		expect(sdo[4]).toBeCloseTo(parts.reduce((s, r) => s + r[4]!, 0), 3);
		expect(sdo[5]).toBeCloseTo(parts.reduce((s, r) => s + r[5]!, 0), 3);
		expect(sdo[3]).toBeCloseTo((100 * sdo[4]!) / sdo[5]!, 6);
		// The base population of the share is not in the mirror: the result says it is approximate, and so does the definition.
		expect(sdo[6]).toBe('approximate');
		expect(cat.indicators.find((i) => i.id === 'lag_ekonomisk_standard_andel')!.description.sv).toMatch(/finns inte i källan/);
	});

	it('lists the groupings the motion and the budget name', () => {
		const g = (id: string) => cat.groupings.find((x) => x.id === id);
		expect(g('stadsdelslyftet')?.memberships.stadsdelsomrade?.sort()).toEqual(
			['enskede-arsta-vantor', 'hagersten-alvsjo', 'hasselby-vallingby', 'rinkeby-kista', 'skarholmen', 'spanga-tensta'].sort()
		);
		expect(g('fokus2025')?.memberships.stadsdel).toEqual(expect.arrayContaining(['hagsatra', 'ragsved']));
		expect(g('ovriga_fokus2025')?.complementOf).toBe('fokus2025');
	});

	it("without fetched Brå files: reported crime is the city's series only, and trygghet.json says it was not fetched", () => {
		expect(ind('anmalda_brott_totalt').indicator.levels).toEqual(['kommun']);
		expect(value('anmalda_brott_totalt', 'kommun', '0180', 2025)).toBe(191090);
		expect(cat.indicators.some((i) => i.id.endsWith('_per_100k_folkmangd'))).toBe(false);
		const t = JSON.parse(readFileSync(path.join(out, 'trygghet.json'), 'utf8')) as { braDistricts: unknown };
		expect(t.braDistricts).toEqual({ fetched: false, retrievedAt: null, years: [] });
	});

	/** Runs `check` on a copy of the mirror changed by `change` (given the copy's root). */
	function withChangedMirror(change: (copy: string) => void, check: (copy: string) => void) {
		const copy = mkdtempSync(path.join(os.tmpdir(), 'stadsdelskollen-raw-'));
		try {
			cpSync(raw!, copy, { recursive: true });
			change(copy);
			check(copy);
		} finally {
			rmSync(copy, { recursive: true, force: true });
		}
	}
	const buildCopy = (copy: string) => build(true, copy, path.join(copy, 'out'), path.join(copy, 'no-fetched-data'));

	it('fails on a corrupt row, naming the file, the row and the rule', () => {
		withChangedMirror(
			(copy) => {
				const file = path.join(copy, 'stats/am_dashboard_deso2025/deso2025_stockholm_indicators.csv');
				const lines = readFileSync(file, 'utf8').split('\n');
				// Column 14 is low_econ_2024: 22.0 → 122.0, an impossible share.
				const cells = lines[1]!.split(',');
				cells[13] = '122.0';
				lines[1] = cells.join(',');
				writeFileSync(file, lines.join('\n'));
			},
			(copy) => expect(() => buildCopy(copy)).toThrow(/deso2025_stockholm_indicators\.csv:2 \[share_range\]/)
		);
	}, 120_000);

	it('reads only mirror files whose sha256 is recorded, and finds each as recorded', () => {
		expect(cat.warnings.filter((w) => w.includes('sha256'))).toEqual([]);
	});

	it('fails on a file cut short mid-row, naming the file and the line', () => {
		const file = 'stats/statistik_om_stockholm/stadsdelsomraden_tabeller_transkriberade.csv';
		withChangedMirror(
			(copy) => {
				const text = readFileSync(path.join(copy, file), 'utf8');
				const lines = text.split('\n');
				// The file ends inside line 40: its last record has fewer fields than the header.
				writeFileSync(path.join(copy, file), lines.slice(0, 39).join('\n') + '\n' + lines[39]!.split(',').slice(0, 4).join(','));
			},
			(copy) => expect(() => buildCopy(copy)).toThrow(/stadsdelsomraden_tabeller_transkriberade\.csv line 40: 4 fields where the header has 10/)
		);
	}, 120_000);

	it('builds from a file that parses but is not the recorded version, and says so in the warnings and beside its figures', () => {
		const file = 'trygghet/stockholmsenkaten/stockholmsenkaten_otrygghet.csv';
		const votes = 'stats/valmyndigheten/stockholm_0180_valdistrikt_2014_2022.csv';
		withChangedMirror(
			(copy) => {
				// Cut inside the last row's source link: every row still has all its fields.
				const text = readFileSync(path.join(copy, file), 'utf8');
				writeFileSync(path.join(copy, file), text.slice(0, -20));
				// One more line break at the end: the same rows, other bytes.
				edit(copy, votes, (t) => t + '\n');
			},
			(copy) => {
				expect(buildCopy(copy)).toBe(true);
				const built = JSON.parse(readFileSync(path.join(copy, 'out', 'catalog.json'), 'utf8')) as BuiltCatalogue;
				expect(built.warnings.filter((w) => w.includes('sha256'))).toEqual([
					expect.stringMatching(/^stats\/valmyndigheten\/stockholm_0180_valdistrikt_2014_2022\.csv: differs from the version whose figures were checked/),
					expect.stringMatching(/^trygghet\/stockholmsenkaten\/stockholmsenkaten_otrygghet\.csv: differs from the version whose figures were checked/)
				]);
				// The figures from the changed file carry a caveat naming it, first (the factsheet shows the first two);
				// figures from checked files carry none.
				const caveat = `Källfilen ${votes} är inte den version vars siffror har kontrollerats`;
				const turnout = built.indicators.find((i) => i.id === 'valdeltagande_riksdag')!;
				expect(turnout.caveats[0]!.sv).toContain(caveat);
				expect(turnout.caveats[0]!.en).toContain(`The source file ${votes} is not the version whose figures were checked`);
				const inFile = JSON.parse(readFileSync(path.join(copy, 'out', 'ind', 'valdeltagande_riksdag.json'), 'utf8')) as IndicatorFile;
				expect(inFile.indicator.caveats[0]!.sv).toContain(caveat);
				const all = (id: string) => built.indicators.find((i) => i.id === id)!.caveats.map((c) => c.sv).join(' ');
				expect(all('utrikes_fodda_andel')).not.toMatch(/inte den version/);
				const t = JSON.parse(readFileSync(path.join(copy, 'out', 'trygghet.json'), 'utf8')) as TrygghetData;
				const family = (id: string) => t.evidenceFamilies.find((f) => f.id === id)!.caveats.map((c) => c.sv).join(' ');
				expect(family('stockholmsenkaten')).toContain(`Källfilen ${file} är inte den version`);
				expect(family('bra_ntu')).not.toMatch(/inte den version/);
			}
		);
	}, 120_000);

	// Damaged copies of the mirror an outside audit found building silently; each must stop the build naming the file.
	const edit = (copy: string, file: string, change: (text: string) => string) =>
		writeFileSync(path.join(copy, file), change(readFileSync(path.join(copy, file), 'utf8')));

	it('fails on a repeated row, naming the file and both lines, instead of letting the copy win', () => {
		const file = 'stats/scb_regso_2020_2023/regso_housing_tenure_2020_2023.csv';
		withChangedMirror(
			(copy) => edit(copy, file, (t) => t + '"Stockholm (Abrahamsberg)","hyresrätt",99999,99999,99999,99999\r\r\n'),
			(copy) => expect(() => buildCopy(copy)).toThrow(/regso_housing_tenure_2020_2023\.csv: lines 978 and 13454 are both RegSO "Abrahamsberg"/)
		);
	}, 120_000);

	it('fails on a renamed year column, naming the file and the column, instead of dropping that year', () => {
		const file = 'stats/scb_regso_2020_2023/regso_foreign_born_2020_2023.csv';
		withChangedMirror(
			(copy) => edit(copy, file, (t) => t.replace('"Antal 2022"', '"Antal 2O22"')),
			(copy) => expect(() => buildCopy(copy)).toThrow(/regso_foreign_born_2020_2023\.csv:1: column "Antal 2O22" is not one this reader knows/)
		);
	}, 120_000);

	it('fails on a file cut at a line break, by the row count its SOURCES.md documents', () => {
		const file = 'trygghet/bra_ntu/ntu_stockholm.csv';
		withChangedMirror(
			(copy) => edit(copy, file, (t) => t.split('\n').slice(0, 10).join('\n') + '\n'),
			(copy) => expect(() => buildCopy(copy)).toThrow('trygghet/bra_ntu/ntu_stockholm.csv: 9 rows where trygghet/SOURCES.md documents 20; the file is truncated')
		);
	}, 120_000);

	it('fails when a mirror folder has no SOURCES.md, naming the folder', () => {
		withChangedMirror(
			(copy) => rmSync(path.join(copy, 'stats', 'SOURCES.md')),
			(copy) => expect(() => buildCopy(copy)).toThrow(/^stats\/SOURCES\.md is missing from the raw data mirror/)
		);
	}, 120_000);
});
