// Puts a page's canonical query in the address in place of the one it was opened with (no new history entry), so a
// link's set-aside parts (unknown, malformed or repeated parameters) are not carried on by a reload or a shared copy.
import { replaceState } from '$app/navigation';

/**
 * SvelteKit's replaceState needs its router, which starts after the page's components have mounted (in the same task):
 * a call from onMount waits for the next task.
 */
const routerStarted = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function replaceQuery(query: string): Promise<void> {
	await routerStarted();
	replaceState(query ? `?${query}` : location.pathname, {});
}
