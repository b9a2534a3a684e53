// SCB's part of `npm run data:fetch` (CLI in data/fetch/main.ts): fetches every table in data/fetch/tables.ts for the DeSO 2025 and
// RegSO 2025 areas of Stockholm, every year SCB has, from PxWebApi v2, and writes the responses and a manifest to
// data/fetched/scb_pxweb/ (or $STADSDELSKOLLEN_FETCHED). Online use only: never run by the tests or CI, which
// exercise runFetch() with a fake fetch. A table whose selection fails (a code the table lacks, HTTP 400/404) is
// skipped with a named warning and listed in the manifest; any other failure leaves the previous folder untouched.
import { sha256 } from '../inputHash.ts';
import { PxWebClient, PxWebError, type ApiLimits, type QueryRecord } from './client.ts';
import { checkShape, parseDataset, toLongRows } from './jsonstat.ts';
import { areaOf, buildSelection, cellCount, planRequests, SelectionError } from './selection.ts';
import { fetchedDir, FORMAT, writeFetched, type Manifest, type ManifestTable, type SavedResponse, type SkippedTable } from './store.ts';
import { KOMMUN, TABLES, type TableSpec } from './tables.ts';

/** SCB states 150 000 cells per call; used when /config cannot be read. */
const FALLBACK_MAX_CELLS = 150_000;
/** Keep GET URLs under what servers commonly accept. */
const MAX_GET_URL = 2_000;

export interface RunOptions {
	out: string;
	client: PxWebClient;
	tables?: TableSpec[];
	method?: 'GET' | 'POST';
	log?: (s: string) => void;
	now?: () => Date;
}

/** The server refused the selection (400) or does not know the table (404), or the metadata lacks a code. */
const skippable = (e: unknown): boolean =>
	e instanceof SelectionError || (e instanceof PxWebError && (e.status === 400 || e.status === 404));

export async function runFetch(o: RunOptions): Promise<Manifest> {
	const { client, tables = TABLES, method = 'POST', log = () => {}, now = () => new Date() } = o;
	const startedAt = now().toISOString();
	let limits: ApiLimits | null = null;
	try {
		limits = await client.limits();
		client.respectLimits(limits);
		log(`API limits: ${limits.maxDataCells} cells per call, ${limits.maxCallsPerTimeWindow} calls per ${limits.timeWindowSeconds} s`);
	} catch (e) {
		log(`could not read ${client.configUrl()} (${(e as Error).message}); assuming ${FALLBACK_MAX_CELLS} cells per call`);
	}
	// Keep a fifth in reserve in case SCB counts cells differently from us.
	const maxCells = Math.floor(((limits?.maxDataCells ?? FALLBACK_MAX_CELLS) * 4) / 5);

	const files = new Map<string, string>();
	const saved = (file: string, text: string, query: QueryRecord): SavedResponse => {
		files.set(file, text);
		return { file, sha256: sha256(text), bytes: Buffer.byteLength(text), retrievedAt: now().toISOString(), query };
	};
	const entries: ManifestTable[] = [];
	const skipped: SkippedTable[] = [];
	for (const spec of tables) {
		// A table whose selection the server or its metadata refuses is skipped, named, and the others still written;
		// anything else (network, 5xx after retries, a changed response shape) stops the run.
		try {
			entries.push(await fetchTable(spec));
		} catch (e) {
			if (!skippable(e)) throw e;
			const reason = (e as Error).message;
			skipped.push({ table: spec.id, about: spec.about, reason });
			for (const f of [...files.keys()]) if (f.startsWith(`${spec.id}.`)) files.delete(f);
			log(`WARNING: ${spec.id} (${spec.about}) skipped: ${reason}`);
		}
	}
	if (!entries.length) throw new Error(`every table was skipped: ${skipped.map((t) => `${t.table}: ${t.reason}`).join(' | ')}`);

	async function fetchTable(spec: TableSpec): Promise<ManifestTable> {
		const m = await client.metadata(spec.id);
		const metadata = saved(`${spec.id}.metadata.json`, m.text, m.query);
		const meta = parseDataset(m.json, `${spec.id} metadata`, { metadata: true });
		const planned = buildSelection(meta, spec);
		const fits = method === 'GET' ? (s: Record<string, string[]>) => client.dataUrl(spec.id, s).length <= MAX_GET_URL : undefined;
		const pieces = planRequests(planned.selection, maxCells, fits);
		log(
			`${spec.id} (${spec.about}): ${planned.regions.deso2025} DeSO + ${planned.regions.regso2025} RegSO, years ${planned.years[0]}–${planned.years.at(-1)}` +
				`${planned.eliminated.length ? `, eliminated ${planned.eliminated.join(', ')}` : ''}; ${pieces.length} request(s)`
		);
		const data: ManifestTable['data'] = [];
		const withFigures = new Set<string>();
		for (const [i, piece] of pieces.entries()) {
			const r = await client.data(spec.id, piece, method);
			const where = `${spec.id} data${pieces.length > 1 ? ` part ${i + 1}` : ''}`;
			const ds = parseDataset(r.json, where);
			checkShape(ds, piece, where);
			for (const row of toLongRows(ds, where))
				if (row.value !== null && row.value !== 0 && areaOf(row.region)?.level === 'deso2025') withFigures.add(row.time);
			const file = pieces.length > 1 ? `${spec.id}.part-${i + 1}.json` : `${spec.id}.json`;
			data.push({ ...saved(file, r.text, r.query), cells: cellCount(piece), selection: piece });
		}
		log(`  years with figures: ${[...withFigures].sort().join(', ') || 'none'}`);
		return {
			table: spec.id,
			about: spec.about,
			label: meta.label,
			updated: meta.updated,
			...planned,
			metadata,
			data,
			yearsWithFigures: [...withFigures].sort()
		};
	}
	const manifest: Manifest = {
		format: FORMAT,
		api: client.base,
		lang: client.lang,
		kommun: KOMMUN,
		startedAt,
		finishedAt: now().toISOString(),
		limits,
		tables: entries,
		skipped
	};
	writeFetched(o.out, files, manifest);
	return manifest;
}
