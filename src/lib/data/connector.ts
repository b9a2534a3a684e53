// The one-method boundary between the query layer and a DuckDB instance (browser worker or Node test build).

/** A value that can be bound to a prepared-statement placeholder. */
export type Param = string | number | boolean | null;

export interface Connector {
	/** Run one statement with `?` placeholders bound to `params`; rows come back as plain objects. */
	query<Row extends Record<string, unknown>>(sql: string, params?: Param[]): Promise<Row[]>;
}

/** Converts an Arrow row (BigInt counts, typed arrays) to plain JSON-friendly values. */
export function plainRow(row: Record<string, unknown>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(row)) {
		if (typeof v === 'bigint') out[k] = Number(v);
		else if (v !== null && typeof v === 'object' && 'toArray' in (v as object))
			out[k] = Array.from((v as { toArray(): ArrayLike<unknown> }).toArray(), (x) =>
				typeof x === 'bigint' ? Number(x) : x
			);
		else out[k] = v;
	}
	return out;
}
