// The benchmark (issue "Foundation"): serves build/ on 127.0.0.1 through nginx with deploy/nginx.conf (so bytes are
// counted as a deployment sends them: brotli), and in headless Debian Chromium measures cold loads
// of the landing map (paint, first chart, DuckDB ready, bytes, wasm timing), control changes before and after DuckDB
// is ready, and the floor — a bare page that only boots the same DuckDB-WASM. Prints a table and writes
// bench/results.json. Not a test: missed targets never fail the process; only crashes do.
// After ready, it changes the map's level, indicator and year at every level the map offers and regroups /jamfor
// (bench/afterReady.ts).
// Usage: npm run bench (builds first) or npx tsx bench/run.ts once build/ exists. BENCH_RUNS (5 cold loads of each
// kind), BENCH_LEVEL_ROUNDS (3 rounds over every map level per interaction load) and BENCH_REGROUPS (12 regroups per
// compare load) override the counts; BENCH_NATIONAL=0 leaves out the national scaling run on synthetic data
// (bench/national.ts), which is then reported as not measured.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { startNginx } from '../scripts/serve-nginx.ts';
import { launch, FLAGS, CHROMIUM } from './browser.ts';
import { passiveLoad, interactionLoad, firstChangeLoad, compareLoad, FIRST_CHANGES, LIMITS, type PassiveLoad, type InteractionLoad, type CompareLoad, type Change } from './measure.ts';
import { readPlan } from './afterReady.ts';
import { prepareFloor, floorLoad, type FloorLoad } from './floor.ts';
import { summarise, targets, print, write, table } from './report.ts';
import { nationalBench, nationalRows, type NationalResult } from './national.ts';
import { measurePageSizes, type PageSizes } from './pageSizes.ts';
import { paintFigures, paintRows } from './paintReport.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUILD = path.join(ROOT, 'build');
const OUT = path.join(ROOT, 'bench', 'results.json');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LEVEL_ROUNDS = Number(process.env.BENCH_LEVEL_ROUNDS ?? 3);
const REGROUPS = Number(process.env.BENCH_REGROUPS ?? 12);
const LOAD_DEADLINE_MS = 60_000;
// Changes at every level take about half a minute per round on a busy 2-core machine.
const INTERACTION_DEADLINE_MS = LOAD_DEADLINE_MS + LEVEL_ROUNDS * 40_000;
const HARD_LIMIT_MS = 8 * 60_000 + RUNS * (INTERACTION_DEADLINE_MS + LOAD_DEADLINE_MS);

function git(args: string[]): string | null {
	try {
		return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
	} catch {
		return null;
	}
}

/** Resolves with the step's value, or throws after ms (so no load can hang the run). */
function bounded<T>(what: string, ms: number, p: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout;
	return Promise.race([p, new Promise<never>((_, rej) => (timer = setTimeout(() => rej(new Error(`${what}: over ${ms} ms`)), ms)))]).finally(() =>
		clearTimeout(timer)
	);
}

async function main() {
	if (!fs.existsSync(path.join(BUILD, 'index.html'))) {
		console.error('bench: build/ is missing — run `npm run build` (or `npm run bench`) first.');
		process.exit(1);
	}
	const watchdog = setTimeout(() => {
		console.error(`bench: gave up after ${HARD_LIMIT_MS / 60_000} min`);
		process.exit(1);
	}, HARD_LIMIT_MS);
	watchdog.unref();

	const started = Date.now();
	const loadBefore = os.loadavg();
	const app = await startNginx(BUILD, Number(process.env.BENCH_PORT ?? 4399));
	const site = await prepareFloor(BUILD);
	const floorServer = await startNginx(site.dir, Number(process.env.BENCH_FLOOR_PORT ?? 4398));
	const browser = await launch();
	const chromiumVersion = browser.version();
	const plan = readPlan(BUILD);
	const raw = { passive: [] as PassiveLoad[], floor: [] as FloorLoad[], interactive: [] as InteractionLoad[], firstChanges: [] as Change[], compare: [] as CompareLoad[], plan };
	let national: NationalResult | null = null;
	try {
		const step = (label: string) => process.stdout.write(`${label} `);
		// One untimed load of each page first, so the OS file cache is warm for both alike (the browser stays cold).
		step('warm-up');
		await bounded('warm-up app', LOAD_DEADLINE_MS, passiveLoad(browser, `${app.url}/`, BUILD));
		await bounded('warm-up floor', LOAD_DEADLINE_MS, floorLoad(browser, `${floorServer.url}/`, LIMITS.readyMs));
		// Interleaved, so drift on the machine affects the app and the floor alike.
		for (let i = 0; i < RUNS; i++) {
			step(`\nrun ${i + 1}/${RUNS}: load`);
			raw.passive.push(await bounded('app load', LOAD_DEADLINE_MS, passiveLoad(browser, `${app.url}/`, BUILD)));
			step('floor');
			raw.floor.push(await bounded('floor load', LOAD_DEADLINE_MS, floorLoad(browser, `${floorServer.url}/`, LIMITS.readyMs)));
			step('interactions');
			raw.interactive.push(
				await bounded('interaction load', INTERACTION_DEADLINE_MS + LOAD_DEADLINE_MS, interactionLoad(browser, `${app.url}/`, plan, LEVEL_ROUNDS, INTERACTION_DEADLINE_MS))
			);
			// The other kinds of first change (the interaction load changed the indicator), one cold load each.
			for (const plan of FIRST_CHANGES.slice(1)) {
				step(`first ${plan.kind}`);
				raw.firstChanges.push(await bounded(`first ${plan.kind} load`, LOAD_DEADLINE_MS, firstChangeLoad(browser, app.url, plan)));
			}
			step('compare');
			raw.compare.push(await bounded('compare load', 2 * LOAD_DEADLINE_MS, compareLoad(browser, `${app.url}/jamfor`, REGROUPS, LOAD_DEADLINE_MS)));
		}
		console.log('');
		if (process.env.BENCH_NATIONAL !== '0') {
			step('national (synthetic)');
			national = await nationalBench(browser, BUILD, Number(process.env.BENCH_NATIONAL_PORT ?? 4397));
			console.log('');
		}
	} finally {
		await browser.close().catch(() => {});
		await app.close();
		await floorServer.close();
		site.cleanup();
	}

	const summary = summarise(raw);
	const goals = targets(summary);
	print(summary, goals);
	let pages: PageSizes | string;
	try {
		pages = measurePageSizes(BUILD);
	} catch (e) {
		pages = `build/ could not be read: ${e}`;
	}
	const paint = paintFigures(raw, summary, pages);
	console.log('\n' + table(['Issue 17: ratios to the floor in this run, page sizes', 'Result', 'Detail'], paintRows(paint)));
	console.log(
		'\n' +
			table(
				['Scaling', 'Result', 'Detail'],
				national ? nationalRows(national) : [['national (SYNTHETIC)', 'not measured', 'BENCH_NATIONAL=0 skipped it']]
			)
	);
	const cpus = os.cpus();
	write(OUT, {
		date: new Date().toISOString(),
		commit: git(['rev-parse', 'HEAD']),
		dirty: (git(['status', '--porcelain']) ?? '') !== '',
		machine: {
			cpu: cpus[0]?.model ?? null,
			cpus: cpus.length,
			os: `${os.type()} ${os.release()} ${os.arch()}`,
			memoryGB: Math.round(os.totalmem() / 2 ** 30),
			node: process.version,
			chromium: `${CHROMIUM} ${chromiumVersion}`,
			flags: FLAGS,
			// The machine is shared: the 1/5/15-minute load averages when the run started and ended.
			loadavg: { start: loadBefore, end: os.loadavg() }
		},
		config: { runs: RUNS, levelRoundsPerLoad: LEVEL_ROUNDS, regroupsPerLoad: REGROUPS, limits: LIMITS, durationS: Math.round((Date.now() - started) / 1000) },
		summary,
		targets: goals,
		paint,
		national,
		raw
	});
	console.log(`\nLoad average (1/5/15 min): ${loadBefore.map((x) => x.toFixed(2)).join(' ')} at start, ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} at end`);
	console.log(`\nWrote ${path.relative(ROOT, OUT)} (${Math.round((Date.now() - started) / 1000)} s)`);
	clearTimeout(watchdog);
}

main().catch((e) => {
	console.error(e);
	process.exit(1);
});
