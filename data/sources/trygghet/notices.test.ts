import { describe, expect, it } from 'vitest';
import { parseStadsdelIndex } from './areas.ts';
import { incidentDate, otherPlaces, parseNotices } from './notices.ts';

const STADSDELAR = parseStadsdelIndex(
	['stadsdel,stadsdelsomrade', 'Husby,Rinkeby-Kista', 'Tensta,Spånga-Tensta', 'Älvsjö,Hägersten-Älvsjö', 'Hässelby strand,Hässelby-Vällingby', 'Solberga,Hägersten-Älvsjö'].join('\n')
);

const HEADER = 'id,datetime,name,summary,url,type,html_preamble,html_body_text,stadsdelar_namnda_derived,stadsdelsomraden_namnda_derived';
const FIXTURE = [
	HEADER,
	'1,2024-03-02 10:00:00 +01:00,"01 mars 23:10, Skottlossning, Stockholm",Skott i Husby.,https://polisen.se/1,Skottlossning,,,Husby,',
	'2,2025-01-01 01:00:00 +01:00,"31 december 23.50, Explosion, Stockholm",Smäll i Solberga och Älvsjö.,https://polisen.se/2,Explosion,,,Solberga;Älvsjö,Älvsjö',
	'3,2024-06-01 12:00:00 +02:00,"01 juni 11:00, Mord/dråp, försök, Stockholm",Knivskuren i Hässelby strand; senare grep polis en man i Hässelby och i Spånga.,https://polisen.se/3,"Mord/dråp, försök",,,Hässelby strand,',
	'4,2024-06-02 12:00:00 +02:00,"02 juni 11:00, Brand, Stockholm",Brand.,https://polisen.se/4,Brand,,,,',
	'5,2024-07-02 12:00:00 +02:00,"02 juli 11:00, Detonation, Stockholm",Smäll i Tensta och på Södermalm.,https://polisen.se/5,Detonation,,,Tensta;Gamla Stan,Södermalm',
	'6,2024-06-25 21:00:00 +02:00,"25 juni 20.27, Mord/dråp, försök, Stockholm",Man knivskadad utomhus i Hässelby Gård.,https://polisen.se/6,"Mord/dråp, försök",,,,',
	'7,2025-11-29 05:00:00 +01:00,"29 november 03.11, Mord/dråp, försök, Stockholm",Bråk vid en bensinstation.,https://polisen.se/7,"Mord/dråp, försök",,Ett bråk vid Globen; polisen söker också i Järva och Vasastan.,,'
].join('\n');

describe('parseNotices', () => {
	const parsed = parseNotices(FIXTURE, 'n.csv', STADSDELAR);
	if (!parsed.ok) throw new Error(parsed.error);
	const byId = new Map(parsed.rows.map((r) => [r.id, r]));

	it('reads type, incident date from the title and the named stadsdel with its SDO', () => {
		expect(byId.get('1')).toMatchObject({
			type: 'Skottlossning',
			date: '2024-03-01',
			stadsdelar: ['husby'],
			stadsdelsomraden: [],
			sdoCodes: ['rinkeby-kista'],
			unmatchedPlaces: []
		});
	});

	it('keeps a pre-2020 SDO name as text while its stadsdel still maps', () => {
		expect(byId.get('2')).toMatchObject({
			date: '2024-12-31',
			stadsdelar: ['solberga', 'alvsjo'],
			stadsdelsomraden: [],
			sdoCodes: ['hagersten-alvsjo'],
			unmatchedPlaces: ['Älvsjö']
		});
	});

	it('lists other place names only outside stadsdel names', () => {
		expect(byId.get('3')?.unmatchedPlaces).toEqual(['Hässelby', 'Spånga']);
	});

	it('keeps unmatched stadsdel names as text and combines direct and derived SDOs', () => {
		expect(byId.get('5')).toMatchObject({
			stadsdelar: ['tensta'],
			stadsdelsomraden: ['sodermalm'],
			sdoCodes: ['sodermalm', 'spanga-tensta'],
			unmatchedPlaces: ['Gamla Stan']
		});
	});

	it('counts a notice naming only a place inside one district (Hässelby, Globen, Vasastan) in that district, Järva as text only', () => {
		// The mirror's stadsdel match misses "Hässelby Gård" (capital G) and never matches Hässelby, Spånga, Vasastan or
		// Globen; such a notice named an area and was counted as naming none.
		expect(byId.get('6')).toMatchObject({ stadsdelar: [], sdoCodes: ['hasselby-vallingby'], unmatchedPlaces: ['Hässelby'] });
		expect(byId.get('7')).toMatchObject({ sdoCodes: ['enskede-arsta-vantor', 'norrmalm'], unmatchedPlaces: ['Järva', 'Vasastan', 'Globen'] });
		expect(byId.get('3')?.sdoCodes).toEqual(['hasselby-vallingby', 'spanga-tensta']);
	});

	it('drops types outside the six notice types with a warning', () => {
		expect(byId.has('4')).toBe(false);
		expect(parsed.warnings).toEqual(["n.csv: record 4 (id 4): unknown type 'Brand'; row dropped"]);
	});
});

describe('incidentDate', () => {
	it('takes the year from publication, one back across New Year, and null for an unreadable title', () => {
		expect(incidentDate('26 september 14:21, Mord/dråp, Stockholm', '2022-09-26 15:55:23 +02:00')).toBe('2022-09-26');
		expect(incidentDate('31 december 23.50, Explosion, Stockholm', '2025-01-01 01:00:00 +01:00')).toBe('2024-12-31');
		expect(incidentDate('Sammanfattning natt, Stockholm', '2025-01-01 01:00:00 +01:00')).toBeNull();
	});
});

describe('otherPlaces', () => {
	it('matches whole words with a genitive s', () => {
		expect(otherPlaces('Polisen i Järvas centrum och Globen', [])).toEqual(['Järva', 'Globen']);
		expect(otherPlaces('Spångavägen', [])).toEqual([]);
	});
});
