// Client islands: small scripts for prerendered pages that otherwise ship none. vite.config.ts bundles each entry
// as _app/islands/<name>.js in the client build; in dev, Vite serves the source module itself.
export const ISLANDS = {
	omrade: 'src/lib/ui/area/areaPageIsland.ts'
} as const;

export type IslandName = keyof typeof ISLANDS;

/** The script address of an island, relative to the site's base path. */
export function islandSrc(name: IslandName, base: string, dev: boolean): string {
	return dev ? `/${ISLANDS[name]}` : `${base}/_app/islands/${name}.js`;
}
