import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { braFixture, fakeSol, latin1 } from '../../../tests/fixtures/synthetic-bra-sol-fake.ts';
import { sha256 } from '../../inputHash.ts';
import { checkBra, runBraFetch, type BraManifest } from './run.ts';
import { checkSelectionForm, formatLabelChecks, selectionForm } from './selection.ts';
import { parseVocabulary } from './vocabulary.ts';
import iconv from 'iconv-lite';

const root = mkdtempSync(path.join(tmpdir(), 'bra-sol-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
beforeEach(() => vi.stubGlobal('fetch', () => Promise.reject(new Error('network access in a test'))));
afterEach(() => vi.unstubAllGlobals());

// Synthetic district list (the build passes the mirror crosswalk's 13 names and the two pre-2020 ones).
const districts = { current: ['Rinkeby-Kista', 'Östermalm', 'Hägersten-Älvsjö', 'Skärholmen'], before2020: ['Hägersten-Liljeholmen', 'Älvsjö'] };
const now = () => new Date('2026-12-04T10:00:00Z');
const html = (text: string) => new Response(latin1(text), { status: 200, headers: { 'Content-Type': 'text/html' } });

describe('Brå SOL vocabulary (ISO-8859-1 form)', () => {
	it('reads the "id*label" arrays, with å/ä/ö decoded from ISO-8859-1', () => {
		const v = parseVocabulary(iconv.decode(braFixture('urval.html'), 'iso-8859-1'));
		expect(v.get('arrayRegionNivaEtt')!.slice(0, 5)).toEqual([
			{ id: '1', label: 'Stockholm kommun' },
			{ id: '2', label: 'Göteborg kommun' },
			{ id: '101', label: 'Rinkeby-Kista' },
			{ id: '102', label: 'Östermalm' },
			{ id: '103', label: 'Hägersten-Älvsjö' }
		]);
		expect(v.get('arrayNivatva')).toEqual([{ id: '11462', label: 'Stöld genom inbrott, inbrottsstöld i bostad' }]);
	});
});

describe('runBraFetch (offline, fake SOL)', () => {
	it('opens a session, posts the selection joined by *, and writes raw responses and a manifest', async () => {
		const out = path.join(root, 'ok', 'bra_sol');
		const sol = fakeSol();
		const m = await runBraFetch({ fetch: sol.fetch, out, districts, now });
		expect(sol.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
			'GET /solwebb/action/start?menykatalogid=1',
			'GET /solwebb/action/anmalda/urval/urval?menyid=101',
			'POST /solwebb/action/anmalda/urval/vantapopup',
			'GET /solwebb/action/anmalda/urval/sok',
			'POST /solwebb/action/anmalda/resultat/textfil'
		]);
		expect(sol.calls.slice(1).every((c) => c.cookie === 'JSESSIONID=SYNTHETIC1234')).toBe(true);
		expect(sol.calls[2]!.form).toEqual({
			brottstyp_id_string: '5036*11086*11095*11462*11099*11650*11708',
			region_id_string: '101*102*103*106*104*105',
			period_id_string: '9019*9020*9021',
			fordelning_id_string: '',
			antal: '1',
			antal_100k: '1',
			har_valt: String(7 * 6 * 3)
		});
		expect(readdirSync(out).sort()).toEqual(['1-start.html', '2-urval.html', '3-vantapopup.html', '4-sok.html', '5-textfil.tsv', 'manifest.json']);
		// The raw bytes as sent (ISO-8859-1), hashed as such.
		expect(new Uint8Array(readFileSync(path.join(out, '5-textfil.tsv')))).toEqual(braFixture('result.tsv'));
		const onDisk = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as BraManifest;
		expect(onDisk.steps.find((s) => s.step === 'textfil')).toMatchObject({ sha256: sha256(braFixture('result.tsv')), url: 'https://statistik.bra.se/solwebb/action/anmalda/resultat/textfil', retrievedAt: '2026-12-04T10:00:00.000Z' });
		expect(onDisk.selection.regions.map((r) => [r.label, r.vintage])).toEqual([
			['Rinkeby-Kista', 2020],
			['Östermalm', 2020],
			['Hägersten-Älvsjö', 2020],
			['Skärholmen', 2020],
			['Hägersten-Liljeholmen', 2007],
			['Älvsjö', 2007]
		]);
		expect(onDisk.vocabulary.arrayPeriod!.map((p) => p.label)).toEqual(['2019', '2020', '2021', '2021 jan-jun']);
		expect(m.result).toEqual({ file: '5-textfil.tsv', rows: 7 * 13, placeholders: 1 });
	});

	it('fails at "urval" naming a district label the form lacks, and writes nothing', async () => {
		const out = path.join(root, 'missing', 'bra_sol');
		const sol = fakeSol();
		await expect(runBraFetch({ fetch: sol.fetch, out, districts: { ...districts, current: [...districts.current, 'Spånga-Tensta'] }, now })).rejects.toThrow(
			/^Brå SOL, step "urval": the form's vocabulary departs from what the fetcher expects: Brå region Spånga-Tensta: NOT FOUND$/
		);
		expect(sol.calls.some((c) => c.method === 'POST')).toBe(false);
		expect(existsSync(out)).toBe(false);
	});

	it('fails at "textfil" when an HTML error page comes back instead of text, and writes nothing', async () => {
		const out = path.join(root, 'html', 'bra_sol');
		const sol = fakeSol((c) => (c.path.endsWith('/textfil') ? new Response(braFixture('error.html'), { status: 200, headers: { 'Content-Type': 'text/html' } }) : undefined));
		await expect(runBraFetch({ fetch: sol.fetch, out, districts, now })).rejects.toThrow(
			/^Brå SOL, step "textfil": 5-textfil\.tsv: an HTML page came back instead of tab-separated text \(starts "<!DOCTYPE html>/
		);
		expect(existsSync(out)).toBe(false);
	});

	it('fails at "textfil" on an empty result', async () => {
		const sol = fakeSol((c) => (c.path.endsWith('/textfil') ? new Response(latin1('Brottstyp\tRegion\tPeriod\tAntal\tAntal per 100 000 inv\r\n')) : undefined));
		await expect(runBraFetch({ fetch: sol.fetch, out: path.join(root, 'empty', 'bra_sol'), districts, now })).rejects.toThrow(/step "textfil": .*holds no figures/);
	});

	it('fails at "urval" when the session cookie is not kept and SOL serves its stub', async () => {
		const sol = fakeSol((c) => (c.path.startsWith('/solwebb/action/start') ? html('<html>no cookie</html>') : undefined));
		await expect(runBraFetch({ fetch: sol.fetch, out: path.join(root, 'stub', 'bra_sol'), districts, now })).rejects.toThrow(/^Brå SOL, step "start": GET .* set no JSESSIONID cookie$/);
	});

	it('refuses a comma-joined selection before it is sent', () => {
		const form = selectionForm({
			offences: [{ id: '5036', label: 'Totalt', array: 'arrayNivaett' }],
			regions: [{ id: '101', label: 'Rinkeby-Kista', district: 'Rinkeby-Kista', vintage: 2020 }],
			periods: [
				{ id: '9019', label: '2019' },
				{ id: '9020', label: '2020' }
			]
		});
		expect(form.period_id_string).toBe('9019*9020');
		expect(() => checkSelectionForm({ ...form, region_id_string: '101,102', har_valt: '4' })).toThrow(
			/^Brå SOL, step "vantapopup": region_id_string "101,102" is joined by ',': SOL keeps only one id of such a list; join with '\*'$/
		);
	});
});

describe('data:fetch --check (Brå)', () => {
	it('lists each label found or not found, writes nothing and posts nothing', async () => {
		const sol = fakeSol();
		const checks = await checkBra({ fetch: sol.fetch, districts: { current: ['Östermalm', 'Spånga-Tensta'], before2020: ['Älvsjö'] } });
		const lines = formatLabelChecks(checks);
		expect(lines.slice(0, 3)).toEqual(['Brå region Östermalm: found (102*Östermalm)', 'Brå region Spånga-Tensta: NOT FOUND', 'Brå region Älvsjö: found (105*Älvsjö)']);
		expect(lines).toContain('Brå offence 11462: found (11462*Stöld genom inbrott, inbrottsstöld i bostad)');
		expect(sol.calls.map((c) => c.method)).toEqual(['GET', 'GET']);
	});
});
