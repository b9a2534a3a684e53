// The concentration curve of a need across areas: areas sorted from the highest need rate down, cumulative share of
// the population on x, cumulative share of the need on y. A curve far above the diagonal means the need is
// concentrated in few areas; marking each grouping's areas on it shows whether a grouping sits where the need is.

export interface NeedRow {
	code: string;
	/** People with the need (e.g. with low economic standard), and the population it is a share of. */
	numerator: number | null;
	denominator: number | null;
}

export interface CurvePoint {
	code: string;
	/** The area's need rate (numerator / denominator, 0–1). */
	rate: number;
	/** Cumulative shares (0–1) at the end of this area, and where it starts. */
	x0: number;
	y0: number;
	x: number;
	y: number;
}

export interface ConcentrationCurve {
	points: CurvePoint[];
	/** Areas left out: no counts, or no population. */
	missing: string[];
	totalNeed: number;
	totalPopulation: number;
	/** 2 × (area under the curve) − 1: 0 when the need is spread evenly, towards 1 when it is concentrated. */
	concentrationIndex: number | null;
}

export function concentrationCurve(rows: readonly NeedRow[]): ConcentrationCurve {
	const usable: { code: string; num: number; den: number }[] = [];
	const missing: string[] = [];
	for (const r of rows) {
		if (r.numerator === null || r.denominator === null || !(r.denominator > 0) || r.numerator < 0) missing.push(r.code);
		else usable.push({ code: r.code, num: r.numerator, den: r.denominator });
	}
	usable.sort((a, b) => b.num / b.den - a.num / a.den || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
	const totalNeed = usable.reduce((s, r) => s + r.num, 0);
	const totalPopulation = usable.reduce((s, r) => s + r.den, 0);
	if (!(totalNeed > 0) || !(totalPopulation > 0)) return { points: [], missing, totalNeed, totalPopulation, concentrationIndex: null };
	let cn = 0;
	let cd = 0;
	let area = 0;
	const points = usable.map((r) => {
		const x0 = cd / totalPopulation;
		const y0 = cn / totalNeed;
		cn += r.num;
		cd += r.den;
		const x = cd / totalPopulation;
		const y = cn / totalNeed;
		area += ((x - x0) * (y + y0)) / 2;
		return { code: r.code, rate: r.num / r.den, x0, y0, x, y };
	});
	return { points, missing, totalNeed, totalPopulation, concentrationIndex: 2 * area - 1 };
}

/** Share of the need held by the given share of the population living in the highest-need areas (interpolated). */
export function needAtPopulationShare(curve: ConcentrationCurve, share: number): number | null {
	if (!curve.points.length) return null;
	for (const p of curve.points) {
		if (share <= p.x) {
			const t = p.x === p.x0 ? 1 : (share - p.x0) / (p.x - p.x0);
			return p.y0 + t * (p.y - p.y0);
		}
	}
	return 1;
}
