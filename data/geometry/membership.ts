// Carries a grouping's membership from the level it is defined at to the other levels, by primary parents.
//  - Down: a finer area belongs when its primary parent at a known level belongs.
//  - Up: a coarser area belongs only when it has at least one known-level child and every one of them belongs
//    (so Enskede-Årsta-Vantör is not in Fokus for holding Hagsätra and Rågsved). Partial coarse areas are left out.
//  - Levels where neither relation exists, or that come out empty, get no membership.
import { LEVELS, type Area, type Level } from '../../src/lib/types/dataset.ts';

export type Memberships = Partial<Record<Level, string[]>>;

function down(areas: Area[], level: Level, from: Level, members: Set<string>): string[] | null {
	const atLevel = areas.filter((a) => a.level === level);
	if (!atLevel.some((a) => a.parents[from] !== undefined)) return null;
	return atLevel.filter((a) => members.has(a.parents[from] ?? '')).map((a) => a.code);
}

function up(areas: Area[], level: Level, from: Level, members: Set<string>): string[] | null {
	const children = areas.filter((a) => a.level === from && a.parents[level] !== undefined);
	if (!children.length) return null;
	const whole = new Map<string, boolean>();
	for (const c of children) {
		const parent = c.parents[level]!;
		whole.set(parent, (whole.get(parent) ?? true) && members.has(c.code));
	}
	return [...whole].filter(([, all]) => all).map(([code]) => code);
}

/**
 * Membership at every level reachable from `known` (the defining level first, then any explicitly computed ones,
 * e.g. polygon overlaps); explicit levels are kept as given.
 */
export function carryMembership(areas: Area[], known: Memberships, definedAt: Level): Memberships {
	const out: Memberships = { ...known };
	const sources = (): Level[] => [definedAt, ...LEVELS.filter((l) => l !== definedAt && out[l] !== undefined)];
	for (const level of LEVELS) {
		if (out[level] !== undefined) continue;
		for (const from of sources()) {
			const members = new Set(out[from]);
			// The first level related to this one decides, even when it yields no member.
			const found = down(areas, level, from, members) ?? up(areas, level, from, members);
			if (found) {
				out[level] = found.sort();
				break;
			}
		}
	}
	return Object.fromEntries(LEVELS.filter((l) => out[l]?.length).map((l) => [l, out[l]!])) as Memberships;
}

/** Every area of each level where `of` has memberships, minus those members. */
export function complementMemberships(areas: Area[], of: Memberships): Memberships {
	const out: Memberships = {};
	for (const [level, members] of Object.entries(of) as [Level, string[]][]) {
		const inGroup = new Set(members);
		out[level] = areas.filter((a) => a.level === level && !inGroup.has(a.code)).map((a) => a.code).sort();
	}
	return out;
}
