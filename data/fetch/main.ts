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
import { fetchedDir } from './store.ts';
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

async function check(): Promise<boolean> {
	let ok = true;
	if (wants('scb')) {
		const client = scbClient();
		log(`checking ${TABLES.length} SCB tables at ${client.base} (metadata only)`);
		const checks = await checkTables(client);
		for (const line of formatTableChecks(checks)) log(line);
		ok &&= checks.every((c) => c.problems.length === 0);
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

async function main(): Promise<number> {
	if (args.includes('--check')) {
		const ok = await check();
		log(ok ? 'check: everything the fetchers ask for exists' : 'check: problems listed above; fix data/fetch/tables.ts or the Brå vocabulary before fetching');
		return ok ? 0 : 1;
	}
	let failed = 0;
	const steps: [string, () => Promise<void>][] = [['scb', fetchScb]];
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
