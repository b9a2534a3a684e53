// `npm run data:fetch -- --check`, SCB's part: reads every table's metadata and lists each code or dimension the
// fetcher would ask for that the table lacks. Reads metadata only and writes nothing.
import type { PxWebClient } from './client.ts';
import { parseDataset } from './jsonstat.ts';
import { checkSelection, type SelectionProblem } from './selection.ts';
import { TABLES, type TableSpec } from './tables.ts';

export interface TableCheck {
	table: string;
	about: string;
	/** The table's title from its metadata; null when the metadata could not be read. */
	label: string | null;
	problems: SelectionProblem[];
}

export async function checkTables(client: PxWebClient, tables: TableSpec[] = TABLES): Promise<TableCheck[]> {
	const out: TableCheck[] = [];
	for (const spec of tables) {
		try {
			const m = await client.metadata(spec.id);
			const meta = parseDataset(m.json, `${spec.id} metadata`, { metadata: true });
			out.push({ table: spec.id, about: spec.about, label: meta.label, problems: checkSelection(meta, spec).problems });
		} catch (e) {
			const message = e instanceof Error ? e.message : String(e);
			out.push({ table: spec.id, about: spec.about, label: null, problems: [{ table: spec.id, dimension: null, code: null, message }] });
		}
	}
	return out;
}

/** One line per table: OK, or each code/dimension it lacks. */
export function formatTableChecks(checks: readonly TableCheck[]): string[] {
	return checks.flatMap((c) =>
		c.problems.length === 0
			? [`SCB ${c.table} (${c.label ?? c.about}): OK, every code the fetcher asks for exists`]
			: [`SCB ${c.table} (${c.about}): ${c.problems.length} problem(s)`, ...c.problems.map((p) => `  - ${p.message}`)]
	);
}
