// A strict reader of JSON-stat 2.0 datasets as SCB's PxWebApi v2 returns them (data and metadata alike).
// Anything that does not match the format fails with a message naming the table, never a guess.
//
// What the documents say, and where each rule below comes from:
// - PxWebApi 2 OpenAPI (github.com/PxTools/PxApiSpecs, PxAPI-2.yml, schema `Dataset`): "Representation of
//   TableMetaData/TableData according to JSON-stat 2.0 Dataset Schema"; required: version ("2.0"), class
//   ("dataset"), id, size, dimension, value (an array of nullable numbers, itself nullable: metadata carries no
//   values, and the spec's metadata example has `value: []`); `status` is an object of strings; `dimension.<id>.category` has `index` (object of integers) and
//   `label` (object of strings), and `dimension.<id>.extension.elimination` says whether a dimension may be
//   left out of a query.
// - JSON-stat 2.0 (json-stat.org/full): `id` is the ordered list of dimension ids, `size` the number of
//   categories of each, in the same order; `value` holds the data "sorted according to the dataset dimensions",
//   missing values as null, and may also be an object keyed by position; `index` may be an array or an object;
//   `status` may be a string (for every value), an array, or an object keyed by position.
// - json-stat.org/tools/js: the cube is stored "as a unidimensional array using the row-major order method",
//   i.e. the last dimension in `id` changes fastest.
// - SCB marks a figure it does not publish with a status of dots (".." = not available or too uncertain);
//   such a cell is always read as missing (null), whatever `value` holds, never as 0.

export class JsonStatError extends Error {}

export interface JsonStatDimension {
	id: string;
	label: string | null;
	/** Category codes in index order. */
	codes: string[];
	labels: Record<string, string>;
	/** `category.unit[code].base` where given (e.g. "antal", "tkr"). */
	units: Record<string, string>;
	/** `extension.elimination` (PxWebApi): true when a query may leave the dimension out. */
	elimination: boolean | null;
}

export interface JsonStatDataset {
	label: string | null;
	source: string | null;
	updated: string | null;
	/** Dimension ids in `id` order (row-major: last changes fastest). */
	ids: string[];
	dimensions: Map<string, JsonStatDimension>;
	/** Dense values, length = Π size; null when `value` is null (a metadata response). */
	values: (number | null)[] | null;
	/** Status per position (undefined where none). */
	status: (string | undefined)[];
}

/** One cell in long form: Region, Tid and ContentsCode named, the other dimensions in `dims`. */
export interface LongRow {
	/** Position in the response's `value` array (0-based). */
	index: number;
	region: string;
	time: string;
	contents: string;
	dims: Record<string, string>;
	/** null when missing or suppressed; never 0 in place of a missing figure. */
	value: number | null;
	/** The raw status symbol, e.g. "..", or null. */
	status: string | null;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

/** A status of only dots: SCB's symbols for a figure that is not published. */
export const isSuppressedSymbol = (s: string | null | undefined): boolean => typeof s === 'string' && /^\.+$/.test(s.trim());

function fail(where: string, message: string): never {
	throw new JsonStatError(`${where}: ${message}`);
}

function readIndex(where: string, id: string, category: Record<string, unknown>, labels: Record<string, string>): string[] {
	const index = category.index;
	if (index === undefined) {
		// JSON-stat: index may be omitted only for a dimension with a single category, given by its label.
		const keys = Object.keys(labels);
		if (keys.length !== 1) fail(where, `dimension ${id} has no category.index and ${keys.length} labels (only a single category may omit it)`);
		return keys;
	}
	if (Array.isArray(index)) {
		if (!index.every((c): c is string => typeof c === 'string')) fail(where, `dimension ${id}: category.index array holds a non-string`);
		if (new Set(index).size !== index.length) fail(where, `dimension ${id}: category.index repeats a code`);
		return index;
	}
	if (!isObject(index)) fail(where, `dimension ${id}: category.index is neither an array nor an object`);
	const entries = Object.entries(index);
	const codes: (string | undefined)[] = new Array(entries.length);
	for (const [code, pos] of entries) {
		if (!isInt(pos) || pos >= entries.length) fail(where, `dimension ${id}: category.index["${code}"] = ${JSON.stringify(pos)} is not a position 0…${entries.length - 1}`);
		if (codes[pos] !== undefined) fail(where, `dimension ${id}: category.index gives position ${pos} to both "${codes[pos]}" and "${code}"`);
		codes[pos] = code;
	}
	return codes as string[];
}

function readDimension(where: string, id: string, raw: unknown): JsonStatDimension {
	if (!isObject(raw)) fail(where, `dimension ${id} is missing from "dimension"`);
	const category = raw.category;
	if (!isObject(category)) fail(where, `dimension ${id} has no category`);
	const labels: Record<string, string> = {};
	if (category.label !== undefined) {
		if (!isObject(category.label)) fail(where, `dimension ${id}: category.label is not an object`);
		for (const [k, v] of Object.entries(category.label)) {
			if (typeof v !== 'string') fail(where, `dimension ${id}: category.label["${k}"] is not a string`);
			labels[k] = v;
		}
	}
	const codes = readIndex(where, id, category, labels);
	const units: Record<string, string> = {};
	if (isObject(category.unit))
		for (const [k, v] of Object.entries(category.unit)) if (isObject(v) && typeof v.base === 'string') units[k] = v.base;
	const ext = isObject(raw.extension) ? raw.extension : null;
	return {
		id,
		label: typeof raw.label === 'string' ? raw.label : null,
		codes,
		labels,
		units,
		elimination: ext && typeof ext.elimination === 'boolean' ? ext.elimination : null
	};
}

function readValues(where: string, raw: unknown, n: number, allowNull: boolean): (number | null)[] | null {
	// A metadata response carries no values: the OpenAPI allows `value: null`, and its example has `value: []`.
	if (allowNull && (raw === null || raw === undefined || (Array.isArray(raw) && raw.length === 0))) return null;
	if (raw === null || raw === undefined) fail(where, 'the response has no "value" (a data response must carry one)');
	const ok = (v: unknown, at: string): number | null => {
		if (v === null) return null;
		if (typeof v !== 'number' || !Number.isFinite(v)) fail(where, `value${at} is ${JSON.stringify(v)}, not a number or null`);
		return v;
	};
	if (Array.isArray(raw)) {
		if (raw.length !== n) fail(where, `"value" has ${raw.length} entries but "size" multiplies to ${n}`);
		return raw.map((v, i) => ok(v, `[${i}]`));
	}
	if (isObject(raw)) {
		const out: (number | null)[] = new Array(n).fill(null);
		for (const [k, v] of Object.entries(raw)) {
			const i = Number(k);
			if (!/^\d+$/.test(k) || i >= n) fail(where, `"value" key "${k}" is not a position below ${n}`);
			out[i] = ok(v, `["${k}"]`);
		}
		return out;
	}
	return fail(where, `"value" is neither an array nor an object`);
}

function readStatus(where: string, raw: unknown, n: number): (string | undefined)[] {
	const out: (string | undefined)[] = new Array(n).fill(undefined);
	if (raw === undefined || raw === null) return out;
	if (typeof raw === 'string') return out.fill(raw);
	if (Array.isArray(raw)) {
		if (raw.length !== n) fail(where, `"status" has ${raw.length} entries but there are ${n} values`);
		return raw.map((s, i) => {
			if (s !== null && typeof s !== 'string') fail(where, `status[${i}] is not a string`);
			return s ?? undefined;
		});
	}
	if (!isObject(raw)) fail(where, `"status" is neither a string, an array nor an object`);
	for (const [k, v] of Object.entries(raw)) {
		const i = Number(k);
		if (!/^\d+$/.test(k) || i >= n) fail(where, `"status" key "${k}" is not a position below ${n}`);
		if (typeof v !== 'string') fail(where, `status["${k}"] is not a string`);
		out[i] = v;
	}
	return out;
}

/**
 * Parses a JSON-stat 2.0 dataset. `where` names it in errors (e.g. "TAB6574 data"). A metadata response
 * (`metadata: true`) may have `value: null`; a data response must have exactly Π size values.
 */
export function parseDataset(json: unknown, where: string, opts: { metadata?: boolean } = {}): JsonStatDataset {
	if (!isObject(json)) fail(where, 'the response is not a JSON object');
	if (json.version !== '2.0') fail(where, `"version" is ${JSON.stringify(json.version)}, expected "2.0" (JSON-stat 2.0)`);
	if (json.class !== 'dataset') fail(where, `"class" is ${JSON.stringify(json.class)}, expected "dataset"`);
	const ids = json.id;
	const size = json.size;
	if (!Array.isArray(ids) || !ids.every((d): d is string => typeof d === 'string') || ids.length === 0)
		fail(where, '"id" is not a non-empty list of dimension ids');
	if (new Set(ids).size !== ids.length) fail(where, `"id" repeats a dimension: ${ids.join(', ')}`);
	if (!Array.isArray(size) || !size.every(isInt)) fail(where, '"size" is not a list of whole numbers');
	if (size.length !== ids.length) fail(where, `"id" names ${ids.length} dimensions but "size" gives ${size.length}`);
	if (!isObject(json.dimension)) fail(where, 'the response has no "dimension" object');
	const extra = Object.keys(json.dimension).filter((d) => !ids.includes(d));
	if (extra.length) fail(where, `"dimension" describes ${extra.join(', ')}, which "id" does not list`);
	const dimensions = new Map<string, JsonStatDimension>();
	ids.forEach((id, k) => {
		const dim = readDimension(where, id, (json.dimension as Record<string, unknown>)[id]);
		if (dim.codes.length !== size[k]) fail(where, `dimension ${id} has ${dim.codes.length} categories but "size" says ${size[k]}`);
		dimensions.set(id, dim);
	});
	const n = size.reduce((a, b) => a * b, 1);
	const values = readValues(where, json.value, n, opts.metadata === true);
	const status = readStatus(where, json.status, n);
	const str = (x: unknown) => (typeof x === 'string' ? x : null);
	return { label: str(json.label), source: str(json.source), updated: str(json.updated), ids, dimensions, values, status };
}

/** Expected shape of a data response: the dimensions queried and, for each, the codes asked for. */
export type ExpectedShape = Record<string, string[]>;

/**
 * Checks a parsed data response against the query that produced it: the same dimension ids (a renamed or new
 * dimension means SCB changed the table) and, per dimension, exactly the codes asked for.
 */
export function checkShape(ds: JsonStatDataset, expected: ExpectedShape, where: string): void {
	const want = Object.keys(expected);
	const missing = want.filter((d) => !ds.ids.includes(d));
	const unexpected = ds.ids.filter((d) => !want.includes(d));
	if (missing.length || unexpected.length)
		fail(
			where,
			`the table's shape has changed: the response has dimensions [${ds.ids.join(', ')}] but the query selected [${want.join(', ')}]` +
				(missing.length ? `; missing: ${missing.join(', ')}` : '') +
				(unexpected.length ? `; unexpected: ${unexpected.join(', ')}` : '') +
				'. Compare the table specification in data/fetch/tables.ts with the table\'s metadata before fetching again.'
		);
	for (const d of want) {
		const got = new Set(ds.dimensions.get(d)!.codes);
		const asked = new Set(expected[d]);
		const notAsked = [...got].filter((c) => !asked.has(c));
		const notGot = [...asked].filter((c) => !got.has(c));
		if (notAsked.length || notGot.length)
			fail(
				where,
				`dimension ${d} does not hold the codes asked for` +
					(notGot.length ? `; missing ${notGot.length}: ${notGot.slice(0, 5).join(', ')}` : '') +
					(notAsked.length ? `; not asked for ${notAsked.length}: ${notAsked.slice(0, 5).join(', ')}` : '')
			);
	}
}

/**
 * The cells of a data response in long form. Region, Tid and ContentsCode must be among the dimensions.
 * A cell whose status is a dots symbol is null even if `value` holds a number.
 */
export function toLongRows(ds: JsonStatDataset, where: string): LongRow[] {
	for (const d of ['Region', 'Tid', 'ContentsCode'])
		if (!ds.dimensions.has(d)) fail(where, `the response has no ${d} dimension (dimensions: ${ds.ids.join(', ')})`);
	if (!ds.values) fail(where, 'the response carries no values');
	const dims = ds.ids.map((id) => ds.dimensions.get(id)!);
	const sizes = dims.map((d) => d.codes.length);
	const rows: LongRow[] = [];
	for (let i = 0; i < ds.values.length; i++) {
		// Row-major: peel positions off from the last dimension, which changes fastest.
		let rest = i;
		const cell: Record<string, string> = {};
		for (let k = dims.length - 1; k >= 0; k--) {
			const n = sizes[k]!;
			cell[dims[k]!.id] = dims[k]!.codes[rest % n]!;
			rest = Math.floor(rest / n);
		}
		const { Region: region, Tid: time, ContentsCode: contents, ...others } = cell;
		const status = ds.status[i] ?? null;
		const raw = ds.values[i] ?? null;
		rows.push({ index: i, region: region!, time: time!, contents: contents!, dims: others, value: isSuppressedSymbol(status) ? null : raw, status });
	}
	return rows;
}
