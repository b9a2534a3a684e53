import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EVIDENCE_FAMILIES } from './evidenceFamilies.ts';
import { CRIME_FILES, load, NOTICES_FILE, STADSDEL_CROSSWALK } from './load.ts';
import { toTrygghetData } from './result.ts';

const LONG = 'indicator,unit,year,period,area_level,area_name,value,note,source_title,source_url';
const BRA = 'kommun;period;key;count;per100k;preliminary';

/** A synthetic mirror: one row per file, enough to exercise every loader. */
function writeMirror(dir: string, omit: string | null = null): void {
	const files: Record<string, string> = {
		'geo/SOURCES.md': '# Synthetic mirror for tests\n',
		'trygghet/SOURCES.md': '# Synthetic mirror for tests\n',
		[STADSDEL_CROSSWALK]: 'stadsdel,stadsdelsomrade\nTensta,Spånga-Tensta\n',
		[CRIME_FILES.yearly]: `${BRA}\n0180;2025;total;100;10.0;\n`,
		[CRIME_FILES.quarterly]: `${BRA}\n0180;2025K1;total;25;2.5;\n`,
		[CRIME_FILES.yearlyLong]: `${LONG}\nanmalda_brott_totalt,antal,2025,2025,kommun,Stockholm (0180),100,,t,u\nanmalda_brott_totalt_per_100k,per,2025,2025,kommun,Stockholm (0180),10,,t,u\n`,
		[CRIME_FILES.quarterlyLong]: `${LONG}\nanmalda_brott_totalt,antal,2025,2025K1,kommun,Stockholm (0180),25,,t,u\nanmalda_brott_totalt_per_100k,per,2025,2025K1,kommun,Stockholm (0180),2.5,,t,u\n`,
		[NOTICES_FILE]:
			'id,datetime,name,summary,url,type,stadsdelar_namnda_derived,stadsdelsomraden_namnda_derived\n' +
			'7,2025-05-01 10:00:00 +02:00,"01 maj 09:00, Explosion, Stockholm",Smäll i Tensta.,https://polisen.se/7,Explosion,Tensta,\n'
	};
	for (const family of EVIDENCE_FAMILIES) {
		files[family.file] = `${LONG}\noro_for_brott,percent,2020,2020,kommun,Stockholm,5,“fem procent”,t,https://start.stockholm/x\n`;
	}
	for (const [file, text] of Object.entries(files)) {
		if (file === omit) continue;
		mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
		writeFileSync(path.join(dir, file), text);
	}
}

const dirs: string[] = [];
function mirror(omit: string | null = null): string {
	const dir = mkdtempSync(path.join(tmpdir(), 'synthetic-trygghet-'));
	dirs.push(dir);
	writeMirror(dir, omit);
	return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('load', () => {
	it('combines every family into one result with sorted, unique inputs', () => {
		const result = load(mirror());
		expect(result.evidence).toHaveLength(EVIDENCE_FAMILIES.length);
		expect(result.evidenceFamilies).toHaveLength(EVIDENCE_FAMILIES.length);
		expect(result.crimeYearly).toEqual([{ category: 'total', year: 2025, count: 100, per100k: 10, status: 'published' }]);
		expect(result.crimeQuarterly).toHaveLength(1);
		expect(result.notices.map((n) => n.sdoCodes)).toEqual([['spanga-tensta']]);
		expect(result.indicators).toHaveLength(12);
		expect(result.observations).toHaveLength(2);
		expect(result.inputs).toEqual([...new Set(result.inputs)].sort());
		expect(result.inputs).toHaveLength(EVIDENCE_FAMILIES.length + 6);
		expect(result.warnings.filter((w) => w.includes('verbatim'))).toEqual([]);
	});

	it('strips build-only origins for the written file', () => {
		const data = toTrygghetData(load(mirror()));
		expect(data.observations.every((o) => !('origin' in o))).toBe(true);
	});

	it('fails loudly, naming the file, when an input is missing', () => {
		expect(() => load(mirror(NOTICES_FILE))).toThrow(/polisen_handelser_stockholm_skott_explosion_mord_2022_2026\.csv is missing from the raw data mirror/);
	});
});
