// DuckDB-WASM's Node build behind the Connector interface, so the query layer's SQL is unit-tested without a browser.
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Connector, Param } from './connector.ts';
import { plainRow } from './connector.ts';

type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');

const require = createRequire(import.meta.url);

/** Boots the blocking Node build and loads each Arrow IPC buffer as a table of the given name. */
export async function createNodeConnector(tables: Record<string, Uint8Array>): Promise<Connector> {
	const duckdb = require('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs') as Blocking;
	const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs'));
	const db = await duckdb.createDuckDB(
		{
			mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: path.join(dist, 'duckdb-node-mvp.worker.cjs') },
			eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: path.join(dist, 'duckdb-node-eh.worker.cjs') }
		},
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await db.instantiate();
	const conn = db.connect();
	conn.query(`SET autoinstall_known_extensions=false; SET autoload_known_extensions=false;`);
	for (const [name, bytes] of Object.entries(tables)) conn.insertArrowFromIPCStream(bytes, { name, create: true });
	return {
		async query<Row extends Record<string, unknown>>(sql: string, params: Param[] = []) {
			const table = params.length ? conn.prepare(sql).query(...params) : conn.query(sql);
			return table.toArray().map((r) => plainRow(r.toJSON()) as Row);
		}
	};
}
