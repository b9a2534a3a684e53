// `npm run data:fetch`: the online refresh an official runs on a machine with internet access; never run by tests
// or CI. Fetches SCB (PxWebApi v2), Brå's Statistik On-Line and Polisen's events API into data/fetched/, each source
// independently: one failing leaves its own folder untouched and does not stop the others.
//
// Options:
//   --check        read SCB's table metadata and Brå's selection form, list every code or label the fetchers would
//                  ask for that the source lacks; writes nothing. Run this first.
//   --only <src>   scb, bra or polisen (repeatable); default all three.
//   --get          SCB: GET requests split to short URLs instead of POST.
//   --base <url>   SCB: another PxWebApi v2 root (default the production host).
import { PxWebClient } from './client.ts';
import { checkTables, formatTableChecks } from './check.ts';
import { runFetch } from './run.ts';
import { fetchedDir, fetchedSibling } from './store.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rawDir } from '../paths.ts';
import { districtNamesFromCrosswalk } from '../sources/trygghet/areas.ts';
import { STADSDEL_CROSSWALK } from '../sources/trygghet/load.ts';
import { checkBra, runBraFetch } from './bra/run.ts';
import { formatLabelChecks } from './bra/selection.ts';
import { runPolisenFetch } from './polisen/run.ts';
import { TABLES } from './tables.ts';

const args = process.argv.slice(2);
const log = (s: string) => process.stderr.write(`[data:fetch] ${s}\n`);
const valueOf = (flag: string) => {
	const i = args.indexOf(flag);
	return i >= 0 ? args[i + 1] : undefined;
};
const only = args.flatMap((a, i) => (args[i - 1] === '--only' ? [a] : []));
const wants = (src: string) => only.length === 0 || only.includes(src);

function scbClient(): PxWebClient {
	return new PxWebClient({ fetch: (url, init) => fetch(url, init), base: valueOf('--base'), log });
}

/** The district names SOL's labels must match: the mirror crosswalk's stadsdelsområden (+ the two merged in 2020). */
function districts() {
	return districtNamesFromCrosswalk(readFileSync(path.join(rawDir(), STADSDEL_CROSSWALK), 'utf8'), STADSDEL_CROSSWALK);
}
const braFetch = (url: string, init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: Uint8Array }) =>
	fetch(url, { ...init, body: init.body ? new Uint8Array(init.body) : undefined });

async function check(): Promise<boolean> {
	let ok = true;
	if (wants('scb')) {
		const client = scbClient();
		log(`checking ${TABLES.length} SCB tables at ${client.base} (metadata only)`);
		const checks = await checkTables(client);
		for (const line of formatTableChecks(checks)) log(line);
		ok &&= checks.every((c) => c.problems.length === 0);
	}
	if (wants('bra')) {
		log('checking Brå SOL\'s selection form (session + form only, no selection sent)');
		try {
			const checks = await checkBra({ fetch: braFetch, districts: districts() });
			for (const line of formatLabelChecks(checks)) log(line);
			ok &&= checks.every((c) => !c.ambiguous.length && (c.found || !c.required));
		} catch (e) {
			log(`Brå: ${e instanceof Error ? e.message : String(e)}`);
			ok = false;
		}
	}
	return ok;
}

async function fetchScb(): Promise<void> {
	const out = fetchedDir();
	const client = scbClient();
	log(`fetching ${TABLES.length} SCB tables from ${client.base} into ${out}`);
	const m = await runFetch({ out, client, method: args.includes('--get') ? 'GET' : 'POST', log });
	log(`wrote ${m.tables.length} tables and manifest.json to ${out}`);
	if (m.skipped?.length) log(`skipped ${m.skipped.length}: ${m.skipped.map((t) => t.table).join(', ')} (see the warnings above and manifest.json)`);
}

async function fetchBra(): Promise<void> {
	const out = fetchedSibling('bra_sol');
	log(`fetching Brå's reported crime per stadsdelsområde from Statistik On-Line into ${out}`);
	const m = await runBraFetch({ fetch: braFetch, out, districts: districts(), log });
	log(`wrote ${m.steps.length} raw responses (${m.result.rows} result rows) and manifest.json to ${out}`);
}

async function fetchPolisen(): Promise<void> {
	const out = fetchedSibling('polisen_events');
	log(`fetching Polisen's latest events into ${out} (merged by id with earlier runs)`);
	const m = await runPolisenFetch({ fetch: (url, init) => fetch(url, init), out, log });
	log(`${out}: ${m.events.count} events kept over ${m.runs.length} run(s)`);
}

async function main(): Promise<number> {
	if (args.includes('--check')) {
		const ok = await check();
		log(ok ? 'check: everything the fetchers ask for exists' : 'check: problems listed above; fix data/fetch/tables.ts or the Brå vocabulary before fetching');
		return ok ? 0 : 1;
	}
	let failed = 0;
	const steps: [string, () => Promise<void>][] = [
		['scb', fetchScb],
		['bra', fetchBra],
		['polisen', fetchPolisen]
	];
	for (const [name, step] of steps) {
		if (!wants(name)) continue;
		try {
			await step();
		} catch (e) {
			failed++;
			log(`${name} FAILED: ${e instanceof Error ? e.message : String(e)}`);
			log(`${name}: nothing was written; its folder is unchanged`);
		}
	}
	if (!failed) log('next: check the manifests (years, regions, table updates), then run `npm run data -- --force`');
	return failed ? 1 : 0;
}

main().then((code) => process.exit(code));
