// The groupings the site shows, read from the catalogue (data/groupings.ts holds the one list and its citations):
// a primary grouping is one that is not the complement of another; pages list each primary followed by its
// complement ("the rest of the city"), in catalogue order. No page keeps a list of grouping ids of its own.

interface GroupingLike {
	id: string;
	complementOf: string | null;
}

/** The groupings that are not a complement (Fokus, Stadsdelslyftet, utsatta områden …), in catalogue order. */
export function primaryGroupings<G extends GroupingLike>(groupings: readonly G[]): G[] {
	return groupings.filter((g) => g.complementOf === null);
}

/** Each primary grouping followed by its complement. */
export function withComplements<G extends GroupingLike>(groupings: readonly G[]): G[] {
	return primaryGroupings(groupings).flatMap((p) => [p, ...groupings.filter((g) => g.complementOf === p.id)]);
}
