// Area codes travel into SQL as one bound string; this is the only place that encodes them.

const SEP = '|';
const CODE = /^[0-9A-Za-z_-]{1,40}$/;

/** Encodes a list of area codes for `string_split(?, '|')`; rejects anything that is not a plain code. */
export function encodeCodes(codes: readonly string[]): string {
	for (const c of codes) if (!CODE.test(c)) throw new Error(`invalid area code: ${JSON.stringify(c).slice(0, 60)}`);
	return codes.join(SEP);
}

export const SPLIT_CODES_SQL = `SELECT DISTINCT unnest(string_split(?, '${SEP}')) AS code`;
