// A figure built from a raw file that is not the version whose figures were checked (its sha256 differs from the
// recorded one, or none is recorded) says so where the figure is shown, not only in the build's warnings on the data
// page: the indicator or evidence family built from that file carries a caveat, first, naming the file.
import type { Localised } from '../src/lib/types/dataset.ts';

/** The caveat for figures read from `files` (paths under the mirror root), which are not the checked versions. */
export function unverifiedCaveat(files: readonly string[]): Localised {
	const list = files.join(', ');
	return files.length === 1
		? {
				sv: `Källfilen ${list} är inte den version vars siffror har kontrollerats (kontrollsumman skiljer sig eller saknas). Siffrorna kan vara ofullständiga eller felaktiga; se byggets varningar under Data och källor.`,
				en: `The source file ${list} is not the version whose figures were checked (its checksum differs or is missing). The figures may be incomplete or wrong; see the build's warnings under Data and sources.`
			}
		: {
				sv: `Källfilerna ${list} är inte de versioner vars siffror har kontrollerats (kontrollsummorna skiljer sig eller saknas). Siffrorna kan vara ofullständiga eller felaktiga; se byggets varningar under Data och källor.`,
				en: `The source files ${list} are not the versions whose figures were checked (their checksums differ or are missing). The figures may be incomplete or wrong; see the build's warnings under Data and sources.`
			};
}

/**
 * `item` with the caveat first when any of `files` (what it was built from) is unverified; `item` itself otherwise.
 * A copy, never a change to `item`: source modules define their indicators and families as constants.
 */
export function withUnverifiedCaveat<T extends { caveats: Localised[] }>(item: T, files: readonly string[], unverified: ReadonlySet<string>): T {
	const bad = files.filter((f) => unverified.has(f));
	return bad.length ? { ...item, caveats: [unverifiedCaveat(bad), ...item.caveats] } : item;
}
