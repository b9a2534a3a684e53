// How sure a user's figure is: an interval from the margin of error, or for a share with only n a 95 % confidence
// interval (normal approximation, clipped to 0–100); and whether too few answered to colour the area.
import type { Unit } from '../types/dataset.ts';

export interface Reliability {
	value: number | null;
	n?: number | null;
	moe?: number | null;
}

export function interval(r: Reliability, unit: Unit): [number, number] | null {
	if (r.value === null) return null;
	if (r.moe !== null && r.moe !== undefined) return [r.value - r.moe, r.value + r.moe];
	if (unit === 'percent' && r.n && r.n > 0 && r.value >= 0 && r.value <= 100) {
		const p = r.value / 100;
		const half = 1.96 * Math.sqrt((p * (1 - p)) / r.n) * 100;
		return [Math.max(0, r.value - half), Math.min(100, r.value + half)];
	}
	return null;
}

export function isLowN(r: Reliability, threshold: number): boolean {
	return r.n !== null && r.n !== undefined && r.n < threshold;
}
