// Keyboard movement on a map: from one area to the nearest area whose centre lies in the pressed direction.

export type Direction = 'left' | 'right' | 'up' | 'down';

interface Point {
	code: string;
	cx: number;
	cy: number;
}

/** The nearest point within a 90° cone in `dir`, penalising sideways distance; null at the map's edge. */
export function nearestInDirection(points: readonly Point[], from: string, dir: Direction): string | null {
	const a = points.find((p) => p.code === from);
	if (!a) return points[0]?.code ?? null;
	let best: string | null = null;
	let bestScore = Infinity;
	for (const p of points) {
		if (p.code === from) continue;
		const dx = p.cx - a.cx;
		const dy = p.cy - a.cy;
		const along = dir === 'right' ? dx : dir === 'left' ? -dx : dir === 'down' ? dy : -dy;
		const across = dir === 'right' || dir === 'left' ? Math.abs(dy) : Math.abs(dx);
		if (along <= 0 || across > along) continue;
		const score = along + 2 * across;
		if (score < bestScore) {
			bestScore = score;
			best = p.code;
		}
	}
	return best;
}
