// Brå's part of `npm run data:fetch`: drives Statistik On-Line (a session-based web application, not an API) the way
// others have driven it live (issue 16), and writes the raw responses and a manifest to data/fetched/bra_sol/.
// Steps: start (session cookie) → urval (the form and its vocabulary) → vantapopup (the selection) → sok → textfil
// (the tab-separated result). Anything that departs from that description fails naming the step, and nothing is
// written. Never verified against the live service from here.
import { sha256 } from '../../inputHash.ts';
import { writeFetched } from '../store.ts';
import { parseResult } from './result.ts';
import { checkVocabulary, selectFromVocabulary, selectionForm, type BraSelection, type LabelCheck } from './selection.ts';
import { SolSession, type BraFetch, type StepResponse } from './session.ts';
import { BraProtocolError, parseVocabulary, requireArrays, type Vocabulary, type VocabularyEntry } from './vocabulary.ts';

export const BRA_FORMAT = 'stadsdelskollen/bra-sol/1';
export const BRA_MANIFEST = 'manifest.json';
export const RESULT_FILE = '5-textfil.tsv';

export const PATHS = {
	start: '/solwebb/action/start?menykatalogid=1',
	urval: '/solwebb/action/anmalda/urval/urval?menyid=101',
	vantapopup: '/solwebb/action/anmalda/urval/vantapopup',
	sok: '/solwebb/action/anmalda/urval/sok',
	textfil: '/solwebb/action/anmalda/resultat/textfil'
} as const;

const FILES: Record<keyof typeof PATHS, string> = {
	start: '1-start.html',
	urval: '2-urval.html',
	vantapopup: '3-vantapopup.html',
	sok: '4-sok.html',
	textfil: RESULT_FILE
};

export interface Districts {
	current: readonly string[];
	before2020: readonly string[];
}

export interface BraManifest {
	format: typeof BRA_FORMAT;
	service: string;
	charset: 'ISO-8859-1';
	startedAt: string;
	finishedAt: string;
	/** Every request in order, with the file its raw body was saved to. */
	steps: { step: string; method: string; url: string; form?: Record<string, string>; status: number; file: string; sha256: string; bytes: number; retrievedAt: string }[];
	selection: BraSelection;
	/** The form's vocabulary as it was (every region, period and offence entry). */
	vocabulary: Record<string, VocabularyEntry[]>;
	result: { file: string; rows: number; placeholders: number };
}

export interface BraRunOptions {
	fetch: BraFetch;
	out: string;
	districts: Districts;
	base?: string;
	now?: () => Date;
	log?: (s: string) => void;
}

async function openForm(session: SolSession): Promise<{ start: StepResponse; urval: StepResponse; vocabulary: Vocabulary }> {
	const start = await session.request('start', 'GET', PATHS.start);
	if (!session.hasSession()) throw new BraProtocolError('start', `GET ${start.url} set no JSESSIONID cookie`);
	const urval = await session.request('urval', 'GET', PATHS.urval);
	const vocabulary = parseVocabulary(urval.text);
	requireArrays(vocabulary, urval.bytes.length);
	return { start, urval, vocabulary };
}

/** `data:fetch --check`: opens the form and lists every label/id the fetcher needs, found or not. Writes nothing. */
export async function checkBra(o: Omit<BraRunOptions, 'out'>): Promise<LabelCheck[]> {
	const { vocabulary } = await openForm(new SolSession(o.fetch, o.base, o.now));
	return checkVocabulary(vocabulary, o.districts);
}

export async function runBraFetch(o: BraRunOptions): Promise<BraManifest> {
	const { now = () => new Date(), log = () => {} } = o;
	const startedAt = now().toISOString();
	const session = new SolSession(o.fetch, o.base, now);
	const { start, urval, vocabulary } = await openForm(session);
	const selection = selectFromVocabulary(vocabulary, o.districts);
	const form = selectionForm(selection);
	log(`Brå: ${selection.offences.length} offence ids × ${selection.regions.length} stadsdelsområden × ${selection.periods.length} years = ${form.har_valt} cells`);
	const vanta = await session.request('vantapopup', 'POST', PATHS.vantapopup, { ...form });
	const sok = await session.request('sok', 'GET', PATHS.sok);
	const textfil = await session.request('textfil', 'POST', PATHS.textfil, {});
	const parsed = parseResult(textfil.text, selection, RESULT_FILE);
	log(`Brå: ${parsed.rows.length} rows, ${parsed.placeholders.length} '..' placeholder line(s)`);

	const files = new Map<string, Uint8Array>();
	const steps = [start, urval, vanta, sok, textfil].map((r) => {
		const file = FILES[r.step as keyof typeof FILES];
		files.set(file, r.bytes);
		const { bytes, text: _text, ...rest } = r;
		return { ...rest, file, sha256: sha256(Buffer.from(bytes)), bytes: bytes.length };
	});
	const manifest: BraManifest = {
		format: BRA_FORMAT,
		service: session.base,
		charset: 'ISO-8859-1',
		startedAt,
		finishedAt: now().toISOString(),
		steps,
		selection,
		vocabulary: Object.fromEntries(vocabulary),
		result: { file: RESULT_FILE, rows: parsed.rows.length, placeholders: parsed.placeholders.length }
	};
	writeFetched(o.out, files, manifest);
	return manifest;
}
