// Decodes am-dashboard-se's RegSO 2025 outlines: Google's polyline algorithm over a base64url alphabet,
// [lat, lon] pairs at 1e5, deltas from (0, 0), outer rings only (see stats/am_dashboard_deso2025/README.md).
import type { Position } from 'geojson';
import { windForD3, type Shape } from './polygonal.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const SUFFIX = '_RegSO2025';

/** One encoded ring → [lon, lat] positions (closed, as encoded). */
export function decodeRing(encoded: string): Position[] {
	const values: number[] = [];
	let shift = 0;
	let result = 0;
	for (const char of encoded) {
		const v = ALPHABET.indexOf(char);
		if (v < 0) throw new Error(`decodeRing: invalid character '${char}'`);
		result |= (v & 0x1f) << shift;
		if (v & 0x20) {
			shift += 5;
			continue;
		}
		values.push(result & 1 ? ~(result >> 1) : result >> 1);
		shift = 0;
		result = 0;
	}
	if (shift !== 0 || values.length % 2) throw new Error('decodeRing: truncated ring');
	const ring: Position[] = [];
	let lat = 0;
	let lon = 0;
	for (let i = 0; i < values.length; i += 2) {
		lat += values[i]!;
		lon += values[i + 1]!;
		ring.push([lon / 1e5, lat / 1e5]);
	}
	return ring;
}

export interface EncodedFile {
	kommun: string;
	rings: Record<string, string[]>;
}

/** RegSO 2025 shapes keyed by code without suffix; names come from `nameOf` (RegSO 2020 names for equal codes). */
export function decodeRegso2025(file: EncodedFile, nameOf: (code: string) => string | undefined): { shapes: Shape[]; warnings: string[] } {
	if (typeof file?.rings !== 'object' || file.rings === null) throw new Error('regso2025 rings: no "rings" object; the file is truncated or corrupt');
	const warnings: string[] = [];
	const shapes = Object.entries(file.rings).map(([key, rings]): Shape => {
		const code = key.endsWith(SUFFIX) ? key.slice(0, -SUFFIX.length) : key;
		const polygons = rings.map((r) => [decodeRing(r)]);
		const name = nameOf(code);
		if (name === undefined) warnings.push(`regso2025 ${code}: no RegSO 2020 area with this code, name set to the code`);
		const geometry =
			polygons.length === 1
				? { type: 'Polygon' as const, coordinates: polygons[0]! }
				: { type: 'MultiPolygon' as const, coordinates: polygons };
		return { code, name: name ?? code, geometry: windForD3(geometry) };
	});
	return { shapes: shapes.sort((a, b) => a.code.localeCompare(b.code)), warnings };
}
